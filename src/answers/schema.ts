// The single validated answer object. Flags, prompts, detection and saved state all end here.
// Which languages, build tools, app kinds and finals exist is read from the language registry at
// validation time, so a registered language is accepted without a change here.
import { COMPOSE_MODES, type ComposeMode } from '../compose/modes.js';
import { z } from 'zod';
import { CI_IDS, SCAN_MODES, SIGN_MODES, UPDATE_MODES, type CiId } from '../ci/systems.js';
import { allApps, allFinals, appIds, getLanguage, languageIds, TARGETS, type Target } from '../languages/index.js';
import { tooNew } from '../languages/versions.js';

export const PLATFORMS = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm/v7',
  'linux/arm/v6',
  'linux/386',
  'linux/ppc64le',
  'linux/s390x',
  'linux/riscv64',
] as const;

// Free-text answers end up inside Dockerfile instructions and shell scripts, so they are held to
// conservative character sets instead of being escaped: nothing accepted here can change structure.
// No leading zeros: `080` is no version an image is tagged with.
const VERSION = /^(0|[1-9]\d{0,5})(\.(0|[1-9]\d{0,5})){0,2}$/;
const ENTRY = /^[A-Za-z0-9_.][A-Za-z0-9._/:@*+-]*$/;
/** An argument of a `.bin/<bin>` command: options (`-l`, `--port=80`) too. */
const ARG_WORD = /^[\w./@:=+-]+$/;
const HTTP_PATH = /^\/[A-Za-z0-9._~/-]*$/;
// host[:port]/path, lower case as registries require.
const IMAGE_REF = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/;

const entry = z
  .string()
  .max(200, 'is longer than 200 characters')
  .refine(
    // Words only in a command of the project's binaries (`.bin/next start`).
    (s) => {
      const [first, ...args] = s.startsWith('.bin/') ? s.split(' ') : [s];
      return ENTRY.test(first!) && args.every((word) => ARG_WORD.test(word));
    },
    'may only contain letters, digits and . _ / : @ * + -, and spaces only between the words of a .bin/<bin> <args> command (no quotes or shell characters)',
  )
  .refine((s) => !s.split('/').includes('..'), 'must stay inside the project (no ".." segments)');

const healthcheck = z
  .string()
  .max(200, 'is longer than 200 characters')
  .refine((s) => s === 'none' || HTTP_PATH.test(s), 'must be an HTTP path such as /health, or none');

/** One of a list read when validating; the message lists it, as an enum's would. */
const oneOf = (values: () => readonly string[]) =>
  z.string().refine(
    (v) => values().includes(v),
    () => ({ message: `must be one of: ${values().join(', ')}` }),
  );

export const answerShape = {
  lang: oneOf(languageIds),
  pm: z.string(),
  runtimeVersion: z.string().regex(VERSION, 'must be a version such as 22, 1.23 or 3.12'),
  app: oneOf(allApps),
  targets: z.array(z.enum(TARGETS)).transform((t) => TARGETS.filter((x) => t.includes(x))),
  final: oneOf(allFinals),
  port: z.number().int('must be a whole number').min(1, 'must be from 1 to 65535').max(65535, 'must be from 1 to 65535'),
  healthcheck,
  entry,
  platforms: z
    .array(z.enum(PLATFORMS))
    .min(1, 'needs at least one platform')
    .transform((p) => [...new Set(p)]),
  ci: z.array(z.enum(CI_IDS as [CiId, ...CiId[]])).transform((c) => CI_IDS.filter((x) => c.includes(x))),
  registry: z
    .string()
    .max(200, 'is longer than 200 characters')
    .refine(
      (s) => s === '' || IMAGE_REF.test(s),
      "must be an image name such as ghcr.io/acme/api (lower case), or empty for each system's default",
    )
    .refine((s) => Number(/^[^/]*:(\d+)\//.exec(s)?.[1] ?? 1) <= 65535, 'has a registry port above 65535'),
  scan: z.enum(SCAN_MODES),
  sign: z.enum(SIGN_MODES),
  updates: z.enum(UPDATE_MODES),
  compose: z.enum(COMPOSE_MODES),
};

export const answersSchema = z
  .object(answerShape)
  .strict()
  .superRefine((a, ctx) => {
    const lang = getLanguage(a.lang);
    if (!lang) return; // already reported on lang
    const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if (!lang.pms.includes(a.pm)) issue('pm', `is not a ${lang.label} build tool; use one of: ${lang.pms.join(', ')}`);
    if (!appIds(lang).includes(a.app)) issue('app', `is not available for ${lang.label}, which offers: ${appIds(lang).join(', ')}`);
    const finals = lang.finals(a.app);
    if (!finals.includes(a.final)) issue('final', `is not offered for ${lang.label} (${a.app}); use one of: ${finals.join(', ')}`);
    const targets = lang.targets(a.app);
    const unknown = a.targets.filter((t) => !targets.includes(t));
    if (unknown.length)
      issue('targets', `has ${unknown.join(', ')}, which ${lang.label} (${a.app}) does not offer; use any of: ${targets.join(', ')}`);
    if (a.ci.length && !a.targets.includes('test')) issue('ci', 'pipelines build the test stage: add test to --targets');
    if (a.compose !== 'none' && !a.targets.includes('development'))
      issue('compose', 'runs the development stage: add development to --targets');
    const table = lang.versions?.(a);
    const ahead = table && tooNew(table, a.runtimeVersion);
    if (ahead) issue('runtimeVersion', ahead);
    if (a.entry.startsWith('.bin/') && !lang.entryCommands) issue('entry', `names a file or module for ${lang.label}, not a .bin/ command`);
    const problem = lang.check?.(a);
    if (problem) issue(problem.key, problem.message);
  });

/** The validated answers: what every file is rendered from, and what the state file saves. */
export interface Answers {
  lang: string;
  pm: string;
  runtimeVersion: string;
  app: string;
  targets: Target[];
  final: string;
  port: number;
  healthcheck: string;
  entry: string;
  platforms: Platform[];
  ci: CiId[];
  registry: string;
  scan: (typeof SCAN_MODES)[number];
  sign: (typeof SIGN_MODES)[number];
  updates: (typeof UPDATE_MODES)[number];
  compose: ComposeMode;
}

export type Platform = (typeof PLATFORMS)[number];
export type AnswerKey = keyof Answers;
/** Answers as flags, prompts or a state file give them: any may be missing, lists in any order. */
export type PartialAnswers = Partial<Answers>;

// The declared interface and the schema must agree both ways: a compile error otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<z.output<typeof answersSchema>, Answers>;
