// npm and pnpm workspaces: `workspaces` in the root package.json, or pnpm-workspace.yaml.
import type { Member, WorkspaceKind } from '../../workspace/types.js';
import { isCommand } from './view.js';

const json = (text: string | undefined): Record<string, unknown> | undefined => {
  try {
    const value: unknown = text === undefined ? undefined : JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The first path a main or exports field names, e.g. ./dist/index.js. */
function entryOf(pkg: Record<string, unknown>): string | undefined {
  const first = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') for (const inner of Object.values(value)) if (first(inner)) return first(inner);
    return undefined;
  };
  return first(pkg.main) ?? first(pkg.exports);
}

/** Task runners over npm and pnpm workspaces; Turborepo's `turbo prune` then shapes the build. */
const RUNNERS = [
  { name: 'Turborepo', file: 'turbo.json' },
  { name: 'Nx', file: 'nx.json' },
];

export const nodeWorkspace: WorkspaceKind = {
  declaredBy: 'workspaces in package.json, pnpm-workspace.yaml',
  rootFiles: ['package.json', 'pnpm-workspace.yaml', 'yarn.lock', 'turbo.json', 'nx.json'],
  root(files, { yaml }) {
    const runner = RUNNERS.find((r) => files.has(r.file));
    const pnpm = files.get('pnpm-workspace.yaml');
    if (pnpm !== undefined) {
      const [doc] = yaml(pnpm) as [{ packages?: unknown } | undefined];
      const patterns = strings(doc?.packages);
      // Since pnpm 10 the file also holds settings (allowBuilds) for a project on its own.
      return patterns.length ? { patterns, file: 'pnpm-workspace.yaml', tool: 'pnpm', ...(runner && { runner }) } : undefined;
    }
    const workspaces = json(files.get('package.json'))?.workspaces;
    // An array, or Yarn 1's { packages: [...] }.
    const patterns = strings(Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages);
    // The same field declares Yarn's workspaces: its lockfile tells them apart (Yarn 1's has no
    // __metadata header).
    const yarn = files.get('yarn.lock');
    const tool = yarn === undefined ? 'npm' : /^__metadata:/m.test(yarn) ? 'yarn' : 'yarn1';
    return patterns.length ? { patterns, file: 'package.json', tool, ...(runner && { runner }) } : undefined;
  },
  // Next.js's standalone output nests the workspace's layout under .next/standalone.
  refuse: ({ app, pm, entry }) =>
    app === 'next'
      ? { key: 'app', message: 'is not supported for a package of a workspace yet (Next.js standalone output)' }
      : isCommand(entry)
        ? { key: 'entry', message: 'is not supported for a package of a workspace yet: name the file the app starts from' }
        : pm === 'npm' || pm === 'pnpm' || pm === 'yarn'
          ? undefined
          : { key: 'pm', message: 'is not supported for a workspace yet: npm, pnpm and Yarn (2 and later) workspaces are' },
  memberFiles: ['package.json'],
  member(dir, text): Member | undefined {
    const pkg = json(text);
    if (typeof pkg?.name !== 'string') return undefined;
    const deps = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) =>
      Object.keys((pkg[field] as object | undefined) ?? {}),
    );
    const entry = entryOf(pkg)?.replace(/^(\.\/)+/, '');
    const slash = entry?.lastIndexOf('/') ?? -1;
    return { dir, name: pkg.name, deps: [...new Set(deps)], outDir: entry && slash > 0 ? entry.slice(0, slash) : null };
  },
};
