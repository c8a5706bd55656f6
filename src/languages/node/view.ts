// Values templates/node/ reads: per package manager its files and commands, the runtime (node or
// bun) and its images, and what the final stage ships and runs.
import { healthUrl } from '../probe.js';
import type { Facts } from '../../detect/types.js';
import type { WorkspaceFacts } from '../../workspace/detection.js';
import { devMode } from './dev.js';
import { locked } from './locked.js';
import { workspaceView } from './workspace-view.js';
import { type LanguageAnswers, NONROOT_USER } from '../types.js';

/**
 * How the base stage gets a package manager that the Node images no longer carry (Node 25 and
 * later ship no corepack; the Node 26 images have neither corepack nor yarn): from the npm
 * registry, at the version package.json's "packageManager" names when it matches `pattern`, else
 * at `version`. Defaults: the pnpm line that runs on every supported Node line with no native
 * binary (11 needs Node 22.13), and the newest Yarn 1 and Yarn 4, from the npm registry on
 * 2026-12-01.
 */
const fetched = (
  name: string,
  pkg: string,
  arg: string,
  version: string,
  pattern: string,
  env: string | null,
  why: string | null = null,
) => ({
  name,
  pkg,
  arg,
  version,
  pattern,
  env,
  why,
});

// Per package manager: what to copy before installing (a missing lockfile is fine), where its cache
// lives, its commands, and how it is installed when the image lacks it.
export const PMS = {
  npm: {
    // Runs a binary of the project's own dependencies.
    exec: 'npx',
    bin: 'npm',
    fetch: null,
    manifests: 'package.json package-lock.jso[n] .npmr[c]',
    cache: '/root/.npm',
    install: locked(['package-lock.json'], 'npm ci --no-audit --no-fund', 'npm install --no-audit --no-fund'),
    installProd: locked(['package-lock.json'], 'npm ci --omit=dev --no-audit --no-fund', 'npm install --omit=dev --no-audit --no-fund'),
    run: 'npm run',
    build: 'npm run build --if-present',
    audit: 'npm audit --omit=dev --audit-level=high',
  },
  pnpm: {
    // Runs a binary of the project's own dependencies.
    exec: 'pnpm exec',
    bin: 'pnpm',
    // The store lives in PNPM_HOME, which is the cache mount below.
    fetch: fetched(
      'pnpm',
      'pnpm',
      'PNPM_VERSION',
      '10.34.9',
      'pnpm@*',
      'PNPM_HOME=/pnpm NPM_CONFIG_PREFER_SYMLINKED_EXECUTABLES=true PNPM_CONFIG_PREFER_SYMLINKED_EXECUTABLES=true',
      // Checked with pnpm 9, 10 and 11: each reads one of the two names.
      "node_modules/.bin holds links to the packages' scripts, not shell wrappers, so that node runs them\n# (distroless has no shell); pnpm 9 and 10 read NPM_CONFIG_*, pnpm 11 PNPM_CONFIG_*.",
    ),
    manifests: 'package.json pnpm-lock.yam[l] pnpm-workspace.yam[l] .npmr[c]',
    cache: '/pnpm/store',
    install: locked(['pnpm-lock.yaml'], 'pnpm install --frozen-lockfile', 'pnpm install --no-frozen-lockfile'),
    installProd: locked(['pnpm-lock.yaml'], 'pnpm install --frozen-lockfile --prod', 'pnpm install --no-frozen-lockfile --prod'),
    run: 'pnpm run',
    build: 'pnpm run --if-present build',
    audit: 'pnpm audit --prod --audit-level high',
  },
  yarn: {
    // Runs a binary of the project's own dependencies.
    exec: 'yarn',
    bin: 'yarn',
    // Yarn 2 and later; a node_modules folder, so that the final stage can copy it.
    fetch: fetched('Yarn', '@yarnpkg/cli-dist', 'YARN_VERSION', '4.18.1', 'yarn@[2-9]*', 'YARN_NODE_LINKER=node-modules'),
    manifests: 'package.json yarn.loc[k] .yarnrc.ym[l] .npmr[c]',
    cache: '/root/.yarn/berry/cache',
    install: locked(['yarn.lock'], 'yarn install --immutable', 'yarn install'),
    installProd: 'yarn workspaces focus --all --production',
    run: 'yarn run',
    build: 'yarn run build',
    audit: 'yarn npm audit --environment production --severity high',
  },
  yarn1: {
    // Runs a binary of the project's own dependencies.
    exec: 'yarn',
    bin: 'yarn',
    fetch: fetched('Yarn 1', 'yarn', 'YARN_VERSION', '1.22.22', 'yarn@1.*', null),
    manifests: 'package.json yarn.loc[k] .yarnr[c] .npmr[c]',
    // Yarn 1's cache for root in these images. Two installs sharing it at once (deps and prod-deps
    // run in parallel) corrupt it, so the mount is locked.
    cache: '/usr/local/share/.cache/yarn,sharing=locked',
    install: locked(['yarn.lock'], 'yarn install --frozen-lockfile --non-interactive', 'yarn install --non-interactive'),
    installProd: locked(
      ['yarn.lock'],
      'yarn install --frozen-lockfile --non-interactive --production',
      'yarn install --non-interactive --production',
    ),
    run: 'yarn run',
    build: 'yarn run build',
    audit: 'yarn audit --groups dependencies --level high',
  },
  bun: {
    // Runs a binary of the project's own dependencies.
    exec: 'bunx',
    bin: 'bun',
    fetch: null,
    manifests: 'package.json bun.loc[k] bun.lock[b] .npmr[c]',
    cache: '/root/.bun/install/cache',
    install: locked(['bun.lock', 'bun.lockb'], 'bun install --frozen-lockfile', 'bun install'),
    installProd: locked(['bun.lock', 'bun.lockb'], 'bun install --frozen-lockfile --production', 'bun install --production'),
    run: 'bun run',
    build: 'bun run build',
    audit: 'bun audit',
  },
} as const;

type Pm = keyof typeof PMS;

/**
 * The test stage of a project with no test script runs one once there is one, so that its pipelines
 * pass until then. Yarn's run has no --if-present: npm runs the same scripts (node_modules/.bin on
 * PATH). bun's --if-present runs a binary of the name instead (/usr/bin/test, checked with bun 1.4):
 * bun reads package.json itself.
 */
const TEST_IF_PRESENT: Record<Pm, string> = {
  npm: 'npm run test --if-present',
  pnpm: 'pnpm run --if-present test',
  yarn: 'npm run test --if-present',
  yarn1: 'npm run test --if-present',
  bun: `if bun -e "process.exit(require('./package.json').scripts?.test ? 0 : 1)"; then bun run test; else echo 'package.json has no test script yet'; fi`,
};

/** The test stage's command: the test script, or, without one, the script once there is one. */
const testCommand = (pm: Pm, hasScript: boolean, ws: { run: string; testIfPresent: string } | null) =>
  hasScript ? `${ws?.run ?? PMS[pm].run} test` : (ws?.testIfPresent ?? TEST_IF_PRESENT[pm]);

/** A one-line JavaScript probe for node and bun: exit 0 on a 2xx/3xx answer. */
export const jsProbe = (url: string) => `fetch('${url}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`;

// Images, Debian 13 where the family publishes it. node: nodejs/docker-node versions.json
// (`<major>-trixie-slim`, `<major>-alpine`); distroless: nodejs/config.bzl (`nodejs<major>-debian13`);
// oven/bun: its release workflow (`<line>-slim` is trixie since 1.3.4, `-alpine`, `-distroless`).
// Checked 2026-12-01.
function runtime(a: LanguageAnswers) {
  const alpine = a.final === 'alpine';
  if (a.pm === 'bun') {
    return {
      versionArg: 'BUN_VERSION',
      versionDep: 'oven/bun',
      baseImage: `oven/bun:\${BUN_VERSION}-${alpine ? 'alpine' : 'slim'}`,
      distrolessImage: 'oven/bun:${BUN_VERSION}-distroless',
      bin: 'bun',
      quiet: null,
      inspect: '--inspect=0.0.0.0:6499',
      debugPort: 6499,
    };
  }
  return {
    versionArg: 'NODE_VERSION',
    versionDep: 'node',
    baseImage: `node:\${NODE_VERSION}-${alpine ? 'alpine' : 'trixie-slim'}`,
    distrolessImage: 'gcr.io/distroless/nodejs${NODE_VERSION}-debian13:nonroot',
    bin: 'node',
    // pnpm reads npm's settings from the environment too.
    quiet: 'NPM_CONFIG_UPDATE_NOTIFIER=false',
    inspect: '--inspect=0.0.0.0:9229',
    debugPort: 9229,
  };
}

export const nodeEntry = (entry: string) => entry.replace(/^(\.\/)+/, '');

/** `.bin/next start`: a command of the project's own binaries, run with the whole built app. */
export const isCommand = (entry: string) => entry.startsWith('.bin/');

/**
 * What the runtime runs for an entry: the file itself; for `<bin>:<path>` (a framework server's
 * CLI, such as remix-serve) the package's binary from node_modules/.bin with the path it serves;
 * for `.bin/<bin> <args>` that binary with its arguments, and no file of its own.
 */
export function nodeCommand(entry: string): { file: string | undefined; args: string[] } {
  if (isCommand(entry)) {
    const [bin, ...args] = entry.split(' ');
    return { file: undefined, args: [`node_modules/${bin}`, ...args] };
  }
  const colon = entry.indexOf(':');
  if (colon < 0) return { file: entry, args: [entry] };
  const file = nodeEntry(entry.slice(colon + 1));
  return { file, args: [`node_modules/.bin/${entry.slice(0, colon)}`, file] };
}

export function nodeView(a: LanguageAnswers, facts: Facts) {
  const rt = runtime(a);
  const distroless = a.final === 'distroless';
  // distroless images have no PATH lookup to rely on: call the runtime by its absolute path.
  const bin = distroless ? (a.pm === 'bun' ? '/usr/local/bin/bun' : '/nodejs/bin/node') : rt.bin;
  // `./server.js` is `server.js`: the final stage copies by folder.
  const entry = nodeEntry(a.entry);
  const { file, args } = nodeCommand(entry);
  const slash = file?.indexOf('/') ?? -1;
  // node's own options from scripts.start; bun takes none of them.
  const flags = a.pm === 'bun' ? [] : ((facts.nodeFlags as string[] | undefined) ?? []);
  const isStatic = a.app === 'static';
  const next = a.app === 'next';
  // A built entry (dist/server.js) ships its output folder. An entry in a folder the build does
  // not make (src/server.js, no build script) ships the sources, as does an entry at the root.
  // Next.js ships its own folders (standalone, static).
  const outDir = !next && slash > 0 && (facts.builds !== false || facts.tsc === true) ? file!.slice(0, slash) : null;
  // A command names no file: the final stage ships the whole built app.
  const wholeApp = isCommand(entry);
  const ws = facts.workspace as WorkspaceFacts | undefined;
  const workspace = ws ? workspaceView(a.pm, ws, outDir) : null;
  return {
    ...rt,
    static: isStatic,
    next,
    wholeApp,
    tool: PMS[a.pm as Pm],
    finalImage: distroless ? rt.distrolessImage : rt.baseImage,
    entry,
    outDir,
    workspace,
    // The stages that need the sources take turbo prune's, not the whole context.
    prunedSources: ws?.runner === 'Turborepo',
    // Where the package is under /app: a workspace package keeps its folder.
    home: ws ? `/app/${ws.dir}` : '/app',
    // No build script, but a tsconfig with an outDir: the build is tsc. With neither, nothing runs
    // (yarn and bun have no --if-present).
    build: facts.tsc === true ? `${PMS[a.pm as Pm].exec} tsc` : facts.builds === false ? null : PMS[a.pm as Pm].build,
    // Nitro's output (Nuxt) carries the modules its server uses: no node_modules beside it.
    prodDeps: (a.app === 'server' || wholeApp) && !entry.startsWith('.output/'),
    // The port the app is probed on, for the servers that read PORT (and HOST, where one binds
    // localhost by default), so that --port moves the server too.
    listenEnv: `${facts.bindAll === true ? 'HOST=0.0.0.0 ' : ''}PORT=${a.port}`,
    // Next.js: the entry is the standalone server.js; its folder becomes /app.
    standaloneDir: next ? entry.slice(0, entry.lastIndexOf('/')) : null,
    entrypoint: [bin, ...flags, ...(next && !wholeApp ? [entry.slice(entry.lastIndexOf('/') + 1)] : args)],
    debugCommand: [rt.bin, rt.inspect, ...flags, ...args],
    dev: devView(a, facts, [rt.bin, ...flags, ...args]),
    test: testCommand(a.pm as Pm, facts.testScript !== false, workspace),
    probe: isStatic
      ? ['curl', '-fsS', '-o', '/dev/null', healthUrl(a.port, a.healthcheck)]
      : [bin, '-e', jsProbe(healthUrl(a.port, a.healthcheck))],
    secretId: 'npmrc',
    // Numeric ids, so that Kubernetes' runAsNonRoot can verify them: node/bun 1000, nginx 101.
    runUser: isStatic ? '101' : distroless ? NONROOT_USER : '1000:1000',
    // The node and bun images' own non-root user.
    debugUser: '1000:1000',
    // nginx/docker-nginx-unprivileged: `<version>-trixie` and `<version>-alpine`; 1.30 is the stable
    // line (checked 2026-12-01).
    nginxVersion: '1.30',
    nginxImage: `nginxinc/nginx-unprivileged:\${NGINX_VERSION}-${a.final === 'alpine' ? 'alpine' : 'trixie'}`,
    defaultNginxPort: a.port === 8080,
  };
}

/**
 * The development stage: the stage it starts from and its command (see DevMode). A site's dev server
 * (Vite, Astro, VitePress, Angular, Docusaurus) listens on localhost and a port of its own unless
 * told: --host and --port, which npm passes on after `--` and the other tools as they are. Flags read
 * on 2026-12-01 from vite.dev/guide/cli, docs.astro.build/en/reference/cli-reference (astro dev),
 * docusaurus.io/docs/cli (docusaurus start), angular.dev/cli/serve; VitePress hands its options to
 * Vite's server (vitepress src/node/cli.ts); Rsbuild 2.3.2, Parcel 2.16.4, Rspack 2.2.8 and
 * webpack-dev-server 5.2.7 from their CLI help, Rsbuild, Rspack and webpack (6.1.0 too) run with them.
 * Eleventy takes only --port (sites.ts). Vite and pnpm checked in the engine.
 */
function devView(a: LanguageAnswers, facts: Facts, start: string[]) {
  const pm = PMS[a.pm as Pm];
  const mode = devMode(a, facts);
  const host = facts.devHost === false ? [] : ['--host', '0.0.0.0'];
  const siteFlags = [...(a.pm === 'npm' ? ['--'] : []), ...host, '--port', String(a.port)];
  const [bin, ...args] = start;
  const commands = {
    script: [pm.bin, 'run', (facts.devScript as string | undefined) ?? 'dev', ...(a.app === 'static' ? siteFlags : [])],
    next: [...pm.exec.split(' '), 'next', 'dev'],
    watch: [bin!, '--watch', ...args],
    built: start,
    site: null,
  };
  const why = {
    script: 'Dev server with all dependencies; mount the source over /app for live reload.',
    next: "No dev script in package.json: Next.js's dev server, with all dependencies, reloads the sources.",
    watch: `No dev script in package.json: the app's own command, restarted by ${bin} --watch when a source changes.`,
    built: 'No dev script in package.json, and the build makes what the app runs: a change rebuilds this stage.',
    site: null,
  };
  return {
    site: mode === 'site',
    from: mode === 'built' ? 'build' : 'deps',
    fromBuild: mode === 'built',
    command: commands[mode],
    why: why[mode],
  };
}
