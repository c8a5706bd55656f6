// The start command, read from scripts.start: what the final image runs.
import { str } from '../../detect/files.js';

/** Framework servers whose CLI serves a build folder: run from node_modules/.bin as `<bin>:<path>`. */
const SERVE_BINS = ['remix-serve', 'react-router-serve'];
const TS_RUNNERS = ['tsx', 'ts-node', 'ts-node-esm'];
/** Package managers, whose `run <script>` (or yarn's and pnpm's bare `<script>`) runs another script. */
const SCRIPT_RUNNERS = ['npm', 'pnpm', 'yarn', 'bun'];
/** Node options that take a value as the next word. */
const WITH_ARG = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions', '--env-file']);
/** What a node option or its value may hold to be carried into the image's command. */
const SAFE_WORD = /^[\w./@:=+-]+$/;

export interface Start {
  /**
   * A file node (or bun) runs; `<bin>:<path>` for a framework server's CLI; or `.bin/<bin> <args>`,
   * a command of the project's own binaries that names no file, run with the whole built app.
   */
  entry: string;
  /** node's own options from the script (`--enable-source-maps`, `-r dotenv/config`). */
  flags: string[];
}

/**
 * What scripts.start runs: its last command, past env assignments and cross-env, following
 * `npm run <script>` into the scripts it names.
 */
export function parseStart(start: string, bun: boolean, scripts: Record<string, unknown> = {}, depth = 0): Start | undefined {
  const command = start
    .split(/&&|;|\|\|/)
    .pop()!
    .trim()
    .split(/\s+/);
  let i = 0;
  while (i < command.length && (/^[A-Z_][A-Z0-9_]*=/.test(command[i]!) || command[i] === 'cross-env')) i++;
  const runner = command[i++]!;
  if (SCRIPT_RUNNERS.includes(runner)) {
    const name = command[i] === 'run' ? command[i + 1] : runner === 'npm' ? undefined : command[i];
    const script = name === undefined ? undefined : str(scripts[name]);
    if (script !== undefined) return depth < 3 ? parseStart(script, bun, scripts, depth + 1) : undefined;
    // bun runs files too (`bun run src/index.ts`), read below.
    if (!(bun && runner === 'bun')) return undefined;
  }
  if (SERVE_BINS.includes(runner)) {
    const target = command[i]?.replace(/^\.\//, '').replace(/\/$/, '');
    return target && SAFE_WORD.test(target) ? { entry: `${runner}:${target}`, flags: [] } : undefined;
  }
  // tsx and ts-node run TypeScript as it is: the image runs what tsc emits (see tsEntry).
  if (TS_RUNNERS.includes(runner)) {
    // The first TypeScript file, past options and a subcommand (`tsx watch src/main.ts`).
    const file = command
      .slice(i)
      .find((w) => /\.[mc]?ts$/.test(w))
      ?.replace(/^\.\//, '');
    return file && SAFE_WORD.test(file) ? { entry: file, flags: [] } : undefined;
  }
  if (runner !== 'node' && !(bun && runner === 'bun')) {
    // Another program (`next start`, `astro preview`): not guessed at, run as written from the
    // project's own binaries.
    const words = command.slice(i - 1);
    return /^[a-z0-9][\w.-]*$/.test(runner) && words.every((w) => SAFE_WORD.test(w))
      ? { entry: `.bin/${words.join(' ')}`, flags: [] }
      : undefined;
  }
  if (runner === 'bun' && command[i] === 'run') i++;
  const flags: string[] = [];
  while (i < command.length && command[i]!.startsWith('-')) {
    const n = WITH_ARG.has(command[i]!) ? 2 : 1;
    flags.push(...command.slice(i, i + n));
    i += n;
  }
  const file = command[i]?.replace(/^\.\//, '');
  // node runs a file without an extension as CommonJS (express-generator's bin/www).
  const ext = bun ? /\.(m?[jt]s|cjs|tsx?)$/ : /\.(js|mjs|cjs)$|(^|\/)[\w-]+$/;
  if (!file || !ext.test(file)) return undefined;
  // bun's options are not node's; options with other characters are left to the user.
  return { entry: file, flags: runner === 'node' && flags.every((f) => SAFE_WORD.test(f)) ? flags : [] };
}
