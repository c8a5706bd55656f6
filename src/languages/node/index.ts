// Node.js (and bun): npm, pnpm, yarn or bun; a server, a static site served by nginx, or Next.js.
import { plainNames } from '../../compose/modes.js';
import { type Choice, defineLanguage, TARGETS } from '../types.js';
import { nodeDetector } from './detect.js';
import { devMode, rebuildsOnChange } from './dev.js';
import { nodeWorkspace } from './workspace.js';
import { BUN, NODE } from './versions.js';
import { isCommand, jsProbe, nodeCommand, nodeEntry, nodeView, PMS } from './view.js';

// With bun the runtime is bun itself, so the version is bun's.
const runtime = (c: Choice) => (c.pm === 'bun' ? BUN : NODE);

export const node = defineLanguage({
  id: 'node',
  label: 'Node.js',
  pms: Object.keys(PMS),
  ecosystems: { npm: 'npm', pnpm: 'npm', yarn: 'npm', yarn1: 'npm', bun: 'bun' },
  apps: {
    server: 'server (node runs the entry)',
    static: 'static site (built, then served by nginx)',
    next: 'Next.js app (standalone output)',
  },
  finals: (app) => (app === 'static' ? ['slim', 'alpine'] : ['slim', 'alpine', 'distroless']),
  targets: (app) => (app === 'static' ? ['development', 'test', 'lint', 'audit'] : TARGETS),
  defaults: {
    runtimeVersion: (c) => runtime(c).default,
    port: (c) => (c.app === 'static' ? 8080 : 3000),
    // A static site or a Next.js app has no health route of its own: probe the home page.
    healthcheck: (c) => (c.app === 'server' ? '/health' : '/'),
    entry: (c) => (c.app === 'static' ? 'dist' : c.app === 'next' ? '.next/standalone/server.js' : 'dist/server.js'),
  },
  versions: runtime,
  examples: { runtimeVersion: NODE.default, entry: 'dist/server.js, remix-serve:build/server/index.js, ".bin/next start"' },
  entryCommands: true,
  // Dev servers (npm run dev, node --watch) reload synced sources themselves; node_modules stays the
  // image's. What the build makes is rebuilt.
  devWatch: (a, facts) =>
    rebuildsOnChange(devMode(a, facts))
      ? { sync: null, rebuild: ['.'] }
      : {
          sync: { action: 'sync', target: '/app', ignore: ['node_modules/'] },
          rebuild: plainNames(PMS[a.pm as keyof typeof PMS].manifests),
        },
  // A static app's entry is its output folder; a workspace's sits under its package (not a component).
  site: (a) => (a.app === 'static' ? `/app/${nodeEntry(a.entry)}` : null),
  devProbe: (a, url) => [a.pm === 'bun' ? 'bun' : 'node', '-e', jsProbe(url)],
  check: (a) => {
    const entry = nodeEntry(a.entry);
    // Next.js runs its standalone server.js from the folder the build puts it in.
    if (a.app === 'next' && !entry.includes('/'))
      return {
        key: 'entry',
        message: 'must be the standalone server in its build folder with --app next, e.g. .next/standalone/server.js',
      };
    // A command of the project's binaries (its words are checked by the schema), for a server or Next.js.
    if (isCommand(entry)) {
      return a.app !== 'static' && /^\.bin\/[a-z0-9][\w.-]*( |$)/.test(entry)
        ? undefined
        : {
            key: 'entry',
            message: 'as .bin/<bin> <args> runs a binary of the project with its arguments, e.g. ".bin/next start" (a server or Next.js)',
          };
    }
    // A framework server's CLI: `<bin>:<path>`, a server only.
    if (entry.includes(':') && (a.app !== 'server' || !/^[a-z0-9][\w.-]*:[^:]+$/.test(entry)))
      return {
        key: 'entry',
        message: 'as <bin>:<path> runs a package binary with the path it serves, e.g. remix-serve:build/server/index.js (a server only)',
      };
    return undefined;
  },
  // A server's entry outside what the build makes must be in the project; static sites and Next.js
  // start from their build output.
  startFile: (a, facts) => {
    if (a.app !== 'server') return undefined;
    const { file } = nodeCommand(nodeEntry(a.entry));
    if (!file) return undefined;
    return { path: file, built: file.includes('/') && (facts.builds !== false || facts.tsc === true) };
  },
  detector: nodeDetector,
  workspaces: [nodeWorkspace],
  view: nodeView,
});
