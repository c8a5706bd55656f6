// The I/O edge of workspaces: walks up from a folder to the workspace root that lists it, no
// further than the repository root (the folder holding .git), and reads the members' manifests.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { yamlParser } from '../detect/index.js';
import { languageList } from '../languages/index.js';
import type { Member, Parsers, Workspace, WorkspaceKind } from './types.js';

const MAX_BYTES = 256 * 1024;

const workspaceKinds = () => languageList().flatMap((l) => l.workspaces ?? []);

/** What can declare a workspace, for messages: go.work, <modules> in pom.xml… */
export const workspaceFiles = () =>
  workspaceKinds()
    .map((k) => k.declaredBy)
    .join(', ');

/** A file's text, its head only when it is large (a lockfile read for its presence). */
const read = async (path: string) => (await readFile(path, 'utf8').catch(() => undefined))?.slice(0, MAX_BYTES);
const someExists = async (dir: string, files: readonly string[]) =>
  (await Promise.all(files.map((f) => exists(join(dir, f))))).some(Boolean);
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Parsers are large modules: each is loaded only for a root with a file of its format. */
export async function parsersFor(files: string[]): Promise<Parsers> {
  const has = (extension: RegExp) => files.some((f) => extension.test(f));
  const none = () => undefined;
  const toml = has(/\.toml$/)
    ? await import('smol-toml').then(({ parse }) => (text: string) => {
        try {
          return parse(text) as Record<string, unknown>;
        } catch {
          return undefined;
        }
      })
    : none;
  return { yaml: has(/\.ya?ml$/) ? await yamlParser() : () => [], toml };
}

/**
 * `texts`: the root files of every kind in this folder, read at once. `implicit`: whether a
 * workspace no file declares may be looked for here (see WorkspaceKind).
 */
async function workspaceAt(
  root: string,
  kind: WorkspaceKind,
  texts: ReadonlyMap<string, string | undefined>,
  implicit: boolean,
): Promise<Workspace | undefined> {
  const files = new Map(kind.rootFiles.flatMap((f) => (texts.get(f) === undefined ? [] : [[f, texts.get(f)!] as const])));
  const declared = files.size ? kind.root(files, await parsersFor([...files.keys()])) : undefined;
  const patterns = declared?.patterns ?? (implicit ? ['**'] : []);
  if (!patterns.length) return undefined;
  const members = await membersOf(root, kind, patterns, await parsersFor([...kind.memberFiles]));
  if (declared) return { tool: declared.tool, file: declared.file, ...(declared.runner && { runner: declared.runner }), root, members };
  return members.length > 1 ? { ...kind.implicit!, root, members } : undefined;
}

async function membersOf(root: string, kind: WorkspaceKind, patterns: string[], parsers: Parsers): Promise<Member[]> {
  // Loaded only for a workspace root: most runs never need it.
  const { glob } = await import('tinyglobby');
  const manifests = await glob(
    patterns.flatMap((p) => (p.startsWith('!') ? [`${p}/**`] : kind.memberFiles.map((f) => `${p}/${f}`))),
    { cwd: root, ignore: ['**/node_modules/**', '**/vendor/**', '**/testdata/**'], followSymbolicLinks: false },
  );
  const members: Member[] = [];
  const seen = new Set<string>();
  for (const manifest of manifests.sort()) {
    const dir = dirname(manifest);
    if (seen.has(dir)) continue;
    seen.add(dir);
    const text = await read(join(root, manifest));
    const member = text === undefined || dir === '.' ? undefined : kind.member(dir, text, parsers);
    if (member) members.push(member);
  }
  return members;
}

/**
 * The workspace whose root is `dir` or an ancestor of it that lists it as a member; null when there
 * is none. Stops at the repository root. `named`: a package was named (--workspace), so a
 * repository root may be an undeclared workspace's too.
 */
export async function findWorkspace(dir: string, named = false): Promise<Workspace | null> {
  const kinds = workspaceKinds();
  const names = [...new Set(kinds.flatMap((k) => k.rootFiles))];
  for (let root = dir; ; root = dirname(root)) {
    const [repositoryRoot, contents] = await Promise.all([exists(join(root, '.git')), Promise.all(names.map((f) => read(join(root, f))))]);
    const texts = new Map(names.map((f, i) => [f, contents[i]]));
    for (const kind of kinds) {
      // Undeclared workspaces are looked for only at the repository root, from a member (a folder
      // with go.mod) or with a package named, and when the root is no member itself: nothing else
      // pays for the search.
      const implicit =
        kind.implicit !== undefined &&
        repositoryRoot &&
        (root === dir ? named : await someExists(dir, kind.memberFiles)) &&
        !(await someExists(root, kind.memberFiles));
      const workspace = await workspaceAt(root, kind, texts, implicit);
      const rel = relative(root, dir).split(sep).join('/');
      if (workspace && (rel === '' || workspace.members.some((m) => m.dir === rel))) return workspace;
    }
    if (dirname(root) === root || repositoryRoot) return null;
  }
}
