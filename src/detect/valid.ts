// Detected values are held to the same rules as flags: anything the answer schema would reject is
// dropped here, so a strange project file can never become an invalid (or unsafe) default.
import { answerShape, type AnswerKey } from '../answers/schema.js';
import { LANGUAGES, type App, type LanguageId } from '../languages/index.js';
import type { Detected, Found } from './types.js';

export function keepValid(found: Found, lang: LanguageId): Found {
  const language = LANGUAGES[lang];
  const out: Found = {};
  for (const [key, detected] of Object.entries(found) as [AnswerKey, Detected | undefined][]) {
    if (!detected || !answerShape[key].safeParse(detected.value).success) continue;
    if (key === 'pm' && !language.pms.includes(detected.value as string)) continue;
    if (key === 'app' && !language.apps.includes(detected.value as App)) continue;
    out[key] = detected;
  }
  return out;
}
