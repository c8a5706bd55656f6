// The I/O edge of components: the folders of a repository, two levels deep, that hold a manifest of
// a known language, each detected and classified. A folder inside a component is part of it.
import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { detectWithFiles } from '../detect/index.js';
import { languageList } from '../languages/index.js';
import { classify } from './classify.js';
import type { Component } from './types.js';

/** Folders that hold dependencies, build output, caches or tooling, never a component. */
const SKIP = new Set(['node_modules', 'dist', 'build', 'target', 'vendor', 'venv', 'out', 'coverage', '__pycache__']);
const DEPTH = 2;

const subfolders = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !SKIP.has(d.name))
    .map((d) => d.name)
    .sort();

/** Folders (relative, forward slashes) with a manifest, not descending into one that has one. */
async function manifestFolders(root: string, manifests: ReadonlySet<string>, rel = '', depth = 0): Promise<string[]> {
  if (depth === DEPTH) return [];
  const found: string[] = [];
  for (const name of await subfolders(join(root, rel))) {
    const path = rel ? posix.join(rel, name) : name;
    const entries = await readdir(join(root, path)).catch(() => [] as string[]);
    if (entries.some((e) => manifests.has(e))) found.push(path);
    else found.push(...(await manifestFolders(root, manifests, path, depth + 1)));
  }
  return found;
}

/** The deployable components under a repository root (not the root itself), named after their folders. */
export async function findComponents(root: string): Promise<Component[]> {
  const components: Omit<Component, 'name'>[] = [];
  const manifests = new Set(languageList().flatMap((l) => l.detector.manifests));
  for (const dir of await manifestFolders(root, manifests)) {
    const { files, detection } = await detectWithFiles(join(root, dir));
    const component = classify(dir, detection, files);
    if (component) components.push(component);
  }
  return components.map((c) => ({ name: nameOf(c.dir, components), ...c }));
}

/** The folder's own name, lower-cased for Docker and Compose; with its parent's when two share it. */
function nameOf(dir: string, all: { dir: string }[]): string {
  const base = (d: string) => posix.basename(d);
  const shared = all.filter((c) => base(c.dir) === base(dir)).length > 1;
  return (shared ? dir.replaceAll('/', '-') : base(dir)).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}
