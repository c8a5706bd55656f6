// Shared process/temp-dir plumbing for the validators that shell out to
// external tools (shellcheck, gitlab-ci-local, npm-groovy-lint).
import { spawn } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Repo-local CLI shims, so tests never depend on globally installed tools. */
export function bin(name: string): string {
  return fileURLToPath(new URL(`../../../node_modules/.bin/${name}`, import.meta.url));
}

/**
 * Runs a command to completion and never rejects on a non-zero exit: the
 * linters signal findings through their exit code, so callers decide.
 * stdin is closed so a tool waiting for input cannot hang the suite.
 */
export function exec(command: string, args: string[], cwd?: string): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/**
 * Gives `fn` a fresh temp dir and always removes it afterwards. The path is
 * realpath'd because some tools report resolved paths (e.g. /private/var on
 * macOS) and we map their findings back by path.
 */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'cms-validate-')));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Maps `items` through `fn` with at most `limit` calls in flight, preserving order. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  // One shared iterator: each worker pulls the next unclaimed item.
  const queue = items.entries();
  const worker = async (): Promise<void> => {
    for (const [index, item] of queue) results[index] = await fn(item, index);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
