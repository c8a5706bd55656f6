// The pipeline both commands share once the answers are known: render, decide per file against
// the disk and the saved state, settle what needs the user, then write everything (state included)
// in one all-or-nothing step.
import { relative, resolve } from 'node:path';
import fs from 'fs-extra';
import type { Io } from '../io.js';
import type { Options } from '../cli/args.js';
import { painter } from '../cli/color.js';
import { oneLine } from '../cli/printable.js';
import { detectedReport, diffReport, dryRunReport, jsonReport, summary } from '../cli/report.js';
import type { Detection } from '../detect/index.js';
import type { Answers } from '../answers/schema.js';
import type { Notices } from '../answers/versions.js';
import { UsageError } from '../errors.js';
import { VERSION } from '../paths.js';
import type { Shape } from '../components/shape.js';
import type { ComponentRun } from '../render/components-plan.js';
import { renderPlan } from '../render/plan.js';
import { STATE_FILE, nextState, type Saved, serializeState, statePath, type State } from '../state/state.js';
import { decide, toWrite, type FileAction } from '../write/decide.js';
import { readExisting, refuseOutsideLinks, removeStaleTemps, writeAll } from '../write/disk.js';
import { settleConflicts, settleExisting } from './settle.js';

/** What --check counts as drift: anything an update would write, or could not settle. */
const CHANGES: ReadonlySet<FileAction> = new Set(['create', 'replace', 'overwrite', 'merged', 'conflict', 'exists', 'unresolved']);

/** What a run renders: one project's answers, or the components of a repository. */
export type Subject = { answers: Answers } | { runs: ComponentRun[]; shape: Shape };

const savedOf = (subject: Subject): Saved =>
  'runs' in subject
    ? { shape: subject.shape, components: subject.runs.map(({ component, answers }) => ({ ...component, answers })) }
    : { answers: subject.answers };

export async function run(
  dir: string,
  options: Options,
  subject: Subject,
  state: State | null,
  io: Io,
  detection: Detection = { found: {} },
  notices: Notices = { notes: [], warnings: [] },
  pkg = '',
): Promise<number> {
  const stateFile = statePath(pkg);
  // Prints a line and answers 0, so that `return print(…)` ends a run that succeeded.
  const print = (text: string) => {
    io.stdout.write(`${text}\n`);
    return 0;
  };
  // With --json they are part of the one object printed.
  if (!options.json) {
    for (const note of notices.notes) io.stderr.write(`note: ${oneLine(note)}\n`);
    for (const warning of notices.warnings) io.stderr.write(`warning: ${oneLine(warning)}\n`);
  }
  const templates = await overrides(dir, options.templates, state, io.cwd);
  // Several components' code loads only for them: a project's run starts as quickly as before.
  const plan =
    'runs' in subject
      ? await (await import('../render/components-plan.js')).renderComponentsPlan(subject.runs, subject.shape, templates)
      : await renderPlan(subject.answers, templates, detection.facts);
  const saved = savedOf(subject);
  await refuseOutsideLinks(dir, [...plan.map((f) => f.path), stateFile]);
  const onDisk = await readExisting(
    dir,
    plan.map((f) => f.path),
  );
  let decisions = decide(plan, onDisk, state, options.force);

  if (options.check) {
    const drift = decisions.filter((d) => CHANGES.has(d.action));
    const code = drift.length ? 1 : 0;
    if (options.json) {
      print(JSON.stringify({ upToDate: !code, drift: drift.map((d) => ({ path: d.path, action: d.action })), exitCode: code }, null, 2));
      return code;
    }
    if (!code) return print('Up to date: the generated files match the current templates and saved answers.');
    io.stderr.write(`Out of date: ${drift.map((d) => `${d.path} (${d.action})`).join(', ')}; run create-multistage update\n`);
    return 1;
  }
  if (options.diff) return print(diffReport(decisions, onDisk, options.json));
  // Said with the outcome, so that a run that fails to write prints nothing but its error.
  const detected = !options.json && Object.keys(detection.found).length ? `${detectedReport(detection)}\n` : '';
  if (options.dryRun)
    return print(options.json ? jsonReport(saved, decisions, true, detection, notices) : detected + dryRunReport(dir, decisions));

  decisions = await settleExisting(decisions, io, options.yes, state !== null);
  const { decisions: settled, keepBase } = await settleConflicts(decisions, io, onDisk);
  const next = nextState(state, saved, VERSION, settled, keepBase, templates && relative(dir, templates).split('\\').join('/'), pkg);
  await removeStaleTemps(dir, [...plan.map((f) => f.path), stateFile]);
  await writeAll(dir, [...toWrite(settled), { path: stateFile, content: serializeState(next) }]);

  print(
    options.json
      ? jsonReport(saved, settled, false, detection, notices)
      : detected + summary(pkg ? relative(io.cwd, dir) || '.' : options.dir, pkg, saved, settled, stateFile, painter(io.color)),
  );
  const conflicts = settled.filter((d) => d.action === 'conflict' || d.action === 'unresolved').map((d) => d.path);
  const kept = settled.filter((d) => d.action === 'exists').map((d) => d.path);
  if (conflicts.length)
    io.stderr.write(`Conflicts in ${conflicts.join(', ')}: resolve the <<<<<<< markers, then run create-multistage update again\n`);
  if (kept.length)
    io.stderr.write(
      `Kept ${kept.join(', ')}, which create-multistage did not write; pass --force to replace ${kept.length === 1 ? 'it' : 'them'}\n`,
    );
  return conflicts.length || kept.length ? 1 : 0;
}

/**
 * The template override folder: --templates (relative to where the command runs; "" for none), else
 * the one saved in the state (relative to the project), so that an update renders what the last run did.
 */
async function overrides(dir: string, given: string | null, state: State | null, cwd: string): Promise<string | null> {
  const path = given !== null ? given && resolve(cwd, given) : state?.templates && resolve(dir, state.templates);
  if (!path) return null;
  const stat = await fs.stat(path).catch(() => null);
  const saved = given === null ? ` (saved in ${STATE_FILE}; pass --templates "" to render with the built-in templates)` : '';
  if (!stat?.isDirectory()) throw new UsageError(`--templates ${path} is not a directory of templates${saved}`);
  return path;
}
