// The language registry: the one place that lists the built-in languages. Each is a folder here
// (registration, detector, versions, view) plus templates/<id>/. Everything else (flags, help,
// prompts, detection, the answer schema, the test matrix) reads the list from this module.
import { go } from './go/index.js';
import { java } from './java/index.js';
import { node } from './node/index.js';
import { python } from './python/index.js';
import type { Language } from './types.js';

export * from './types.js';

// Registration order is the order of prompts, help and detection; the first is the default.
const registry = new Map<string, Language>([node, go, python, java].map((l) => [l.id, l as unknown as Language]));

/** Adds a language (a plugin, or a test's fixture); its templates come from `language.templates`. */
export function registerLanguage(language: Language): void {
  if (registry.has(language.id)) throw new Error(`a language with the id "${language.id}" is already registered`);
  registry.set(language.id, language);
}

export const languageList = (): Language[] => [...registry.values()];
export const languageIds = (): string[] => [...registry.keys()];
export const getLanguage = (id: string): Language | undefined => registry.get(id);
export const defaultLanguage = (): Language => languageList()[0]!;

const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

/** Every build tool, app kind and final of every language, in registration order. */
export const allPms = () => union(languageList().map((l) => l.pms));
export const allApps = () => union(languageList().map((l) => Object.keys(l.apps)));
export const allFinals = () => union(languageList().flatMap((l) => Object.keys(l.apps).map((app) => l.finals(app))));
