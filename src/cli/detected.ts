// Detected values as defaults: flags win, and a detected value that does not fit the flags (another
// build tool, another app kind, a final that needs another version) is set aside, not an error.
import { AnswerError, validate, withDefaults } from '../answers/resolve.js';
import type { AnswerKey, Answers, PartialAnswers } from '../answers/schema.js';
import type { Detection } from '../detect/index.js';
import { UsageError } from '../errors.js';

/** Answers whose detected value only holds for the detected build tool or app kind. */
const DEPENDS_ON: Partial<Record<AnswerKey, AnswerKey[]>> = {
  runtimeVersion: ['pm'],
  entry: ['pm', 'app'],
  port: ['app'],
};

/** The detected values that fit the answers given so far. */
export function detectedDefaults(detection: Detection, given: PartialAnswers): PartialAnswers {
  const out: Record<string, unknown> = {};
  for (const [key, hit] of Object.entries(detection.found)) {
    const deps = DEPENDS_ON[key as AnswerKey] ?? [];
    const clash = deps.some((d) => given[d] !== undefined && detection.found[d] !== undefined && given[d] !== detection.found[d]!.value);
    if (!clash) out[key] = hit!.value;
  }
  return out as PartialAnswers;
}

/** Validates given answers over detected ones over defaults, dropping any detected value that is refused. */
export function withDetected(given: PartialAnswers, detected: PartialAnswers): Answers {
  const pool: Record<string, unknown> = { ...detected };
  for (;;) {
    try {
      return validate(withDefaults({ ...pool, ...given } as PartialAnswers));
    } catch (error) {
      const key = error instanceof AnswerError ? error.key : '';
      if (!(key in pool) || key in given) throw error;
      delete pool[key];
    }
  }
}

export function refuseAmbiguous(detection: Detection, given: PartialAnswers): void {
  const a = detection.ambiguous;
  if (a && given.lang === undefined) {
    throw new UsageError(`this project has manifests of several languages (${a.files.join(', ')}); pass --lang ${a.candidates.join('|')}`);
  }
}
