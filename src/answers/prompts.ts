// Interactive questions for the answers no flag gave. The prompt module is injected, so tests can
// answer programmatically and a fully flagged run never loads inquirer.
import type { Readable, Writable } from 'node:stream';
import { CI_IDS, CI_SYSTEMS, UPDATE_BOTS, UPDATE_MODES } from '../ci/systems.js';
import { COMPONENT_KINDS, type Component } from '../components/types.js';
import type { Detection } from '../detect/index.js';
import { appIds, defaultLanguage, getLanguage, languageList } from '../languages/index.js';
import { deployable } from '../workspace/closure.js';
import type { Workspace } from '../workspace/types.js';
import { detectedDefaults } from './detected.js';
import { fieldFor } from './fields.js';
import { defaultFor, missingKeys } from './resolve.js';
import { answerShape, PLATFORMS, type AnswerKey, type PartialAnswers } from './schema.js';

type Bag = Record<string, unknown>;

/** The subset of inquirer's question object we use. */
export interface Question {
  type: 'list' | 'input' | 'checkbox' | 'confirm';
  name: string;
  message: string | ((answers: Bag) => string);
  choices?: (answers: Bag) => readonly { name: string; value: unknown }[];
  default?: (answers: Bag) => unknown;
  when?: (answers: Bag) => boolean;
  validate?: (value: unknown) => true | string;
  filter?: (value: unknown) => unknown;
}

export interface Prompter {
  prompt(questions: Question[], given: Bag): Promise<Bag>;
}

const lang = (a: Bag) => getLanguage(String(a.lang)) ?? defaultLanguage();
const app = (a: Bag) => String(a.app ?? appIds(lang(a))[0]);
const withCi = (a: Bag) => Array.isArray(a.ci) && a.ci.length > 0;
const plain = (values: readonly string[]) => values.map((v) => ({ name: v, value: v }));

/** Checks one answer against its schema, returning inquirer's "true or message" form. */
function check(key: AnswerKey) {
  return (value: unknown): true | string => {
    const result = answerShape[key].safeParse(value);
    return result.success || `${fieldFor(key)?.help ?? key} ${result.error.issues[0]?.message ?? 'is invalid'}`;
  };
}

const QUESTIONS: Record<AnswerKey, Omit<Question, 'name'>> = {
  lang: {
    type: 'list',
    message: 'Language',
    choices: () => languageList().map((l) => ({ name: l.label, value: l.id })),
  },
  pm: { type: 'list', message: 'Build tool / package manager', choices: (a) => plain(lang(a).pms) },
  app: {
    type: 'list',
    message: 'App kind',
    choices: (a) => Object.entries(lang(a).apps).map(([value, name]) => ({ name, value })),
  },
  final: { type: 'list', message: 'Final image', choices: (a) => plain(lang(a).finals(app(a))) },
  runtimeVersion: { type: 'input', message: 'Runtime version', validate: check('runtimeVersion') },
  targets: { type: 'checkbox', message: 'Optional stages besides production', choices: (a) => plain(lang(a).targets(app(a))) },
  port: {
    type: 'input',
    message: 'Port the app listens on',
    filter: (v) => (/^\d+$/.test(String(v)) ? Number(v) : v),
    validate: check('port'),
  },
  healthcheck: { type: 'input', message: 'Health check path (or none)', validate: check('healthcheck') },
  entry: { type: 'input', message: 'Entry point', validate: check('entry') },
  platforms: {
    type: 'checkbox',
    message: 'Platforms',
    choices: () => plain(PLATFORMS),
    validate: check('platforms'),
  },
  ci: {
    type: 'checkbox',
    message: 'CI pipelines to write',
    choices: () => CI_IDS.map((id) => ({ name: CI_SYSTEMS[id].label, value: id })),
  },
  registry: {
    type: 'input',
    message: "Image the pipelines push (empty: each system's own registry)",
    validate: check('registry'),
    when: withCi,
  },
  scan: {
    type: 'list',
    message: 'Vulnerability scan',
    choices: () => [
      { name: 'block: fail the pipeline on HIGH/CRITICAL findings', value: 'block' },
      { name: 'report: list findings, never fail', value: 'report' },
    ],
    when: withCi,
  },
  sign: {
    type: 'list',
    message: 'Sign pushed images',
    choices: () => [
      { name: 'cosign: keyless on GitHub and GitLab, a key credential on Jenkins', value: 'cosign' },
      { name: 'none', value: 'none' },
    ],
    when: withCi,
  },
  compose: {
    type: 'list',
    message: 'compose.yaml for local development',
    choices: () => [
      { name: 'none', value: 'none' },
      { name: 'watch: the development target, synced or rebuilt on change (Compose Watch)', value: 'watch' },
    ],
  },
  updates: {
    type: 'list',
    message: 'Keep actions, images and dependencies current with',
    choices: () => UPDATE_MODES.map((id) => ({ name: id === 'none' ? 'none' : UPDATE_BOTS[id].label, value: id })),
  },
};

/**
 * Questions for every answer the partial object lacks. Defaults follow the answers given so far:
 * a value detected in the project (marked "(detected)") when it fits them, else the built-in default.
 */
export function questionsFor(partial: PartialAnswers, detection: Detection = { found: {} }): Question[] {
  const detected = (key: AnswerKey, a: Bag) => {
    const fits = detectedDefaults(detection, a as PartialAnswers);
    return key in fits ? { value: fits[key] } : null;
  };
  return missingKeys(partial).map((key) => ({
    ...QUESTIONS[key],
    name: key,
    message: (a: Bag) => {
      const base = QUESTIONS[key].message as string;
      if (key === 'lang' && detection.ambiguous) return `${base} (found ${detection.ambiguous.files.join(', ')})`;
      return detected(key, a) ? `${base} (detected)` : base;
    },
    default: (a: Bag) => detected(key, a)?.value ?? defaultFor(key, a as PartialAnswers),
    when: key === 'app' ? (a: Bag) => appIds(lang(a)).length > 1 : QUESTIONS[key].when,
  }));
}

export async function askMissing(prompter: Prompter, partial: PartialAnswers, detection?: Detection): Promise<PartialAnswers> {
  return (await prompter.prompt(questionsFor(partial, detection), { ...partial })) as PartialAnswers;
}

/** The real prompt module, loaded only when a question has to be asked. */
export async function inquirerPrompter(input: Readable, output: Writable): Promise<Prompter> {
  const { createPromptModule } = (await import('inquirer')).default;
  const prompt = createPromptModule({ input: input as never, output: output as never });
  return { prompt: (questions, given) => prompt(questions as never, given) as Promise<Bag> };
}

/** Which service of a workspace to build, asked at its root. */
export async function askService(prompter: Prompter, workspace: Workspace): Promise<string> {
  const choices = deployable(workspace.members).map((m) => ({ name: `${m.dir} (${m.name})`, value: m.dir }));
  const { workspace: dir } = await prompter.prompt(
    [{ type: 'list', name: 'workspace', message: `Service of the ${workspace.tool} workspace to build`, choices: () => choices }],
    {},
  );
  return String(dir);
}

/** The components of a repository to generate for, all checked at first. */
export async function askComponents(prompter: Prompter, found: readonly Component[]): Promise<string[]> {
  const choices = found.map((c) => ({
    name: `${c.name}: ${c.dir}/ (${getLanguage(c.lang)?.label}, ${COMPONENT_KINDS[c.kind]})`,
    value: c.name,
  }));
  const { components } = await prompter.prompt(
    [
      {
        type: 'checkbox',
        name: 'components',
        message: 'Components to build, one image each',
        choices: () => choices,
        default: () => found.map((c) => c.name),
        validate: (picked) => (Array.isArray(picked) && picked.length > 0) || 'pick at least one component',
      },
    ],
    {},
  );
  return components as string[];
}
