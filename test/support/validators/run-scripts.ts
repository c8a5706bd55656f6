// Recovers the script each RUN hands to its shell, following BuildKit's
// rules, and shellchecks every script of every Dockerfile in one process.
import { writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { DockerfileParser, Run, Shell } from 'dockerfile-ast';
import { stagesOf } from './dockerfile-stages.js';
import { exec, withTempDir } from './exec.js';

export interface RunScript {
  /** 0-based index of the RUN among all RUN instructions of the Dockerfile. */
  run: number;
  /** Interpreter basename: from SHELL (inherited through FROM <stage>), a heredoc shebang, or "sh". */
  shell: string;
  script: string;
  /** 1-based Dockerfile line of each script line, to map findings back. */
  lines: number[];
  /** ARG/ENV names in scope; Docker exports them to RUN, so they count as assigned. */
  vars: string[];
}

/** Inside a continuation Docker drops blank lines and comment lines entirely. */
const FILLER = /^\s*(#.*)?$/;

/** "/bin/bash" -> "bash", "/usr/bin/env sh" -> "sh". */
function interpreter(commandLine: string): string {
  const [program = 'sh', arg] = commandLine.trim().split(/\s+/);
  const name = posix.basename(program);
  return name === 'env' && arg ? posix.basename(arg) : name;
}

/** Docker treats RUN as exec form exactly when its arguments parse as a JSON string array. */
function isExecForm(command: string): boolean {
  try {
    const value: unknown = JSON.parse(command);
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

interface Extracted {
  /** Interpreter named by a lone heredoc's shebang line, which BuildKit honours. */
  shebang: string | undefined;
  script: string;
  lines: number[];
}

function extract(ins: Run, lines: string[], continued: RegExp): Extracted | null {
  // The first argument starts after any --mount/--network flags.
  const first = ins.getArguments()[0]?.getRange().start;
  if (!first) return null;
  // Join the command line the way Docker does: drop escape+newline (even
  // inside quotes) and skip blank/comment lines within the continuation.
  let line = first.line;
  let physical = (lines[line] ?? '').slice(first.character);
  let command = '';
  for (let m = continued.exec(physical); m; m = continued.exec(physical)) {
    command += physical.slice(0, m.index);
    do line++;
    while (line < lines.length && FILLER.test(lines[line] ?? ''));
    physical = lines[line] ?? '';
  }
  command += physical;
  if (isExecForm(command.trim())) return null;

  const heredoc = ins.getHeredocs()[0];
  if (heredoc && /^<<-?\S+$/.test(command.trim())) {
    // A lone heredoc: BuildKit runs its body as the script, via its shebang if it has one.
    const body = heredoc.getContentRange();
    if (!body) return null;
    const firstLine = lines[body.start.line] ?? '';
    const shebang = firstLine.startsWith('#!') ? interpreter(firstLine.slice(2)) : undefined;
    const start = shebang === undefined ? body.start.line : body.start.line + 1;
    const script = lines.slice(start, body.end.line + 1);
    return { shebang, script: script.join('\n'), lines: script.map((_, i) => start + i + 1) };
  }
  // Otherwise the joined command plus any heredoc lines go to the shell verbatim.
  const tail = lines.slice(line + 1, ins.getRange().end.line + 1);
  return { shebang: undefined, script: [command, ...tail].join('\n'), lines: [first.line + 1, ...tail.map((_, i) => line + i + 2)] };
}

/** Every shell-form RUN's script, in file order; exec-form RUNs are skipped. */
export function runScripts(text: string): RunScript[] {
  const df = DockerfileParser.parse(text);
  const lines = text.split(/\r?\n/);
  const escapeChar = df.getEscapeCharacter().replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const continued = new RegExp(`${escapeChar}[ \\t]*$`);
  const stageEnd: { shell: string; vars: string[] }[] = [];
  const root = { shell: 'sh', vars: [] };
  const scripts: RunScript[] = [];
  let run = 0;
  for (const stage of stagesOf(df)) {
    const inherited = (stage.parent !== null && stageEnd[stage.parent]) || root;
    let shell = inherited.shell;
    for (const ins of stage.instructions) {
      if (ins instanceof Shell) shell = interpreter(ins.getJSONStrings()[0]?.getJSONValue() ?? 'sh');
      if (!(ins instanceof Run)) continue;
      const found = extract(ins, lines, continued);
      if (found) {
        const vars = [...new Set([...inherited.vars, ...df.getAvailableVariables(ins.getRange().start.line)])];
        scripts.push({ run, shell: found.shebang ?? shell, script: found.script, lines: found.lines, vars });
      }
      run++;
    }
    const last = stage.instructions.at(-1)?.getRange().end.line ?? stage.line - 1;
    stageEnd.push({ shell, vars: [...new Set([...inherited.vars, ...df.getAvailableVariables(last)])] });
  }
  return scripts;
}

/** Interpreters shellcheck understands; other SHELLs/shebangs (python, pwsh, cmd) are not shell scripts. */
const DIALECTS = new Map([
  ['sh', 'sh'],
  ['ash', 'sh'],
  ['dash', 'dash'],
  ['bash', 'bash'],
  ['ksh', 'ksh'],
]);
/** Each temp script starts with a shebang line and an `export` line. */
const HEADER_LINES = 2;

interface ShellcheckComment {
  file: string;
  line: number;
  level: string;
  code: number;
  message: string;
}

/**
 * Shellchecks (severity >= warning) all RUN scripts of all Dockerfiles with a
 * single shellcheck process. The dialect comes from each script's shebang
 * header rather than --shell, so `SHELL ["/bin/bash", ...]` stages and bash
 * heredocs are judged as bash while everything else is judged as POSIX sh.
 */
export async function shellcheckDockerfiles(texts: string[]): Promise<string[]> {
  const jobs = texts.flatMap((text, file) =>
    runScripts(text)
      .filter((s) => DIALECTS.has(s.shell))
      .map((s) => ({ file, ...s })),
  );
  if (jobs.length === 0) return [];
  return withTempDir(async (dir) => {
    const files = jobs.map((job, i) => ({ job, path: join(dir, `${i}.sh`) }));
    await Promise.all(
      files.map(({ job, path }) => writeFile(path, `#!/bin/${DIALECTS.get(job.shell)}\nexport ${job.vars.join(' ')}\n${job.script}\n`)),
    );
    const paths = files.map((f) => f.path);
    const { code, stdout, stderr } = await exec('shellcheck', ['--severity=warning', '--format=json1', ...paths]);
    // Exit 1 only means "there are findings"; anything else is shellcheck failing.
    if (code > 1) return [`shellcheck failed (exit ${code}): ${stderr.trim()}`];
    const { comments } = JSON.parse(stdout) as { comments: ShellcheckComment[] };
    // shellcheck does not report files in argument order; sort for stable output.
    const order = (c: ShellcheckComment): number => paths.indexOf(c.file);
    comments.sort((a, b) => order(a) - order(b) || a.line - b.line);
    return comments.map((c) => {
      const job = files[order(c)]?.job;
      if (!job) throw new Error(`shellcheck reported a file it was not given: ${c.file}`);
      const at = c.line - HEADER_LINES - 1;
      const where = `Dockerfile #${job.file} RUN #${job.run} (line ${job.lines[at]})`;
      return `${where}: SC${c.code} ${c.level}: ${c.message} — ${job.script.split('\n')[at]?.trim()}`;
    });
  });
}
