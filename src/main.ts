// The CLI: argv and injected streams in, an exit code out. bin/create-multistage.js calls main().
import { join, resolve } from 'node:path';
import fs from 'fs-extra';
import { collectAnswers } from './answers/collect.js';
import { usableDetection } from './answers/detected.js';
import { type FlaggedAnswers, fieldFor } from './answers/fields.js';
import { askComponents, askService, inquirerPrompter } from './answers/prompts.js';
import { AnswerError, validateOver } from './answers/resolve.js';
import type { Answers, PartialAnswers } from './answers/schema.js';
import { placeRuntime } from './answers/versions.js';
import { type Options, parseCli } from './cli/args.js';
import { colorEnabled } from './cli/color.js';
import { helpText } from './cli/help.js';
import { printable } from './cli/printable.js';
import { type ComponentAnswers, collectComponents, savedComponents } from './commands/components.js';
import { run } from './commands/run.js';
import { findComponents } from './components/find.js';
import { type ComponentSpec, parseComponents } from './components/spec.js';
import { detect } from './detect/index.js';
import { ConflictError, UsageError, isCliError } from './errors.js';
import type { Io } from './io.js';
import { getLanguage } from './languages/index.js';
import { VERSION } from './paths.js';
import { refuseMissingStart } from './commands/start-file.js';
import { STATE_FILE, type State, readState } from './state/state.js';
import { checkTargetDir, finishInterrupted, interrupted } from './write/disk.js';
import { lockProject } from './write/lock.js';
import { inWorkspace } from './workspace/detection.js';
import { workspaceFiles } from './workspace/find.js';
import { type Located, locate } from './workspace/locate.js';

/** A full or closed stdout (/dev/full, `| head`) is the machine's failure, not a crash. */
function onStdoutError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`create-multistage: cannot write to stdout: ${error.code ?? error.message}\n`);
  process.exit(3);
}

const processIo = (): Io => ({
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout.on('error', onStdoutError),
  stderr: process.stderr,
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  color: colorEnabled(process.env, process.stdout.isTTY),
  prompter: () => inquirerPrompter(process.stdin, process.stdout),
  now: () => new Date(),
});

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    const { options, answers: flagged, scoped } = parseCli(argv);
    if (options.help || options.version) {
      io.stdout.write(`${options.help ? helpText(VERSION) : VERSION}\n`);
      return 0;
    }

    const dir = resolve(io.cwd, options.dir);
    await checkTargetDir(dir);
    const asks = io.interactive && !options.yes;
    const located = await locate(dir, options.workspace, asks ? async (ws) => askService(await io.prompter(), ws) : null);
    // A run that writes holds the project's lock from reading the state to writing the files.
    const writes = !options.dryRun && !options.check && !options.diff && (await fs.pathExists(located.root));
    const unlock = writes ? await lockProject(located.root) : null;
    try {
      await settleInterrupted(located.root, writes, io);
      return await generateOrUpdate(located, options, { answers: flagged, scoped }, io);
    } finally {
      await unlock?.();
    }
  } catch (error) {
    if (!isCliError(error)) throw error;
    // --json promises one JSON object on stdout, errors included.
    if (argv.includes('--json'))
      io.stdout.write(`${JSON.stringify({ error: { message: error.message }, exitCode: error.exitCode }, null, 2)}\n`);
    else io.stderr.write(`create-multistage: ${printable(error.message)}\n`);
    return error.exitCode;
  }
}

/** A write a killed run left half done is finished before anything else; a run that writes nothing only says so. */
async function settleInterrupted(dir: string, writes: boolean, io: Io): Promise<void> {
  if (!writes) {
    if (await interrupted(dir))
      throw new ConflictError('an earlier run was killed while writing its files; run create-multistage update to finish it');
    return;
  }
  const finished = await finishInterrupted(dir);
  if (finished.length) io.stderr.write(`note: finished the write a killed run left half done: ${finished.join(', ')}\n`);
}

/** A workspace package installs with the workspace's tool, and its language may rule out more. */
function refuseInWorkspace({ workspace, pkg }: Located, answers: Answers): void {
  if (!workspace) return;
  if (answers.compose !== 'none')
    throw new AnswerError(`--compose ${answers.compose} is not supported for a package of a workspace yet`, 'compose');
  if (answers.pm !== workspace.tool)
    throw new AnswerError(
      `--pm ${answers.pm}: ${pkg} is a package of a ${workspace.tool} workspace, which only ${workspace.tool} installs`,
      'pm',
    );
  const kinds = getLanguage(answers.lang)?.workspaces ?? [];
  const problem = kinds.map((kind) => kind.refuse?.(answers)).find(Boolean);
  if (problem) throw new AnswerError(`--${problem.key} ${answers[problem.key]} ${problem.message}`, problem.key);
}

/** A state written for a workspace package is used only as that package of that workspace. */
function refuseMovedWorkspace(state: State | null, { root, pkg }: Located): void {
  const saved = state?.workspace?.package ?? '';
  if (!state || saved === pkg) return;
  throw new UsageError(
    saved
      ? `${join(root, pkg, STATE_FILE)} belongs to the package ${saved} of a workspace ${state.workspace!.root} above it, which is no longer found: nothing lists it (${workspaceFiles()}); restore it, or delete the state to generate anew`
      : `${join(root, pkg, STATE_FILE)} was written for a project on its own, and ${pkg} is now a package of the ${root} workspace: delete the state to generate for the workspace`,
  );
}

/** `--port api=8080` or `--combine` without components to give it to. */
function refuseScoped(scoped: Record<string, PartialAnswers>, { shape }: Options): void {
  if (shape)
    throw new UsageError(
      `--${shape === 'combined' ? 'combine' : shape}: shapes the images of several components, and this run has none (--components names them)`,
    );
  const [name, answers] = Object.entries(scoped)[0] ?? [];
  if (!name) return;
  const flag = fieldFor(Object.keys(answers!)[0]!)?.flag;
  throw new UsageError(
    `--${flag} ${name}=…: gives a value to the component ${name}, but this run has no components (--components names them)`,
  );
}

/** Components are generated at a repository's root, not inside a workspace (whose packages --workspace builds). */
function refuseComponentsIn({ workspace, pkg, root }: Located): void {
  if (workspace || pkg)
    throw new UsageError(
      `--components: ${root} is a ${workspace?.tool ?? ''} workspace; generate for one of its packages with --workspace`,
    );
}

/** The answers (saved ones for update, else flags, detection and prompts), then the run itself. */
async function generateOrUpdate(located: Located, options: Options, { answers: flagged, scoped }: FlaggedAnswers, io: Io): Promise<number> {
  const { root, pkg } = located;
  // A workspace package is read in its folder; it writes under it, with the root as the context.
  const dir = join(root, pkg);
  const state = await readState(root, pkg);
  refuseMovedWorkspace(state, located);
  // The shape asked for now, else the saved one, else an image per component.
  const shape = options.shape ?? (state?.components ? state.shape : 'per-service');
  const ofComponents = async ({ runs, notices }: ComponentAnswers) =>
    run(root, options, { runs, shape }, state, io, { found: {} }, notices);
  const asks = io.interactive && !options.yes;
  const collect = async (specs: ComponentSpec[]) =>
    ofComponents(
      await collectComponents(root, specs, flagged, scoped, {
        yes: options.yes,
        interactive: io.interactive,
        prompter: io.prompter,
        now: io.now(),
        say: (line) => io.stdout.write(`\n${line}\n`),
      }),
    );
  if (options.command === 'update') {
    // Saved answers, with any flag given now applied on top.
    if (!state) throw new UsageError(`no ${STATE_FILE} in ${dir}: generate the files first with create-multistage`);
    if (options.components !== null)
      throw new UsageError('--components: update regenerates the saved components; to choose others, run without update');
    if (state.components) return await ofComponents(await savedComponents(root, state.components, flagged, scoped, io.now()));
    refuseScoped(scoped, options);
    const placed = placeRuntime(validateOver(flagged, state.answers), io.now());
    // The project is read again for what the templates need of it; its defaults are not applied.
    const read = await detect(dir, placed.answers.lang, root);
    const { facts } = inWorkspace({ found: {}, ...(read.facts && { facts: read.facts }) }, located);
    return await run(root, options, { answers: placed.answers }, state, io, { found: {}, ...(facts && { facts }) }, placed, pkg);
  }
  if (options.components !== null) {
    refuseComponentsIn(located);
    return await collect(parseComponents(options.components));
  }
  const detection = inWorkspace(usableDetection(await detect(dir, flagged.lang, root), flagged.lang), located);
  // Nothing to generate here, but its folders hold projects: those are the components.
  if (!flagged.lang && !detection.found.lang && !detection.ambiguous && !pkg) {
    const found = await findComponents(dir);
    if (found.length) {
      const names = asks ? await askComponents(await io.prompter(), found) : found.map((c) => c.name);
      return await collect(found.filter((c) => names.includes(c.name)));
    }
  }
  refuseScoped(scoped, options);
  const answers = await collectAnswers(flagged, { yes: options.yes, interactive: io.interactive, prompter: io.prompter }, detection);
  refuseInWorkspace(located, answers);
  await refuseMissingStart(dir, answers, detection, flagged.entry !== undefined || !options.yes);
  const placed = placeRuntime(answers, io.now());
  const notices = { notes: placed.notes, warnings: [...(detection.warnings ?? []), ...placed.warnings] };
  return await run(root, options, { answers: placed.answers }, state, io, detection, notices, pkg);
}
