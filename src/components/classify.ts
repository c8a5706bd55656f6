// What a folder of a repository is, as a deployable component: pure, from its detection.
import type { Detection, ProjectFiles } from '../detect/types.js';
import { getLanguage } from '../languages/index.js';
import type { Component } from './types.js';

/**
 * A folder's component, or undefined when it is not one: no language, or a library (its language
 * says so, or nothing in it starts: no app kind and no start file detected).
 */
export function classify(dir: string, detection: Detection, files: ProjectFiles): Omit<Component, 'name'> | undefined {
  const lang = detection.found.lang?.value;
  const language = typeof lang === 'string' ? getLanguage(lang) : undefined;
  if (!language) return undefined;
  const { found } = detection;
  const kind = language.detector.component ? language.detector.component(files, found) : found.app || found.entry ? 'server' : null;
  return kind ? { dir, lang: language.id, kind } : undefined;
}
