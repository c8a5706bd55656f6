// The streams and facts about the terminal a run gets, injected so that tests can run it in memory.
import type { Readable, Writable } from 'node:stream';
import type { Prompter } from './answers/prompts.js';

export interface Io {
  cwd: string;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Whether questions can be asked: stdin and stdout are terminals. */
  interactive: boolean;
  /** Whether output may be coloured: a terminal, and NO_COLOR unset. */
  color: boolean;
  prompter: () => Promise<Prompter>;
  /** Today, for end-of-life checks: injected, so that tests fix the day. */
  now: () => Date;
}
