// Detection as a source of answers. Detected values are held to the same rules as flags: anything
// the answer schema would reject is dropped, so a strange project file can never become an invalid
// (or unsafe) default. Flags win, and a detected value that does not fit them (another build tool,
// another app kind) is set aside, not an error.
import type { Detected, DetectedKey, Detection, Found } from '../detect/index.js';
import { UsageError } from '../errors.js';
import { appIds, getLanguage, languageIds, languageList } from '../languages/index.js';
import { fitting } from './resolve.js';
import { answerShape, type PartialAnswers } from './schema.js';

/** The detection with only the values the answer schema accepts for the detected language. */
export function usableDetection(detection: Detection, lang?: string): Detection {
  const language = getLanguage(lang ?? String(detection.found.lang?.value ?? ''));
  const found: Found = {};
  for (const [key, detected] of Object.entries(detection.found) as [DetectedKey, Detected | undefined][]) {
    if (!detected || !language || !answerShape[key].safeParse(detected.value).success) continue;
    if (key === 'pm' && !language.pms.includes(detected.value as string)) continue;
    if (key === 'app' && !appIds(language).includes(detected.value as string)) continue;
    found[key] = detected;
  }
  return { ...detection, found };
}

/** The detected values that fit the answers given so far. */
export function detectedDefaults(detection: Detection, given: PartialAnswers): PartialAnswers {
  const values = Object.fromEntries(Object.entries(detection.found).map(([key, hit]) => [key, hit!.value]));
  return fitting(values as PartialAnswers, given);
}

/** Without a question to ask, the language must come from a flag or the project: never a guess. */
export function refuseUnknownLanguage(detection: Detection, given: PartialAnswers): void {
  if (given.lang !== undefined || detection.found.lang) return;
  const a = detection.ambiguous;
  if (a)
    throw new UsageError(`this project has manifests of several languages (${a.files.join(', ')}); pass --lang ${a.candidates.join('|')}`);
  const manifests = languageList().flatMap((l) => l.detector.manifests);
  throw new UsageError(`found none of ${manifests.join(', ')} here, so the language is unknown; pass --lang ${languageIds().join('|')}`);
}
