// Several components of one repository: each one's answers (flags, detection in its folder,
// prompts), the answers they share, and the refusals that keep a run all-or-nothing.
import { join } from 'node:path';
import fs from 'fs-extra';
import { type AnswerContext, collectAnswers } from '../answers/collect.js';
import { usableDetection } from '../answers/detected.js';
import { SHARED_KEYS, fieldFor } from '../answers/fields.js';
import { validateOver } from '../answers/resolve.js';
import type { AnswerKey, Answers, PartialAnswers } from '../answers/schema.js';
import { placeRuntime, type Notices } from '../answers/versions.js';
import { classify } from '../components/classify.js';
import type { ComponentSpec } from '../components/spec.js';
import type { ComponentKind } from '../components/types.js';
import { detectWithFiles } from '../detect/index.js';
import { UsageError } from '../errors.js';
import { appIds, getLanguage } from '../languages/index.js';
import type { ComponentRun } from '../render/components-plan.js';
import type { SavedComponent } from '../state/state.js';
import { refuseMissingStart } from './start-file.js';

export interface ComponentAnswers {
  runs: ComponentRun[];
  notices: Notices;
}

/** What a component's kind says of its answers: a site is built and served, a worker serves nothing. */
function kindAnswers(kind: ComponentKind | undefined, lang: string | undefined): PartialAnswers {
  const language = lang ? getLanguage(lang) : undefined;
  const app = kind === 'docs' ? 'static' : kind;
  return {
    ...(language && app && appIds(language).includes(app) && { app }),
    ...(kind === 'worker' && { healthcheck: 'none' }),
  };
}

const sharedOf = (answers: Answers): PartialAnswers =>
  Object.fromEntries([...SHARED_KEYS].map((key) => [key, answers[key]])) as PartialAnswers;

/** Answers given for a component that the run does not have. */
function refuseUnknownScopes(scoped: Record<string, PartialAnswers>, names: string[]): void {
  for (const [name, answers] of Object.entries(scoped)) {
    if (names.includes(name)) continue;
    const key = Object.keys(answers)[0] as AnswerKey;
    throw new UsageError(
      `--${fieldFor(key)?.flag} ${name}=…: no component is named ${name}${names.length ? ` (the components: ${names.join(', ')})` : '; --components names them'}`,
    );
  }
}

/** A component's answers on today's runtime lines, its notes and warnings named after it. */
function place(name: string, answers: Answers, now: Date, notices: Notices, read: string[] = []) {
  const placed = placeRuntime(answers, now);
  notices.notes.push(...placed.notes.map((n) => `${name}: ${n}`));
  notices.warnings.push(...[...read, ...placed.warnings].map((w) => `${name}: ${w}`));
  return placed;
}

/**
 * Each component's answers, in order: flags for all, then its own (`--port api=8080`), over what
 * its folder shows, asked for when missing. The first component's shared answers (CI, platforms,
 * compose) hold for the rest, which are not asked them again.
 */
export async function collectComponents(
  root: string,
  specs: ComponentSpec[],
  flagged: PartialAnswers,
  scoped: Record<string, PartialAnswers>,
  ctx: AnswerContext & { now: Date; say: (line: string) => void },
): Promise<ComponentAnswers> {
  refuseUnknownScopes(
    scoped,
    specs.map((s) => s.name),
  );
  const runs: ComponentRun[] = [];
  const notices: Notices = { notes: [], warnings: [] };
  let shared: PartialAnswers = {};
  for (const spec of specs) {
    const dir = join(root, spec.dir);
    if (!(await fs.stat(dir).catch(() => null))?.isDirectory())
      throw new UsageError(`--components ${spec.name}=${spec.dir}: ${spec.dir} is not a folder of ${root}`);
    const lang = scoped[spec.name]?.lang ?? spec.lang ?? flagged.lang;
    const { files, detection: read } = await detectWithFiles(dir, lang);
    const detection = usableDetection(read, lang);
    const kind = spec.kind ?? classify(spec.dir, read, files)?.kind ?? 'server';
    const given = {
      ...flagged,
      ...kindAnswers(kind, lang ?? String(detection.found.lang?.value ?? '')),
      ...(lang && { lang }),
      ...scoped[spec.name],
      ...shared,
    };
    if (ctx.interactive && !ctx.yes) ctx.say(`${spec.name}: ${spec.dir}/`);
    const answers = await collectAnswers(given, ctx, detection);
    await refuseMissingStart(dir, answers, detection, given.entry !== undefined || !ctx.yes);
    const placed = place(spec.name, answers, ctx.now, notices, detection.warnings);
    if (!runs.length) shared = sharedOf(placed.answers);
    runs.push({ component: { name: spec.name, dir: spec.dir, kind }, answers: placed.answers, facts: detection.facts ?? {} });
  }
  return { runs, notices };
}

/** For update: the saved components, each with the flags given now on top, and its folder read again. */
export async function savedComponents(
  root: string,
  saved: SavedComponent[],
  flagged: PartialAnswers,
  scoped: Record<string, PartialAnswers>,
  now: Date,
): Promise<ComponentAnswers> {
  refuseUnknownScopes(
    scoped,
    saved.map((c) => c.name),
  );
  const runs: ComponentRun[] = [];
  const notices: Notices = { notes: [], warnings: [] };
  for (const { name, dir, kind, answers } of saved) {
    const placed = place(name, validateOver({ ...flagged, ...scoped[name] }, answers), now, notices);
    const { detection } = await detectWithFiles(join(root, dir), placed.answers.lang);
    runs.push({ component: { name, dir, kind }, answers: placed.answers, facts: detection.facts ?? {} });
  }
  return { runs, notices };
}
