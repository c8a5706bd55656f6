// The CLI: argv and injected streams in, an exit code out. bin/create-multistage.js calls main().
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { inquirerPrompter, type Prompter } from './answers/prompts.js';
import { parseCli } from './cli/args.js';
import { collectAnswers } from './cli/answers.js';
import { helpText } from './cli/help.js';
import { dryRunReport, jsonReport, summary } from './cli/report.js';
import { ConflictError, isCliError } from './errors.js';
import { VERSION } from './paths.js';
import { renderPlan } from './render/plan.js';
import { decide, toWrite, type Decision } from './write/decide.js';
import { checkTargetDir, readExisting, writeAll } from './write/disk.js';

export interface Io {
  cwd: string;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Whether questions can be asked: stdin and stdout are terminals. */
  interactive: boolean;
  prompter: () => Promise<Prompter>;
}

const processIo = (): Io => ({
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  prompter: () => inquirerPrompter(process.stdin, process.stdout),
});

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const print = (text: string) => io.stdout.write(text + '\n');
  try {
    const { options, answers: flagged } = parseCli(argv);
    if (options.help) return print(helpText(VERSION)), 0;
    if (options.version) return print(VERSION), 0;

    const dir = resolve(io.cwd, options.dir);
    await checkTargetDir(dir);
    const answers = await collectAnswers(flagged, { yes: options.yes, interactive: io.interactive, prompter: io.prompter });
    const plan = await renderPlan(answers);
    let decisions = decide(plan, await readExisting(dir, plan.map((f) => f.path)), options.force);

    if (!options.dryRun) {
      decisions = await resolveConflicts(decisions, io, options.yes);
      await writeAll(dir, toWrite(decisions));
    }
    if (options.json) print(jsonReport(answers, decisions, options.dryRun));
    else print(options.dryRun ? dryRunReport(dir, decisions) : summary(options.dir, answers, decisions));
    return 0;
  } catch (error) {
    if (!isCliError(error)) throw error;
    io.stderr.write(`create-multistage: ${error.message}\n`);
    return error.exitCode;
  }
}

/** Existing files that differ are replaced only with --force or a yes at the prompt. */
async function resolveConflicts(decisions: Decision[], io: Io, yes: boolean): Promise<Decision[]> {
  const conflicts = decisions.filter((d) => d.action === 'conflict').map((d) => d.path);
  if (conflicts.length === 0) return decisions;
  const refuse = () =>
    new ConflictError(`${conflicts.join(', ')} already exist${conflicts.length === 1 ? 's' : ''} and would change; pass --force to overwrite (nothing was written)`);
  if (!io.interactive || yes) throw refuse();
  const prompter = await io.prompter();
  const { overwrite } = await prompter.prompt(
    [{ type: 'confirm', name: 'overwrite', message: `Overwrite ${conflicts.join(', ')}?`, default: () => false }],
    {},
  );
  if (!overwrite) throw refuse();
  return decisions.map((d) => (d.action === 'conflict' ? { ...d, action: 'overwrite' } : d));
}
