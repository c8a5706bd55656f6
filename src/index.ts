// The programmatic API: answers in, the plan of files out. Touches no disk.
import { validate, withDefaults } from './answers/resolve.js';
import type { Answers, PartialAnswers } from './answers/schema.js';
import { renderPlan, type PlannedFile } from './render/plan.js';

export type { Answers, PartialAnswers, PlannedFile };

export interface GenerateOptions {
  /** A folder whose files override the built-in templates by relative path. */
  templates?: string;
}

/**
 * Renders the files create-multistage would write for these answers (defaults fill the rest).
 * Throws a UsageError (with `exitCode` 2) for answers the CLI would reject.
 */
export async function generate(
  answers: PartialAnswers,
  options: GenerateOptions = {},
): Promise<{ answers: Answers; files: PlannedFile[] }> {
  const valid = validate(withDefaults(answers));
  return { answers: valid, files: await renderPlan(valid, options.templates ?? null) };
}

export { UsageError } from './errors.js';
