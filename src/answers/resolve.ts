// Pure steps from a partial answer object to the validated one.
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { fieldFor } from './fields.js';
import { appIds, defaultLanguage, getLanguage, type Choice } from '../languages/index.js';
import { answersSchema, type AnswerKey, type Answers, type PartialAnswers, type Platform } from './schema.js';

const DEFAULT_PLATFORMS: Platform[] = ['linux/amd64'];

const langOf = (p: PartialAnswers) => (p.lang && getLanguage(p.lang)) || defaultLanguage();

/** Every answer, in prompt order: an answer's default may depend on those before it. */
const ALL_KEYS: AnswerKey[] = [
  'lang',
  'pm',
  'app',
  'final',
  'runtimeVersion',
  'ci',
  'registry',
  'scan',
  'sign',
  'updates',
  'compose',
  'targets',
  'port',
  'healthcheck',
  'entry',
  'platforms',
];

/** The answers that apply to this (possibly still partial) choice of language and CI, in prompt order. */
function applicableKeys(partial: PartialAnswers): AnswerKey[] {
  const noApp = appIds(langOf(partial)).length === 1;
  const noCi = partial.ci !== undefined && partial.ci.length === 0;
  return ALL_KEYS.filter((k) => !(noApp && k === 'app') && !(noCi && (k === 'registry' || k === 'scan' || k === 'sign')));
}

export const missingKeys = (partial: PartialAnswers): AnswerKey[] => applicableKeys(partial).filter((k) => partial[k] === undefined);

/** The default for one answer, given the answers so far: later defaults depend on earlier answers. */
export function defaultFor(key: AnswerKey, partial: PartialAnswers): unknown {
  const lang = langOf(partial);
  const choice: Choice = {
    pm: partial.pm ?? lang.pms[0]!,
    app: partial.app ?? appIds(lang)[0]!,
    final: partial.final ?? lang.finals(partial.app ?? appIds(lang)[0]!)[0]!,
  };
  switch (key) {
    case 'lang':
      return lang.id;
    case 'pm':
      return choice.pm;
    case 'app':
      return choice.app;
    case 'final':
      return choice.final;
    case 'targets':
      // Pipelines build the test stage, and compose runs the development stage: choosing them brings those in.
      return [...(partial.ci?.length ? ['test'] : []), ...(partial.compose && partial.compose !== 'none' ? ['development'] : [])];
    case 'ci':
      return [];
    case 'registry':
      return '';
    case 'scan':
      return 'block';
    case 'sign':
      return 'cosign';
    case 'compose':
      return 'none';
    case 'updates':
      // Dependabot needs no app to install on GitHub; elsewhere a bot is a choice to make.
      return partial.ci?.includes('github') ? 'dependabot' : 'none';
    case 'platforms':
      return DEFAULT_PLATFORMS;
    default:
      return lang.defaults[key](choice);
  }
}

/** Fills every unanswered answer (applicable or not) with its default, in dependency order. */
export function withDefaults(partial: PartialAnswers): PartialAnswers {
  const out: Record<string, unknown> = { ...partial };
  for (const key of ALL_KEYS) out[key] ??= defaultFor(key, out as PartialAnswers);
  return out as PartialAnswers;
}

/** A rejected answer, naming which one. */
export class AnswerError extends UsageError {
  constructor(
    message: string,
    readonly key: string,
  ) {
    super(message);
  }
}

/** Validates a complete answer object; a failure names the flag, the problem and the value. */
export function validate(input: PartialAnswers): Answers {
  const result = answersSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new AnswerError(describeIssue(issue, input), String(issue.path[0] ?? ''));
}

function describeIssue(issue: z.ZodIssue, input: PartialAnswers): string {
  const key = String(issue.path[0] ?? '');
  const field = fieldFor(key);
  if (!field) return issue.code === 'unrecognized_keys' ? `unknown answers: ${issue.keys.join(', ')}` : issue.message;
  const got = JSON.stringify(input[key as AnswerKey]);
  const message = issue.code === 'invalid_enum_value' ? `must be one of: ${issue.options.join(', ')}` : issue.message;
  return `--${field.flag} ${message} (got ${got})`;
}

/** Answers that only hold for the language, build tool or app kind they were chosen with. */
const DEPENDS_ON: Partial<Record<AnswerKey, AnswerKey[]>> = {
  pm: ['lang'],
  app: ['lang'],
  runtimeVersion: ['lang', 'pm'],
  entry: ['lang', 'pm', 'app'],
  port: ['lang', 'app'],
  healthcheck: ['lang', 'app'],
};

/** The fallbacks that still fit the given answers: one chosen for another language, build tool or app kind is set aside. */
export function fitting(fallbacks: PartialAnswers, given: PartialAnswers): PartialAnswers {
  const clash = (d: AnswerKey) => given[d] !== undefined && fallbacks[d] !== undefined && given[d] !== fallbacks[d];
  return Object.fromEntries(Object.entries(fallbacks).filter(([key]) => !(DEPENDS_ON[key as AnswerKey] ?? []).some(clash)));
}

/**
 * Validates the given answers over fallbacks (detected or saved ones) over defaults. A fallback that
 * does not fit the given answers, or that they make invalid (a version a new --final cannot run),
 * is set aside; a given answer that is refused is an error.
 */
export function validateOver(given: PartialAnswers, fallbacks: PartialAnswers): Answers {
  const pool: Record<string, unknown> = { ...fitting(fallbacks, given) };
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
