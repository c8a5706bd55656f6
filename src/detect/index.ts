// Detection: defaults read from the project's own files. The CLI merges flags > detection > defaults.
import type { LanguageId } from '../languages/index.js';
import { goDetector } from './go.js';
import { JAVA_CONFIGS, javaDetector } from './java.js';
import { nodeDetector } from './node.js';
import { pythonDetector } from './python.js';
import { readProject } from './read.js';
import type { DetectDeps, Detection, ProjectFiles } from './types.js';
import { keepValid } from './valid.js';

export type { DetectDeps, Detected, Detection, Found, ProjectFiles } from './types.js';
export { readProject } from './read.js';

const DETECTORS = [nodeDetector, goDetector, pythonDetector, javaDetector];

/**
 * Pure. Root manifests decide the language (nested ones, e.g. web/package.json, are never read);
 * manifests of several languages make the result ambiguous, with nothing in `found`. Passing `lang`
 * (a --lang flag, or the language picked after an ambiguous result) detects for that language only.
 */
export function detectFrom(files: ProjectFiles, lang?: LanguageId, deps: DetectDeps = {}): Detection {
  const present = DETECTORS.filter((d) => d.manifests.some((m) => files.has(m)));
  if (!lang && present.length > 1) {
    return {
      found: {},
      ambiguous: { candidates: present.map((d) => d.id), files: present.flatMap((d) => d.manifests.filter((m) => files.has(m))) },
    };
  }
  const detector = lang ? DETECTORS.find((d) => d.id === lang) : present[0];
  if (!detector) return { found: {} };
  let found;
  try {
    found = detector.detect(files, deps);
  } catch {
    // Detection only offers defaults: a file it cannot make sense of must not stop the generator.
    return { found: {} };
  }
  if (!present.includes(detector)) delete found.lang;
  return { found: keepValid(found, detector.id) };
}

export async function detect(dir: string, lang?: LanguageId): Promise<Detection> {
  const files = await readProject(dir);
  // The YAML parser is a large module: loaded only for a project with a YAML config to read.
  const deps: DetectDeps = [...files.keys()].some((f) => /\.ya?ml$/.test(f) && JAVA_CONFIGS.includes(f)) ? { parseYaml: await yamlParser() } : {};
  return detectFrom(files, lang, deps);
}

export async function yamlParser(): Promise<(text: string) => unknown[]> {
  const { parseAllDocuments } = await import('yaml');
  return (text) => parseAllDocuments(text).map((d) => d.toJS() as unknown);
}
