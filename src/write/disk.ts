// The I/O edge: reading what exists and writing a plan all-or-nothing.
import { randomBytes } from 'node:crypto';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import fs from 'fs-extra';
import { EnvironmentError, UsageError } from '../errors.js';
import type { PlannedFile } from '../render/plan.js';

/** The target must be a directory, or a path where one can be created. */
export async function checkTargetDir(dir: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => null);
  if (stat && !stat.isDirectory()) throw new UsageError(`${dir} is not a directory; pass a project directory`);
}

/**
 * Refuses a planned path that goes through a symlink leaving the project (`Dockerfile` ->
 * /proc/self/environ, `.github` -> elsewhere): nothing is read or written through it.
 */
export async function refuseOutsideLinks(dir: string, paths: string[]): Promise<void> {
  const root = await fs.realpath(dir).catch(() => dir);
  for (const path of paths) {
    let at = dir;
    for (const part of path.split('/')) {
      at = join(at, part);
      const stat = await fs.lstat(at).catch(() => null);
      if (!stat?.isSymbolicLink()) continue;
      // A dangling link has no real path: where it points is what counts.
      const target = await fs.realpath(at).catch(async () => resolve(dirname(at), await fs.readlink(at)));
      if (target !== root && !target.startsWith(root + sep)) {
        throw new UsageError(`${relative(dir, at)} is a symlink to ${target}, outside the project: replace it with a file or folder`);
      }
    }
  }
}

export async function readExisting(dir: string, paths: string[]): Promise<Map<string, string | null>> {
  const entries = await Promise.all(paths.map(async (p) => [p, await fs.readFile(join(dir, p), 'utf8').catch(() => null)] as const));
  return new Map(entries);
}

/** The renames a write still owes, saved before its first: a run killed among them is finished by the next. */
const JOURNAL_FILE = '.create-multistage.journal';

interface Journal {
  renames: { temp: string; target: string }[];
}

/**
 * Writes every file or none: each goes to a temporary sibling first, and only when all of them are
 * written are they renamed into place (a rename never leaves a truncated file), after a journal of
 * those renames. If a rename fails, the files already replaced are restored from their backups and
 * new ones removed; if the process dies among them, `finishInterrupted` completes them next time.
 */
export async function writeAll(dir: string, files: PlannedFile[]): Promise<void> {
  const suffix = `${TEMP_MARK}${randomBytes(4).toString('hex')}`;
  const staged: { target: string; temp: string; backup: string | null }[] = [];
  let target = dir;
  try {
    for (const file of files) {
      target = join(dir, file.path);
      await fs.mkdirp(dirname(target));
      const temp = target + suffix;
      await fs.writeFile(temp, file.content);
      staged.push({ target, temp, backup: null });
    }
  } catch (error) {
    await Promise.all([...staged.map((s) => s.temp), target + suffix].map((t) => fs.remove(t).catch(() => undefined)));
    throw writeError(error, target);
  }
  const journal = join(dir, JOURNAL_FILE);
  const done: typeof staged = [];
  try {
    const renames = staged.map((s) => ({ temp: relative(dir, s.temp), target: relative(dir, s.target) }));
    await fs.writeFile(journal + suffix, JSON.stringify({ renames } satisfies Journal));
    await fs.rename(journal + suffix, journal);
    for (const s of staged) {
      target = s.target;
      if (await fs.pathExists(s.target)) {
        s.backup = `${s.target + suffix}.bak`;
        await fs.copyFile(s.target, s.backup);
      }
      await fs.rename(s.temp, s.target);
      done.push(s);
    }
  } catch (error) {
    for (const s of done) await (s.backup ? fs.rename(s.backup, s.target) : fs.remove(s.target));
    await Promise.all(staged.map((s) => fs.remove(s.temp)));
    throw writeError(error, target);
  } finally {
    await Promise.all([
      ...staged.map((s) => (s.backup ? fs.remove(s.backup) : undefined)),
      fs.remove(journal),
      fs.remove(journal + suffix),
    ]);
  }
}

/**
 * Finishes a write that a killed run left half done (its journal says which renames remain), and
 * clears what that run left behind. Returns the files it put in place.
 */
export async function finishInterrupted(dir: string): Promise<string[]> {
  const path = join(dir, JOURNAL_FILE);
  const text = await fs.readFile(path, 'utf8').catch(() => null);
  if (text === null) return [];
  const { renames } = JSON.parse(text) as Journal;
  const finished: string[] = [];
  for (const { temp, target } of renames) {
    // Both stay inside the project: the journal is ours, but it is read from disk.
    if (![temp, target].every((p) => !isAbsolute(p) && !p.split(/[\\/]/).includes('..'))) continue;
    if (!(await fs.pathExists(join(dir, temp)))) continue;
    await fs.rename(join(dir, temp), join(dir, target));
    finished.push(target);
  }
  await removeStaleTemps(
    dir,
    renames.map((r) => r.target),
  );
  await fs.remove(path);
  return finished;
}

/** Whether a killed run left a write to finish. */
export const interrupted = (dir: string) => fs.pathExists(join(dir, JOURNAL_FILE));

const TEMP_MARK = '.create-multistage-tmp-';

/** Removes the temporaries and backups a killed run left beside the given files (under the lock). */
export async function removeStaleTemps(dir: string, paths: string[]): Promise<void> {
  for (const folder of new Set(paths.map((p) => dirname(join(dir, p))))) {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.includes(TEMP_MARK)).map((n) => fs.remove(join(folder, n))));
  }
}

/** Failures of the machine rather than of the path asked for. */
const ENVIRONMENT = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'EMFILE', 'ENFILE']);

/** Names the file the user asked for, never one of our temporaries. */
function writeError(error: unknown, target: string): EnvironmentError | UsageError {
  const e = error as NodeJS.ErrnoException;
  const message = `cannot write ${target}: ${e.code ?? e.message}; nothing was written`;
  return ENVIRONMENT.has(e.code ?? '') ? new EnvironmentError(message) : new UsageError(message);
}
