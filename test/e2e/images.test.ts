// Every generated Dockerfile that can be built offline, built and run in a real Docker engine
// against the stand-in base images (test/e2e/standins). Generated Dockerfiles are used as written,
// with one exception: the first-line `# syntax=` directive is stripped, because it makes BuildKit
// pull the frontend image from Docker Hub, which is unreachable here.
//
// The stand-ins are Debian 13 with each runtime's current line: Node 26 (like the official image,
// with neither corepack nor yarn, so pnpm and Yarn 1 come from the Dockerfile itself), Go 1.27,
// Python 3.13 (with a local wheel index for build backends), Java 25, and bun 1.4's real binary.
//
// Not built here (covered by snapshots and lint only), because their base images or package
// sources cannot be reached offline: Alpine finals (no apk mirror), uv
// (ghcr.io/astral-sh/uv), poetry, pdm, pipenv and pytest/ruff/pip-audit/debugpy (PyPI), gradle
// (Gradle plugin portal and image), govulncheck and Delve (Go module proxy).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { answer, build, docker, engineProblem, imageFiles, must, processUids, steps, waitHealthy } from './support/docker.js';
import { componentsSuite } from './components.js';
import { composeSuite } from './compose.js';
import { corpusSuite } from './corpus.js';
import { devTargetsSuite } from './dev-targets.js';
import { asBerryProject, WORKSPACE_CASES, workspaceSuite } from './workspaces.js';

const APPS = resolve(import.meta.dirname, '../apps');
const problem = engineProblem();
if (problem && process.env.REQUIRE_DOCKER === '1') throw new Error(`REQUIRE_DOCKER=1 but ${problem}`);

interface Case {
  name: string;
  /** A folder of test/apps, or a starter's folder (see STARTERS). */
  app: string;
  flags: string[];
  body: string;
  /** A file whose change must rebuild only source steps, and how a comment starts in it. */
  source: string;
  comment: string;
  /** The dependency step that must stay CACHED after a source change (none: the project has none). */
  install?: RegExp;
  /** Paths that must not be in the final image. */
  absent: RegExp[];
  /** When set, every path of the final image must match one of these (Docker's own mount points aside). */
  only?: RegExp[];
  /** The image was generated without a HEALTHCHECK: the run test waits for the port instead. */
  noHealthcheck?: boolean;
  /** A failing test to drop in, proving that the test stage fails the build. */
  failingTest?: { file: string; content: string };
  /** Turns the copied sample into a project of this case's build tool. */
  prepare?: (dir: string) => void;
  /** A manifest line to add, which must rerun the dependency step. */
  manifest?: { file: string; line: string };
  /** What generation must warn about (in --json's warnings; nothing when unset). */
  warning?: RegExp;
}

/** pnpm as a project pins it: the packageManager field, and a lockfile made from npm's by `pnpm import`. */
function asPnpmProject(dir: string): void {
  const path = join(dir, 'package.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), packageManager: `pnpm@${PNPM}` }, null, 2));
  const r = spawnSync('npx', ['--yes', `pnpm@${PNPM}`, 'import'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pnpm import failed:\n${r.stdout}${r.stderr}`);
}

const PNPM = '9.15.9';

/** Yarn 1 as a project pins it: the packageManager field, and a yarn.lock that Yarn 1 itself wrote. */
function asYarn1Project(dir: string): void {
  const path = join(dir, 'package.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), packageManager: `yarn@${YARN1}` }, null, 2));
  const r = spawnSync('npx', ['--yes', `yarn@${YARN1}`, 'install', '--ignore-scripts', '--non-interactive'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`yarn install failed:\n${r.stdout}${r.stderr}`);
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  rmSync(join(dir, 'package-lock.json'), { force: true });
}

const YARN1 = '1.22.22';

/** bun as a project has it: a bun.lock that bun itself wrote, and no npm lockfile. */
function asBunProject(dir: string): void {
  rmSync(join(dir, 'package-lock.json'), { force: true });
  const r = spawnSync('npx', ['--yes', `bun@${BUN}`, 'install', '--lockfile-only'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bun install failed:\n${r.stdout}${r.stderr}`);
}

const BUN = '1.4.5';

const COMPILERS = [
  /^\/usr\/(local\/)?bin\/(gcc|cc|go|javac|mvn)$/,
  /^\/usr\/local\/go\//,
  /^\/usr\/lib\/go/,
  /\/\.m2\//,
  /\/\.cache\/go-build/,
  /\/\.npm\//,
];

/**
 * Starters written by others and published on the npm registry: create-vite's templates, unpacked
 * once. Each is generated with --yes and nothing else (no lockfile: a plain install and a warning),
 * built, and served by nginx.
 */
const CREATE_VITE = '9.3.0';
const STARTERS = ['vanilla', 'vanilla-ts', 'react', 'react-ts', 'vue', 'vue-ts', 'svelte', 'preact', 'lit', 'solid'];
const starters = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'cms-starters-'));
  const packed = spawnSync('npm', ['pack', `create-vite@${CREATE_VITE}`, '--pack-destination', dir, '--silent'], { encoding: 'utf8' });
  if (packed.status !== 0) return null;
  spawnSync('tar', ['-xzf', join(dir, packed.stdout.trim().split('\n').pop()!), '-C', dir]);
  return join(dir, 'package');
})();

const CASES: Case[] = [
  ...STARTERS.map((template) => ({
    name: `vite-${template}-static`,
    app: join(starters ?? '/nonexistent', `template-${template}`),
    flags: [],
    // Every built page loads its bundle as a module.
    body: '<script type="module"',
    source: 'index.html',
    comment: '<!--',
    install: /\[deps \d+\/\d+\] RUN .*npm install/,
    absent: [...COMPILERS, /node_modules/, /^\/usr\/(local\/)?bin\/node$/],
    warning: /^no lockfile /,
  })),
  ...(['slim', 'distroless'] as const).map((final) => ({
    name: `node-npm-${final}`,
    app: 'node-server',
    flags: [
      '--lang',
      'node',
      '--pm',
      'npm',
      '--runtime-version',
      '26',
      '--final',
      final,
      '--targets',
      'test,lint,development,debug',
      '--healthcheck',
      '/health',
    ],
    body: 'hello from node',
    source: 'src/server.js',
    comment: '//',
    failingTest: {
      file: 'test/server_test.js',
      content: "require('node:test')('fails', () => { throw new Error('broken on purpose'); });\n",
    },
    install: /\[deps \d+\/\d+\] RUN .*npm ci/,
    absent: [...COMPILERS, ...(final === 'distroless' ? [/\/bin\/npm$/, /^\/bin\/sh$/] : []), /node_modules\/(is-odd|is-number)\//],
  })),
  ...(['slim', 'distroless'] as const).map((final) => ({
    name: `node-pnpm-${final}`,
    app: 'node-server',
    flags: [
      '--lang',
      'node',
      '--pm',
      'pnpm',
      '--runtime-version',
      '26',
      '--final',
      final,
      '--targets',
      'test,lint',
      '--healthcheck',
      '/health',
    ],
    body: 'hello from node',
    source: 'src/server.js',
    comment: '//',
    install: /\[deps \d+\/\d+\] RUN .*pnpm install --frozen-lockfile/,
    absent: [
      ...COMPILERS,
      ...(final === 'distroless' ? [/\/bin\/(npm|pnpm)$/, /^\/bin\/sh$/] : []),
      /node_modules\/(\.pnpm\/)?(is-odd|is-number)[@/]/,
    ],
    prepare: asPnpmProject,
  })),
  // Yarn 1 on Node 26, whose image has neither corepack nor yarn: the Dockerfile brings its own.
  {
    name: 'node-yarn1-slim',
    app: 'node-server',
    flags: [
      '--lang',
      'node',
      '--pm',
      'yarn1',
      '--runtime-version',
      '26',
      '--final',
      'slim',
      '--targets',
      'test',
      '--healthcheck',
      '/health',
    ],
    body: 'hello from node',
    source: 'src/server.js',
    comment: '//',
    install: /\[deps \d+\/\d+\] RUN .*yarn install --frozen-lockfile/,
    absent: [...COMPILERS, /node_modules\/(is-odd|is-number)\//, /\/usr\/local\/share\/\.cache\/yarn/],
    prepare: asYarn1Project,
  },
  // Yarn Berry on Node 26, from the npm registry (@yarnpkg/cli-dist), with a node_modules linker.
  {
    name: 'node-yarn-berry-slim',
    app: 'node-server',
    flags: [
      '--lang',
      'node',
      '--pm',
      'yarn',
      '--runtime-version',
      '26',
      '--final',
      'slim',
      '--targets',
      'test',
      '--healthcheck',
      '/health',
    ],
    body: 'hello from node',
    source: 'src/server.js',
    comment: '//',
    install: /\[deps \d+\/\d+\] RUN .*yarn install --immutable/,
    absent: [...COMPILERS, /node_modules\/(is-odd|is-number)\//, /\.yarn\/berry\/cache/],
    prepare: asBerryProject,
  },
  // bun as the runtime (its own scripts run node through bun), on slim and distroless.
  ...(['slim', 'distroless'] as const).map((final) => ({
    name: `node-bun-${final}`,
    app: 'node-server',
    flags: ['--lang', 'node', '--pm', 'bun', '--runtime-version', '1.4', '--final', final, '--targets', '', '--healthcheck', '/health'],
    body: 'hello from node',
    source: 'src/server.js',
    comment: '//',
    install: /\[deps \d+\/\d+\] RUN .*bun install --frozen-lockfile/,
    absent: [...COMPILERS, /node_modules\/(is-odd|is-number)\//, /\/\.bun\/install\/cache/],
    prepare: asBunProject,
  })),
  // No lockfile (a plain install, and a warning), and no production dependencies: with none at all,
  // and with development ones only, the final stage still gets its node_modules folder.
  ...(['none', 'dev-only'] as const).map((deps) => ({
    name: `node-npm-nolock-${deps}`,
    app: 'node-plain',
    flags: ['--lang', 'node', '--pm', 'npm', '--runtime-version', '26', '--final', 'slim', '--targets', '', '--entry', 'server.js'],
    body: 'hello from plain node',
    source: 'server.js',
    comment: '//',
    // Not built: the final stage takes production dependencies only, so prod-deps is the install.
    install: /\[prod-deps \d+\/\d+\] RUN .*npm install --omit=dev/,
    absent: [...COMPILERS, /node_modules\/(is-odd|is-number)\//],
    warning: /^no lockfile .* not reproducible; commit one$/,
    ...(deps === 'dev-only' && {
      prepare: (dir: string) => {
        const path = join(dir, 'package.json');
        writeFileSync(
          path,
          JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), devDependencies: { 'is-odd': '^3.0.1' } }, null, 2),
        );
      },
    }),
  })),
  // Plain JavaScript with its entry in src/ and no build script: src/ ships as source.
  {
    name: 'node-src-express-slim',
    app: 'node-src',
    flags: ['--lang', 'node', '--pm', 'npm', '--runtime-version', '26', '--final', 'slim', '--targets', '', '--healthcheck', '/health'],
    body: 'hello from express in src',
    source: 'src/server.js',
    comment: '//',
    install: /\[prod-deps \d+\/\d+\] RUN .*npm ci --omit=dev/,
    absent: [...COMPILERS],
  },
  // A React Router framework app as its template has it, generated from detection alone: built with
  // react-router build, served by react-router-serve from node_modules/.bin, probed at /.
  {
    name: 'node-react-router-slim',
    app: 'node-react-router',
    flags: ['--targets', ''],
    body: 'hello from react router',
    source: 'app/routes/home.jsx',
    comment: '//',
    install: /\[deps \d+\/\d+\] RUN .*npm ci/,
    absent: [...COMPILERS, /node_modules\/(vite|@react-router\/dev)\//],
  },
  // TypeScript with no scripts at all: main is src/server.ts, tsconfig (with comments) has the
  // outDir. The build runs tsc, and the image runs what it emits.
  {
    name: 'node-ts-slim',
    app: 'node-ts',
    flags: ['--targets', ''],
    body: 'hello from typescript',
    source: 'src/server.ts',
    comment: '//',
    install: /\[deps \d+\/\d+\] RUN .*npm ci/,
    absent: [...COMPILERS, /node_modules\/typescript\//, /\/app\/src\//],
  },
  // Astro with the Node adapter: its standalone server, which listens on localhost unless HOST says
  // otherwise, generated from detection alone.
  {
    name: 'node-astro-slim',
    app: 'node-astro',
    flags: ['--targets', ''],
    body: 'hello from astro',
    source: 'src/pages/index.astro',
    comment: '<!--',
    install: /\[deps \d+\/\d+\] RUN .*npm ci/,
    absent: [...COMPILERS, /\/app\/src\//],
  },
  // Nuxt: the Nitro server in .output, which carries the modules it uses, generated from detection
  // alone: no node_modules beside it.
  {
    name: 'node-nuxt-slim',
    app: 'node-nuxt',
    flags: ['--targets', ''],
    body: 'hello from nuxt',
    source: 'app/app.vue',
    comment: '<!--',
    install: /\[deps \d+\/\d+\] RUN .*npm ci/,
    absent: [...COMPILERS, /^\/app\/node_modules\//, /\/app\/app\//],
  },
  // A Next.js app with standalone output, generated from detection alone.
  {
    name: 'node-next-slim',
    app: 'node-next',
    flags: ['--targets', ''],
    body: 'hello from next',
    source: 'app/page.jsx',
    comment: '//',
    install: /\[deps \d+\/\d+\] RUN .*npm ci/,
    absent: [...COMPILERS, /\/\.next\/cache\//],
  },
  {
    name: 'node-static-npm-slim',
    app: 'node-static',
    flags: ['--lang', 'node', '--app', 'static', '--pm', 'npm', '--runtime-version', '26', '--final', 'slim', '--targets', 'test'],
    body: 'hello from static',
    source: 'src/index.html',
    comment: '<!--',
    install: /\[deps \d+\/\d+\] RUN .*npm ci/,
    absent: [...COMPILERS, /node_modules/, /^\/usr\/(local\/)?bin\/node$/],
  },
  // slim and distroless with the opt-in health probe; scratch as generated by default, which holds
  // nothing but the binary, the CA bundle and tzdata.
  ...(['slim', 'distroless', 'scratch'] as const).map((final) => ({
    name: `go-${final}`,
    app: 'go',
    flags: [
      '--lang',
      'go',
      '--runtime-version',
      '1.27',
      '--final',
      final,
      '--targets',
      'test,lint,development',
      '--entry',
      './cmd/server',
      ...(final === 'scratch' ? [] : ['--healthcheck', '/healthz']),
    ],
    body: 'hello from go',
    source: 'cmd/server/main.go',
    comment: '//',
    failingTest: {
      file: 'cmd/server/broken_test.go',
      content: 'package main\n\nimport "testing"\n\nfunc TestBroken(t *testing.T) { t.Fatal("broken on purpose") }\n',
    },
    install: /\[deps \d+\/\d+\] RUN .*go mod download/,
    absent: [...COMPILERS, ...(final === 'slim' ? [] : [/^\/bin\/sh$/])],
    ...(final === 'scratch' && {
      noHealthcheck: true,
      only: [/^\/app$/, /^\/etc\/ssl(\/certs(\/ca-certificates\.crt)?)?$/, /^\/usr(\/share(\/zoneinfo(\/.*)?)?)?$/, /^\/etc$/],
    }),
  })),
  ...(['slim', 'distroless'] as const).map((final) => ({
    name: `python-pip-${final}`,
    app: 'python',
    flags: [
      '--lang',
      'python',
      '--pm',
      'pip',
      '--runtime-version',
      '3.13',
      '--final',
      final,
      '--targets',
      'development',
      '--entry',
      'app.py',
    ],
    body: 'hello from python',
    source: 'app.py',
    comment: '#',
    install: /\[deps \d+\/\d+\] RUN .*pip install -r requirements.txt/,
    absent: [...COMPILERS, /\/\.cache\/pip/, ...(final === 'distroless' ? [/^\/bin\/sh$/] : [])],
  })),
  // A Go project with no go.mod, told apart by its .go files alone: each step makes a module first.
  {
    name: 'go-nomod-slim',
    app: 'go-nomod',
    flags: ['--final', 'slim', '--targets', 'test', '--healthcheck', '/healthz'],
    body: 'hello from go without a module',
    source: 'main.go',
    comment: '//',
    failingTest: {
      file: 'broken_test.go',
      content: 'package main\n\nimport "testing"\n\nfunc TestBroken(t *testing.T) { t.Fatal("broken on purpose") }\n',
    },
    absent: [...COMPILERS],
  },
  // A PEP 621 project in src layout: dependencies from pyproject.toml, then the project itself.
  {
    name: 'python-pep621-slim',
    app: 'python-pep621',
    flags: ['--lang', 'python', '--pm', 'pip', '--runtime-version', '3.13', '--final', 'slim', '--targets', '', '--entry', 'svc'],
    body: 'hello from pep621 (packaging ',
    source: 'src/svc/__main__.py',
    comment: '#',
    install: /\[deps \d+\/\d+\] RUN .*pip install -r \/tmp\/requirements\.txt/,
    absent: [...COMPILERS, /\/\.cache\/pip/],
    manifest: { file: 'pyproject.toml', line: '# a comment changes the manifest' },
  },
  ...(['slim', 'distroless'] as const).map((final) => ({
    name: `java-maven-${final}`,
    app: 'java',
    // slim takes the default jar pattern (the build picks the app's jar), distroless the detected name.
    flags: [
      '--lang',
      'java',
      '--pm',
      'maven',
      '--runtime-version',
      '25',
      '--final',
      final,
      '--targets',
      'test,development,debug',
      ...(final === 'slim' ? ['--entry', 'target/*.jar'] : []),
    ],
    body: 'hello from java',
    source: 'src/main/java/com/example/app/App.java',
    comment: '//',
    install: /\[deps \d+\/\d+\] RUN .*dependency:go-offline/,
    absent: [...COMPILERS, ...(final === 'distroless' ? [/^\/bin\/sh$/] : [])],
  })),
];

const created: { images: string[]; containers: string[] } = { images: [], containers: [] };

describe.skipIf(problem !== null)(`generated Dockerfiles build and run in Docker${problem ? ` (skipped: ${problem})` : ''}`, () => {
  beforeAll(() => {
    // Stand-ins are built once and reused while their tags exist.
    const r = spawnSync('bash', [resolve(import.meta.dirname, 'standins/build.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (r.status !== 0) throw new Error(`stand-in images failed to build:\n${(r.stdout + r.stderr).slice(-6000)}`);
  }, 3_600_000);

  afterAll(() => {
    for (const c of created.containers) docker(['rm', '-f', c]);
    for (const i of created.images) docker(['rmi', '-f', i]);
    docker(['builder', 'prune', '-f', '--filter', 'until=1h']);
  });

  describe.each(CASES)('$name', (c) => {
    const dir = mkdtempSync(join(tmpdir(), `cms-e2e-${c.name}-`));
    const tag = `cms-e2e/${c.name}:latest`;
    let generatedTargets: string[] = [];

    it('generates with flags only', () => {
      cpSync(c.app.startsWith('/') ? c.app : join(APPS, c.app), dir, { recursive: true });
      c.prepare?.(dir);
      const r = runCli([...c.flags, '--yes', '--json', '--port', portOf(c)], dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.warnings).toEqual(c.warning ? [expect.stringMatching(c.warning)] : []);
      generatedTargets = report.answers.targets;
      const path = join(dir, 'Dockerfile');
      const text = readFileSync(path, 'utf8');
      expect(text.split('\n')[0]).toBe('# syntax=docker/dockerfile:1');
      writeFileSync(path, text.split('\n').slice(1).join('\n'));
    });

    it('builds the production target and every generated optional target', () => {
      created.images.push(tag);
      build(dir, tag, 'production');
      for (const target of generatedTargets) {
        const targetTag = `cms-e2e/${c.name}:${target}`;
        created.images.push(targetTag);
        build(dir, targetTag, target);
      }
    }, 1_800_000);

    if (c.failingTest)
      it('fails the test stage when a test fails', () => {
        const broken = mkdtempSync(join(tmpdir(), `cms-e2e-${c.name}-broken-`));
        cpSync(dir, broken, { recursive: true });
        writeFileSync(join(broken, c.failingTest!.file), c.failingTest!.content);
        const r = docker(['build', '--progress=plain', '--target', 'test', broken]);
        expect(r.code).not.toBe(0);
        expect(r.out).toContain('broken on purpose');
      }, 900_000);

    it('runs: the HEALTHCHECK reports healthy and the app answers on its port', async () => {
      const port = portOf(c);
      // A short interval only makes the generated HEALTHCHECK run sooner; its command is the image's.
      const id = must(['run', '-d', '--health-interval', '2s', '-p', `127.0.0.1::${port}`, tag])
        .trim()
        .split('\n')
        .pop()!;
      created.containers.push(id);
      const health = await waitHealthy(id, 120);
      expect(health, docker(['logs', id]).out).toMatch(c.noHealthcheck ? /^none running/ : /^healthy /);
      const hostPort = must(['port', id, port]).trim().split(':').pop();
      const res = await answer(`http://127.0.0.1:${hostPort}/`, 60);
      expect(await res.text()).toContain(c.body);
      const uids = processUids(id);
      expect(uids.length).toBeGreaterThan(0);
      for (const uid of uids) expect(uid).toBeGreaterThan(0);
    }, 300_000);

    it('ships no compiler, package-manager cache or dev dependency', () => {
      const files = imageFiles(tag);
      expect(files.length).toBeGreaterThan(0);
      for (const pattern of c.absent)
        expect(
          files.filter((f) => pattern.test(f)),
          String(pattern),
        ).toEqual([]);
      if (c.only) expect(files.filter((f) => !DOCKER_OWN.test(f) && !c.only!.some((p) => p.test(f)))).toEqual([]);
    }, 300_000);

    it('after a source change, reuses the dependency layer and reruns only source steps', () => {
      // A change no other case makes: the build cache is shared, and must not answer from a sibling.
      const file = join(dir, c.source);
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}\n${c.comment} changed for ${c.name} ${process.hrtime.bigint()}${c.comment === '<!--' ? ' -->' : ''}\n`,
      );
      const result = steps(build(dir, tag, 'production'));
      if (c.install) {
        const install = [...result].filter(([name]) => c.install!.test(name));
        expect(install.length, [...result.keys()].join('\n')).toBeGreaterThan(0);
        for (const [name, how] of install) expect(how, name).toBe('CACHED');
      }
      // Nothing in the stages before the source arrives reruns; a stage that takes the source does
      // (the build, or for an app that is not built, the final stage's copy of it).
      const early = [...result].filter(([name]) => /^\[(base|deps|prod-deps|healthcheck) \d+\/\d+\] (?!FROM )/.test(name));
      for (const [name, how] of early) expect(how, name).toBe('CACHED');
      expect([...result].filter(([name, how]) => /^\[(build|production) /.test(name) && how === 'ran').length).toBeGreaterThan(0);
    }, 900_000);

    if (c.manifest)
      it('after a manifest change, reruns the dependency step', () => {
        const file = join(dir, c.manifest!.file);
        writeFileSync(file, `${readFileSync(file, 'utf8')}\n${c.manifest!.line} ${process.hrtime.bigint()}\n`);
        const result = steps(build(dir, tag, 'production'));
        const install = [...result].filter(([name]) => c.install!.test(name));
        expect(install.length, [...result.keys()].join('\n')).toBeGreaterThan(0);
        for (const [name, how] of install) expect(how, name).toBe('ran');
      }, 900_000);
  });

  describe.each(WORKSPACE_CASES)('$name', (c) => workspaceSuite(c, created));
  describe('a corpus of real starters, generated with --yes', () => corpusSuite(created));
  describe('compose.yaml with Compose Watch', () => composeSuite());
  describe('development targets: Node.js without a dev or test script, Java', () => devTargetsSuite(created));
  describe('several components, a target per service', () => componentsSuite(created));
});

/** What the engine adds to every container's filesystem, whatever the image holds. */
const DOCKER_OWN = /^\/(\.dockerenv|dev|proc|sys|etc\/(hosts|hostname|resolv\.conf|mtab))(\/.*)?$/;

/** The first answer from a URL, retrying while the server starts (a container without HEALTHCHECK). */
function portOf(c: Case): string {
  return c.name.startsWith('go') || c.name.startsWith('java') || c.name.includes('static')
    ? '8080'
    : c.name.startsWith('python')
      ? '8000'
      : '3000';
}
