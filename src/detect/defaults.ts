// Detected values as defaults: flags win, and a detected value that does not fit them (another
// build tool, another app kind) is set aside, not an error.
import { fitting } from '../answers/resolve.js';
import type { PartialAnswers } from '../answers/schema.js';
import type { Detection } from './index.js';
import { UsageError } from '../errors.js';

/** The detected values that fit the answers given so far. */
export function detectedDefaults(detection: Detection, given: PartialAnswers): PartialAnswers {
  const values = Object.fromEntries(Object.entries(detection.found).map(([key, hit]) => [key, hit!.value]));
  return fitting(values as PartialAnswers, given);
}

export function refuseAmbiguous(detection: Detection, given: PartialAnswers): void {
  const a = detection.ambiguous;
  if (a && given.lang === undefined) {
    throw new UsageError(`this project has manifests of several languages (${a.files.join(', ')}); pass --lang ${a.candidates.join('|')}`);
  }
}
