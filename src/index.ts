// The programmatic API: answers in, the plan of files out. Touches no disk.
import { validate, withDefaults } from './answers/resolve.js';
import type { Answers, PartialAnswers } from './answers/schema.js';
import { type Notices, placeRuntime } from './answers/versions.js';
import { type PlannedFile, renderPlan } from './render/plan.js';

export type { Answers, Notices, PartialAnswers, PlannedFile };

export interface GenerateOptions {
  /** A folder whose files override the built-in templates by relative path. */
  templates?: string;
  /** The day end-of-life warnings are judged on; today when unset. */
  today?: Date;
}

/**
 * Renders the files create-multistage would write for these answers (defaults fill the rest), with
 * the notes and warnings the CLI would print. Throws a UsageError (with `exitCode` 2) for answers
 * the CLI would reject.
 */
export async function generate(
  answers: PartialAnswers,
  options: GenerateOptions = {},
): Promise<{ answers: Answers; files: PlannedFile[] } & Notices> {
  const placed = placeRuntime(validate(withDefaults(answers)), options.today ?? new Date());
  return { ...placed, files: await renderPlan(placed.answers, options.templates ?? null) };
}

export { UsageError } from './errors.js';
