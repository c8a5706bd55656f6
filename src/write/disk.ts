// The I/O edge: reading what exists and writing a plan all-or-nothing.
import { randomBytes } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
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

/**
 * Writes every file or none: each goes to a temporary sibling first, and only when all of them are
 * written are they renamed into place (a rename never leaves a truncated file). If a rename fails,
 * the files already replaced are restored from their backups and new ones removed.
 */
export async function writeAll(dir: string, files: PlannedFile[]): Promise<void> {
  await removeStaleTemps(dir, files);
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
  const done: typeof staged = [];
  try {
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
    await Promise.all(staged.map((s) => (s.backup ? fs.remove(s.backup) : undefined)));
  }
}

const TEMP_MARK = '.create-multistage-tmp-';

/** Temporary siblings left by a run that was killed before its renames. */
async function removeStaleTemps(dir: string, files: PlannedFile[]): Promise<void> {
  for (const folder of new Set(files.map((f) => dirname(join(dir, f.path))))) {
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
