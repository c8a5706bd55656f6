// The version policy (src/languages/versions.ts) applied to the final answers, whichever source
// gave the version: a flag, the project's files, the saved state or a default.
import { getLanguage } from '../languages/index.js';
import { placeVersion } from '../languages/versions.js';
import type { Answers } from './schema.js';

/** What a run tells the user besides its files: moved or passed-through versions, and warnings. */
export interface Notices {
  notes: string[];
  warnings: string[];
}

export function placeRuntime(answers: Answers, today: Date): { answers: Answers } & Notices {
  const table = getLanguage(answers.lang)?.versions?.(answers);
  if (!table) return { answers, notes: [], warnings: [] };
  const { value, note, warning } = placeVersion(table, answers.runtimeVersion, '', answers.final, today);
  return {
    answers: { ...answers, runtimeVersion: value },
    notes: note ? [note] : [],
    warnings: warning ? [warning] : [],
  };
}
