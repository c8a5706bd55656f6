// The state file: saved answers, the generator version, and per generated file its hash and the
// content it had when last generated (the base of the next three-way merge). Plain JSON, no
// secrets, safe to commit; the merge base needs neither git nor the network.
import { createHash } from 'node:crypto';
import { isAbsolute, join, posix } from 'node:path';
import fs from 'fs-extra';
import { z } from 'zod';
import { AnswerError, validate, withDefaults } from '../answers/resolve.js';
import { type AnswerKey, type Answers, answerShape, type PartialAnswers } from '../answers/schema.js';
import { parseComponents } from '../components/spec.js';
import { SHAPES, type Shape } from '../components/shape.js';
import { COMPONENT_KINDS, type ComponentKind } from '../components/types.js';
import { UsageError } from '../errors.js';

export const STATE_FILE = '.create-multistage.json';

/** Where a project's state file is, relative to the folder written to (a workspace root for a package). */
export const statePath = (pkg: string) => (pkg ? `${pkg}/${STATE_FILE}` : STATE_FILE);

export interface FileState {
  sha256: string;
  generated: string;
}

/** A component of a repository, as saved: where it is, what it is, and its answers. */
export interface SavedComponent {
  name: string;
  dir: string;
  kind: ComponentKind;
  answers: Answers;
}

/** What a run generated from: one project's answers, or the components of a repository. */
export type Saved = { answers: Answers; components?: undefined } | { components: SavedComponent[]; shape: Shape; answers?: undefined };

export type State = Saved & {
  generator: 'create-multistage';
  version: string;
  /** The --templates folder, relative to the project, so that later runs render with it too. */
  templates?: string;
  /**
   * For a workspace package: the workspace root relative to the package's folder (where this file
   * is), and the package's folder under the root. The files are named relative to the root.
   */
  workspace?: { root: string; package: string };
  files: Record<string, FileState>;
};

/** Answers a state file may lack: those added after the first release (they get their defaults). */
const ADDED_SINCE_FIRST_RELEASE: readonly string[] = ['sign', 'updates', 'compose'];

/** A path inside the project: relative, and never climbing out of it. */
const inside = (p: string) => !isAbsolute(p) && !posix.normalize(p.replace(/\\/g, '/')).split('/').includes('..');

const stateSchema = z.object({
  generator: z.literal('create-multistage'),
  version: z.string(),
  answers: z.record(z.unknown()).optional(),
  components: z
    .array(
      z.object({
        name: z.string(),
        dir: z.string().refine(inside, 'must be a folder inside the project'),
        kind: z.enum(Object.keys(COMPONENT_KINDS) as [ComponentKind, ...ComponentKind[]]),
        answers: z.record(z.unknown()),
      }),
    )
    .min(1)
    .optional(),
  shape: z.enum(SHAPES).optional(),
  templates: z.string().min(1).refine(inside, 'must be a folder inside the project').optional(),
  workspace: z
    .object({
      root: z.string().regex(/^\.\.(\/\.\.)*$/, 'must be the way up to the workspace root'),
      package: z.string().min(1).refine(inside, 'must be a folder inside the workspace'),
    })
    .optional(),
  files: z.record(z.object({ sha256: z.string(), generated: z.string() })),
});

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const fileState = (generated: string): FileState => ({ sha256: sha256(generated), generated });

/**
 * The state after a run: each file's base becomes what was just rendered, except files left
 * untracked (never generated, kept) and files whose old base must survive (kept at a prompt).
 */
export function nextState(
  previous: State | null,
  saved: Saved,
  version: string,
  rendered: { path: string; content: string; action: string }[],
  keepBase: ReadonlySet<string> = new Set(),
  templates: string | null = null,
  pkg = '',
): State {
  const files: Record<string, FileState> = { ...previous?.files };
  for (const f of rendered) {
    if (keepBase.has(f.path) || f.action === 'exists' || f.action === 'unresolved') continue;
    files[f.path] = fileState(f.content);
  }
  const workspace = pkg
    ? {
        root: pkg
          .split('/')
          .map(() => '..')
          .join('/'),
        package: pkg,
      }
    : undefined;
  return { generator: 'create-multistage', version, ...saved, ...(templates && { templates }), ...(workspace && { workspace }), files };
}

export function serializeState(state: State): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

/** Parses a state file: one project's answers, or components with theirs (named and placed as --components requires). */
function parseState(text: string, path = STATE_FILE): State {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not valid JSON; restore it from version control or delete it and generate again`);
  }
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${path}: ${issue.path.join('.') || 'the file'} ${issue.message}; restore it from version control`);
  }
  const { answers, components, shape, ...rest } = parsed.data;
  if (!answers === !components) throw new UsageError(`${path}: needs either answers or components; restore it from version control`);
  const header = { ...rest, generator: 'create-multistage' as const };
  if (answers) return { ...header, answers: savedAnswers(answers, path, 'answers') };
  // Named and placed as --components requires; the message names the file, not a flag.
  try {
    parseComponents(components!.map((c) => `${c.name}=${c.dir}`).join(','));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(`${path}: components: ${error.message.replace(/^--components:? /, '')}; restore it from version control`);
  }
  return {
    ...header,
    shape: shape ?? 'per-service',
    components: components!.map((c, i) => ({ ...c, answers: savedAnswers(c.answers, path, `components.${i}.answers`) })),
  };
}

/** Saved answers, validated as flags are. Those saved by an older version get defaults for answers added since. */
function savedAnswers(saved: Record<string, unknown>, path: string, at: string): Answers {
  const missing = (Object.keys(answerShape) as AnswerKey[]).filter((k) => !(k in saved) && !ADDED_SINCE_FIRST_RELEASE.includes(k));
  if (missing.length) throw new UsageError(`${path}: ${at}.${missing[0]} is missing; restore it from version control`);
  try {
    return validate(withDefaults(saved as PartialAnswers));
  } catch (error) {
    if (!(error instanceof AnswerError)) throw error;
    // The message names a flag; here the saved key is what is wrong.
    throw new UsageError(`${path}: ${at}.${error.key} ${error.message.replace(/^--[\w-]+ /, '')}`);
  }
}

/** The state of the project at `dir`, or of its workspace package `pkg` (kept in the package's folder). */
export async function readState(dir: string, pkg = ''): Promise<State | null> {
  const path = join(dir, pkg, STATE_FILE);
  const text = await fs.readFile(path, 'utf8').catch(() => null);
  return text === null ? null : parseState(text, path);
}
