// Flags, then prompts for what is missing (only in a terminal; detected values pre-filled), or with
// --yes detected values, then defaults, then validation.
import type { Detection } from '../detect/index.js';
import { UsageError } from '../errors.js';
import { detectedDefaults, refuseUnknownLanguage } from './detected.js';
import { fieldFor } from './fields.js';
import { askMissing, type Prompter } from './prompts.js';
import { missingKeys, validate, validateOver, withDefaults } from './resolve.js';
import { answerShape, type AnswerKey, type Answers, type PartialAnswers } from './schema.js';

export interface AnswerContext {
  yes: boolean;
  interactive: boolean;
  prompter: () => Promise<Prompter>;
}

export async function collectAnswers(flagged: PartialAnswers, ctx: AnswerContext, detection: Detection = { found: {} }): Promise<Answers> {
  // A bad flag fails before any question is asked, with the same message full validation gives.
  for (const key of Object.keys(flagged) as AnswerKey[]) {
    if (!answerShape[key].safeParse(flagged[key]).success) validate(withDefaults(flagged));
  }
  const missing = missingKeys(flagged);
  if (missing.length === 0 || ctx.yes) {
    refuseUnknownLanguage(detection, flagged);
    return validateOver(flagged, detectedDefaults(detection, flagged));
  }
  if (!ctx.interactive) {
    throw new UsageError(
      `stdin is not a terminal, so missing answers cannot be asked; pass ${missing.map((k) => `--${fieldFor(k)?.flag}`).join(', ')}, or --yes to take the defaults`,
    );
  }
  return validate(withDefaults(await askMissing(await ctx.prompter(), flagged, detection)));
}
