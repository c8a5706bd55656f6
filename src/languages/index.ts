// The language registry: one line per language, each backed by templates/<id>/.
import { go } from './go.js';
import { java } from './java.js';
import { node } from './node.js';
import { python } from './python.js';

export * from './types.js';

export const LANGUAGES = { node, go, python, java } as const;
export type LanguageId = keyof typeof LANGUAGES;
export const LANGUAGE_IDS = Object.keys(LANGUAGES) as LanguageId[];
