// One run at a time per project: a lock file created with O_EXCL holds the writer's pid for the
// whole read-decide-write step. A lock whose process has died is stale and taken over.
import { join } from 'node:path';
import fs from 'fs-extra';
import { EnvironmentError } from '../errors.js';

const LOCK_FILE = '.create-multistage.lock';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the project's lock, waiting up to `waitMs` for another run; returns its release. */
export async function lockProject(dir: string, waitMs = 3000): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await fs.mkdirp(dir);
      const handle = await fs.open(path, 'wx');
      await fs.write(handle, String(process.pid));
      await fs.close(handle);
      return () => fs.remove(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new EnvironmentError(`cannot write ${path}: ${code ?? (error as Error).message}; nothing was written`);
    }
    const holder = Number(await fs.readFile(path, 'utf8').catch(() => ''));
    if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) {
      await fs.remove(path);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new EnvironmentError(
        `another create-multistage run (pid ${holder}) is writing to ${dir}; try again when it ends, or delete ${path} if it is stale`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
