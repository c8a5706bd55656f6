// Values the Node templates read for a workspace package: its closure (the members it needs) is
// installed from the workspace's manifests alone, built in order, and shipped without its siblings.
import type { WorkspaceFacts } from '../../workspace/detection.js';
import { locked } from './locked.js';

/** Per workspace tool: the files an install reads, and how it selects the package and what it needs. */
function commands(tool: string, ws: WorkspaceFacts) {
  if (tool === 'pnpm') {
    // `<name>...` is the package and every package it depends on; `.` adds the root's (shared dev tools).
    const select = `--filter "${ws.name}..."`;
    // No `pnpm fetch` first: an offline install after it links every package of the lockfile into
    // node_modules/.pnpm, the siblings' too. A filtered install links only what is selected.
    const install = (flags: string, selected: string) =>
      locked(
        ['pnpm-lock.yaml'],
        `pnpm install --frozen-lockfile${flags} ${selected}`,
        `pnpm install --no-frozen-lockfile${flags} ${selected}`,
      );
    return {
      manifests: ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc'],
      install: install('', `${select} --filter .`),
      installProd: install(' --prod', select),
      build: `pnpm ${select} --if-present run build`,
      // `<name>^...`: what the package depends on, without the package.
      buildNeeded: `pnpm --filter "${ws.name}^..." --if-present run build`,
      run: `pnpm --filter "${ws.name}" run`,
      testIfPresent: `pnpm --filter "${ws.name}" run --if-present test`,
    };
  }
  if (tool === 'yarn') {
    // focus installs the named workspaces and what they depend on, with node_modules (YARN_NODE_LINKER).
    const names = ws.closure.map((m) => m.name).join(' ');
    return {
      // With them, the Yarn release and plugins .yarnrc.yml may point to.
      manifests: ['package.json', 'yarn.lock', '.yarnrc.yml', '.npmrc', './.yarn/releases/*', './.yarn/plugins/*'],
      install: `yarn workspaces focus ${names}`,
      installProd: `yarn workspaces focus --production ${names}`,
      // In the package and the workspaces it depends on, dependencies first.
      build: `yarn workspaces foreach --recursive --topological --from ${ws.name} run build`,
      buildNeeded: `yarn workspaces foreach --recursive --topological --from ${ws.name} --exclude ${ws.name} run build`,
      run: `yarn workspace ${ws.name} run`,
      // Yarn's run has no --if-present: npm reads the same workspaces and runs the same scripts.
      testIfPresent: `npm run -w ${ws.dir} test --if-present`,
    };
  }
  const select = ws.closure.map((m) => `-w ${m.dir}`).join(' ');
  // The root's own dependencies too: workspaces keep shared dev tools there.
  const install = (flags: string) =>
    locked(
      ['package-lock.json'],
      `npm ci${flags} --no-audit --no-fund --include-workspace-root ${select}`,
      `npm install${flags} --no-audit --no-fund --include-workspace-root ${select}`,
    );
  return {
    manifests: ['package.json', 'package-lock.json', '.npmrc'],
    install: install(''),
    installProd: install(' --omit=dev'),
    build: `npm run build --if-present ${select}`,
    buildNeeded: `npm run build --if-present ${ws.closure
      .filter((m) => m.dir !== ws.dir)
      .map((m) => `-w ${m.dir}`)
      .join(' ')}`,
    run: `npm run -w ${ws.dir}`,
    testIfPresent: `npm run -w ${ws.dir} test --if-present`,
  };
}

// The newest turbo on the npm registry (2026-12-01); a turbo the project pins in devDependencies wins.
const TURBO_VERSION = '2.11.11';

/** `outDir`: the package's own build output folder, as the entry says (the members' come from their main). */
export function workspaceView(tool: string, ws: WorkspaceFacts, outDir: string | null) {
  const members = ws.closure.map((m) => (m.dir === ws.dir ? { dir: m.dir, outDir } : m));
  const dirs = members.map((m) => m.dir).join(' ');
  const cmd = commands(tool, ws);
  const turbo = ws.runner === 'Turborepo';
  return {
    ...cmd,
    // The stages that run the sources (test, lint, a dev server) build what the package needs first:
    // its build output is left out of the context, and their main may point into it.
    buildNeeded: ws.closure.length > 1 ? cmd.buildNeeded : null,
    dir: ws.dir,
    name: ws.name,
    // Turborepo's users expect `turbo prune --docker`: its pruned sources replace the whole context.
    turbo,
    turboVersion: TURBO_VERSION,
    members,
    // find's test for the files the install reads, wherever they are in the tree.
    collect: cmd.manifests.map((f) => (f.startsWith('./') ? `-path '${f}'` : `-name ${f}`)).join(' -o '),
    // The production tree: the root's node_modules and each member's own.
    assemble: `mkdir -p node_modules /prod && cp -a node_modules /prod/ && for d in ${dirs}; do if [ -d "$d/node_modules" ]; then mkdir -p "/prod/$d" && cp -a "$d/node_modules" "/prod/$d/"; fi; done`,
  };
}
