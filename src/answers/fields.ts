// One row per answer: its flag, how a flag value is read, and how it is described in help and errors.
// Value lists and examples come from the language registry, so help follows what is registered.
import { COMPOSE_MODES } from '../compose/modes.js';
import { UsageError } from '../errors.js';
import { CI_IDS, SCAN_MODES, SIGN_MODES, UPDATE_MODES } from '../ci/systems.js';
import { allFinals, allPms, appIds, languageIds, languageList, TARGETS, type Language } from '../languages/index.js';
import type { AnswerKey, PartialAnswers } from './schema.js';

export interface AnswerField {
  key: AnswerKey;
  flag: string;
  /** The accepted values or an example, for help text. */
  values: () => string;
  help: string;
  parse: (raw: string) => unknown;
}

const examples = (pick: (l: Language) => string) => `e.g. ${[...new Set(languageList().map(pick))].join(', ')}`;

/** Per language with a choice: `Node.js: server|static|next; Python: server|asgi`. */
const appValues = () =>
  languageList()
    .filter((l) => appIds(l).length > 1)
    .map((l) => `${l.label}: ${appIds(l).join('|')}`)
    .join('; ');

/** Every final, naming the languages of one that not all of them offer: `scratch (Go only)`. */
const finalValues = () =>
  allFinals()
    .map((final) => {
      const offering = languageList().filter((l) => appIds(l).some((app) => l.finals(app).includes(final)));
      return offering.length < languageList().length ? `${final} (${offering.map((l) => l.label).join(', ')} only)` : final;
    })
    .join('|');

const text = (raw: string) => raw;
const list = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const ANSWER_FIELDS: readonly AnswerField[] = [
  { key: 'lang', flag: 'lang', values: () => languageIds().join('|'), help: 'language of the project', parse: text },
  { key: 'pm', flag: 'pm', values: () => allPms().join('|'), help: 'build tool or package manager', parse: text },
  {
    key: 'runtimeVersion',
    flag: 'runtime-version',
    values: () => examples((l) => l.examples.runtimeVersion),
    help: 'runtime version (an ARG you can bump with --build-arg)',
    parse: text,
  },
  { key: 'app', flag: 'app', values: appValues, help: 'app kind, per language', parse: text },
  {
    key: 'targets',
    flag: 'targets',
    values: () => TARGETS.join(','),
    help: 'optional stages besides production (comma list, "" for none)',
    parse: list,
  },
  { key: 'final', flag: 'final', values: finalValues, help: 'final image', parse: text },
  {
    key: 'port',
    flag: 'port',
    values: () => '1-65535',
    help: 'port the app listens on',
    parse: (raw) => {
      if (!/^\d{1,6}$/.test(raw)) throw new UsageError(`--port must be a whole number from 1 to 65535 (got "${raw}")`);
      return Number(raw);
    },
  },
  { key: 'healthcheck', flag: 'healthcheck', values: () => '/path|none', help: 'HTTP path probed by HEALTHCHECK', parse: text },
  {
    key: 'entry',
    flag: 'entry',
    values: () => examples((l) => l.examples.entry),
    help: 'start file, package, module:object or jar',
    parse: text,
  },
  { key: 'platforms', flag: 'platforms', values: () => 'e.g. linux/amd64,linux/arm64', help: 'target platforms for buildx', parse: list },
  {
    key: 'ci',
    flag: 'ci',
    values: () => `${CI_IDS.join(',')}|none`,
    help: 'CI pipelines to write (comma list)',
    parse: (raw) => (raw.trim() === 'none' ? [] : list(raw)),
  },
  {
    key: 'registry',
    flag: 'registry',
    values: () => 'e.g. ghcr.io/acme/api',
    help: "image the pipelines push (default: each system's own registry)",
    parse: text,
  },
  {
    key: 'scan',
    flag: 'scan',
    values: () => SCAN_MODES.join('|'),
    help: 'Trivy scan fails the pipeline on HIGH/CRITICAL (block) or only reports',
    parse: text,
  },
  {
    key: 'sign',
    flag: 'sign',
    values: () => SIGN_MODES.join('|'),
    help: 'sign pushed images with cosign: keyless on GitHub and GitLab, a key credential on Jenkins',
    parse: text,
  },
  {
    key: 'compose',
    flag: 'compose',
    values: () => COMPOSE_MODES.join('|'),
    help: 'compose.yaml running the development target, kept current with Compose Watch',
    parse: text,
  },
  {
    key: 'updates',
    flag: 'updates',
    values: () => UPDATE_MODES.join('|'),
    help: 'bot config keeping actions, images and dependencies current (default: dependabot with GitHub)',
    parse: text,
  },
];

export const fieldFor = (key: string): AnswerField | undefined => ANSWER_FIELDS.find((f) => f.key === key);

/** Answers the components of one repository share: how it is built, checked and kept current. */
export const SHARED_KEYS: ReadonlySet<AnswerKey> = new Set(['platforms', 'ci', 'registry', 'scan', 'sign', 'updates', 'compose']);

/** `api=8080`: a value for one component. No answer's own value starts with a lower-case name and `=`. */
const SCOPED = /^([a-z][a-z0-9-]*)=(.*)$/s;

export interface FlaggedAnswers {
  answers: PartialAnswers;
  /** Per component name, the answers given for it alone (`--port api=8080`). */
  scoped: Record<string, PartialAnswers>;
}

/** Flag values (as parsed by node:util parseArgs, each flag repeatable) to partial answer objects. */
export function answersFromFlags(values: Record<string, unknown>): FlaggedAnswers {
  const answers: Record<string, unknown> = {};
  const scoped: Record<string, Record<string, unknown>> = {};
  for (const field of ANSWER_FIELDS) {
    const raws = values[field.flag];
    for (const raw of Array.isArray(raws) ? (raws as string[]) : []) {
      const [, name, value] = SCOPED.exec(raw) ?? [];
      if (name === undefined || value === undefined) {
        answers[field.key] = field.parse(raw);
        continue;
      }
      if (SHARED_KEYS.has(field.key))
        throw new UsageError(`--${field.flag} ${raw}: --${field.flag} applies to every component, not to ${name} alone`);
      scoped[name] = { ...scoped[name], [field.key]: field.parse(value) };
    }
  }
  return { answers: answers as PartialAnswers, scoped: scoped as Record<string, PartialAnswers> };
}
