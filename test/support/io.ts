// In-process CLI streams for tests: no terminal unless asked, output collected as text.
import { PassThrough } from 'node:stream';
import type { Prompter } from '../../src/answers/prompts.js';
import type { Io } from '../../src/io.js';

export interface MemoryIo extends Io {
  out: () => string;
  err: () => string;
}

/** The day in-process runs take as today, so that end-of-life warnings do not drift with the clock. */
export const TODAY = new Date('2026-12-01T12:00:00Z');

const noPrompts = () => Promise.reject(new Error('no terminal: nothing may be asked'));

export function memoryIo(
  cwd: string,
  prompter: () => Promise<Prompter> = noPrompts,
  options: { interactive?: boolean; color?: boolean } = {},
): MemoryIo {
  let out = '';
  let err = '';
  const stdout = new PassThrough().on('data', (d) => (out += d));
  const stderr = new PassThrough().on('data', (d) => (err += d));
  return {
    cwd,
    stdin: new PassThrough(),
    stdout,
    stderr,
    interactive: options.interactive ?? prompter !== noPrompts,
    color: options.color ?? false,
    prompter,
    now: () => TODAY,
    out: () => out,
    err: () => err,
  };
}
