// The single validated answer object. Flags, prompts, defaults (and later saved state) all end here.
import { z } from 'zod';
import { CI_IDS, SCAN_MODES, type CiId } from '../ci/systems.js';
import { APPS, FINALS, LANGUAGE_IDS, LANGUAGES, TARGETS, type LanguageId } from '../languages/index.js';

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
const VERSION = /^\d+(\.\d+){0,2}$/;
const ENTRY = /^[A-Za-z0-9_.][A-Za-z0-9._/:@*+-]*$/;
const HTTP_PATH = /^\/[A-Za-z0-9._~/-]*$/;
// host[:port]/path, lower case as registries require.
const IMAGE_REF = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/;

const entry = z
  .string()
  .max(200, 'is longer than 200 characters')
  .regex(ENTRY, 'may only contain letters, digits and . _ / : @ * + - (no spaces, quotes or shell characters)')
  .refine((s) => !s.split('/').includes('..'), 'must stay inside the project (no ".." segments)');

const healthcheck = z
  .string()
  .max(200, 'is longer than 200 characters')
  .refine((s) => s === 'none' || HTTP_PATH.test(s), 'must be an HTTP path such as /health, or none');

export const answerShape = {
  lang: z.enum(LANGUAGE_IDS as [LanguageId, ...LanguageId[]]),
    pm: z.string(),
    runtimeVersion: z.string().regex(VERSION, 'must be a version such as 22, 1.23 or 3.12'),
    app: z.enum(APPS),
    targets: z.array(z.enum(TARGETS)).transform((t) => TARGETS.filter((x) => t.includes(x))),
    final: z.enum(FINALS),
    port: z.number().int('must be a whole number').min(1, 'must be from 1 to 65535').max(65535, 'must be from 1 to 65535'),
    healthcheck,
    entry,
    platforms: z
      .array(z.enum(PLATFORMS))
      .min(1, 'needs at least one platform')
      .transform((p) => [...new Set(p)]),
    ci: z
      .array(z.enum(CI_IDS as [CiId, ...CiId[]]))
      .transform((c) => CI_IDS.filter((x) => c.includes(x))),
    registry: z
      .string()
      .max(200, 'is longer than 200 characters')
      .refine((s) => s === '' || IMAGE_REF.test(s), 'must be an image name such as ghcr.io/acme/api (lower case), or empty for each system\'s default'),
    scan: z.enum(SCAN_MODES),
};

export const answersSchema = z
  .object(answerShape)
  .strict()
  .superRefine((a, ctx) => {
    const lang = LANGUAGES[a.lang];
    const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if (!lang.pms.includes(a.pm)) issue('pm', `is not a ${lang.label} build tool; use one of: ${lang.pms.join(', ')}`);
    if (!lang.apps.includes(a.app)) issue('app', `is not available for ${lang.label}, which offers: ${lang.apps.join(', ')}`);
    const finals = lang.finals(a.app);
    if (!finals.includes(a.final)) issue('final', `is not offered for ${lang.label} (${a.app}); use one of: ${finals.join(', ')}`);
    const targets = lang.targets(a.app);
    const unknown = a.targets.filter((t) => !targets.includes(t));
    if (unknown.length) issue('targets', `has ${unknown.join(', ')}, which ${lang.label} (${a.app}) does not offer; use any of: ${targets.join(', ')}`);
    if (a.ci.length && !a.targets.includes('test')) issue('ci', 'pipelines build the test stage: add test to --targets');
    const problem = lang.check?.({ ...a, final: a.final });
    if (problem) issue('runtimeVersion', problem);
  });

export type Answers = z.output<typeof answersSchema>;
export type AnswerKey = keyof Answers;
export type PartialAnswers = Partial<z.input<typeof answersSchema>>;
