// Workspaces (monorepos) in the real engine: one service of a workspace built with the root as the
// context, offline apart from the npm registry. Declared from images.test.ts, so that it shares
// that file's engine turn: two suites at once would share BuildKit's in-flight steps.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { build, docker, imageFiles, must, processUids, steps, waitHealthy } from './support/docker.js';

const APPS = resolve(import.meta.dirname, '../apps');

interface WorkspaceCase {
  name: string;
  /** A folder of test/apps holding the workspace. */
  app: string;
  /** Where the CLI runs (relative to the root), and its arguments. */
  cwd: string;
  args: string[];
  /** The package built, the workspace packages it needs, and a source file of its own. */
  pkg: string;
  needs: string[];
  source: string;
  port: string;
  body: string;
  /** Files the image must hold, and what must not be in it (the sibling's files and dependencies, dev dependencies). */
  shipped: string[];
  leaked: RegExp;
  /** A sibling service: a source file, and its manifest. */
  sibling: { source: string; manifest: string };
  /** The dependency steps (`count` of them), which must stay cached after source edits. */
  install: RegExp;
  count: number;
  /** A file of the package's build output that the Dockerfile's own ignore file keeps out of the image. */
  stale?: string;
  /** Turns the copied workspace into this case's kind. */
  prepare?: (root: string) => void;
  /** A step that must run: the case's own way of building. */
  uses?: RegExp;
}

/** Turborepo over the npm workspace, as its users have it: turbo.json, turbo pinned, a packageManager. */
function asTurborepo(root: string): void {
  writeFileSync(join(root, 'turbo.json'), JSON.stringify({ tasks: { build: { dependsOn: ['^build'], outputs: ['dist/**'] } } }, null, 2));
  const path = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(path, 'utf8'));
  writeFileSync(path, JSON.stringify({ ...pkg, packageManager: 'npm@11.21.2', devDependencies: { turbo: TURBO } }, null, 2));
  const r = spawnSync('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm install --package-lock-only failed:\n${r.stdout}${r.stderr}`);
}

const TURBO = '2.11.11';

/** Yarn Berry as a project pins it: the packageManager field, and a yarn.lock that Yarn 4 wrote. */
export function asBerryProject(dir: string): void {
  const path = join(dir, 'package.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), packageManager: `yarn@${BERRY}` }, null, 2));
  rmSync(join(dir, 'package-lock.json'), { force: true });
  // CI=true makes Berry's installs immutable: this one writes the lockfile.
  const r = spawnSync('npx', ['--yes', '-p', `@yarnpkg/cli-dist@${BERRY}`, 'yarn', 'install', '--mode=update-lockfile'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, YARN_ENABLE_IMMUTABLE_INSTALLS: 'false' },
  });
  if (r.status !== 0) throw new Error(`yarn install failed:\n${r.stdout}${r.stderr}`);
  rmSync(join(dir, '.yarn'), { recursive: true, force: true });
}

const BERRY = '4.18.1';

const node = (tool: 'npm' | 'pnpm') => ({
  pkg: 'apps/api',
  needs: ['packages/shared'],
  source: 'apps/api/src/server.js',
  port: '3000',
  body: 'hello from the api',
  shipped: ['/app/apps/api/dist/server.js', '/app/packages/shared/dist/index.js'],
  // apps/web and its dependency escape-html; the dev dependency is-odd; sources of what is built.
  leaked: /^\/app\/apps\/web|escape-html|is-odd|stale|^\/app\/(apps|packages)\/[^/]+\/src\//,
  sibling: { source: 'apps/web/src/server.js', manifest: 'apps/web/package.json' },
  install:
    tool === 'npm' ? /\[(deps|prod-deps) \d+\/\d+\] RUN .*npm ci/ : /\[(deps|prod-deps) \d+\/\d+\] RUN .*pnpm install --frozen-lockfile/,
  count: 2,
  stale: 'apps/api/dist/stale.js',
});

/** services/api of test/apps/ws-go, from its folder; `flags` come after the shared ones (a later flag wins). */
const goApi = (flags: string[]) => ({
  app: 'ws-go',
  cwd: 'services/api',
  args: ['--yes', '--json', '--targets', 'test,lint', '--runtime-version', '1.27', '--healthcheck', '/healthz', ...flags],
  pkg: 'services/api',
  needs: ['libs/greet'],
  source: 'services/api/main.go',
  port: '8080',
  body: 'hello from the api',
  shipped: ['/app', '/healthcheck'],
  leaked: /worker|greet|\.go$/,
  sibling: { source: 'services/worker/main.go', manifest: 'services/worker/go.mod' },
  install: /\[deps \d+\/\d+\] RUN .*go mod download/,
  count: 1,
});

export const WORKSPACE_CASES: WorkspaceCase[] = [
  // From the package's own folder: the workspace is found by walking up.
  { name: 'ws-npm', app: 'ws-npm', cwd: 'apps/api', args: ['--yes', '--json', '--targets', 'test'], ...node('npm') },
  // Turborepo over it: turbo prune shapes the build.
  {
    name: 'ws-turbo',
    app: 'ws-npm',
    cwd: 'apps/api',
    args: ['--yes', '--json', '--targets', 'test'],
    ...node('npm'),
    prepare: asTurborepo,
    uses: /\[manifests \d+\/\d+\] RUN .*turbo@.* prune @acme\/api --docker/,
  },
  {
    name: 'ws-yarn',
    app: 'ws-npm',
    cwd: 'apps/api',
    args: ['--yes', '--json', '--targets', 'test'],
    ...node('npm'),
    install: /\[(deps|prod-deps) \d+\/\d+\] RUN .*yarn workspaces focus/,
    prepare: asBerryProject,
  },
  // From the root, naming the package.
  {
    name: 'ws-pnpm',
    app: 'ws-pnpm',
    cwd: '.',
    args: ['--yes', '--json', '--targets', 'test', '--workspace', '@acme/api'],
    ...node('pnpm'),
  },
  { name: 'ws-go', ...goApi(['--final', 'distroless']) },
  // The same modules with no go.work: joined by the replace directive in services/api/go.mod.
  {
    name: 'ws-go-mods',
    ...goApi(['--targets', 'test,lint,development']),
    // A repository of its own: the go.mod files are looked for below its root.
    prepare: (root) => {
      rmSync(join(root, 'go.work'));
      mkdirSync(join(root, '.git'));
    },
  },
  {
    name: 'ws-maven',
    app: 'ws-maven',
    cwd: 'app',
    args: ['--yes', '--json', '--targets', 'test', '--runtime-version', '25'],
    pkg: 'app',
    needs: ['lib'],
    source: 'app/src/main/java/com/example/app/App.java',
    port: '8080',
    body: 'hello from the api',
    shipped: ['/app/app.jar'],
    // The worker module, sources, and the build's own output beside the jar.
    leaked: /worker|\/\w+\.java$|\/target\//,
    sibling: { source: 'worker/src/main/java/com/example/worker/Worker.java', manifest: 'worker/pom.xml' },
    install: /\[deps \d+\/\d+\] RUN .*dependency:go-offline/,
    count: 1,
  },
];

/** A change no other case makes (the build cache is shared): a comment, or in JSON a description. */
function edit(file: string, name: string): void {
  const text = readFileSync(file, 'utf8');
  const mark = `changed for ${name} ${process.hrtime.bigint()}`;
  writeFileSync(
    file,
    file.endsWith('.json')
      ? JSON.stringify({ ...JSON.parse(text), description: mark }, null, 2)
      : `${text}\n${file.endsWith('.xml') ? `<!-- ${mark} -->` : `// ${mark}`}\n`,
  );
}

/** The tests of one workspace case; `created` collects what the suite removes afterwards. */
export function workspaceSuite(c: WorkspaceCase, created: { images: string[]; containers: string[] }): void {
  const root = mkdtempSync(join(tmpdir(), `cms-e2e-${c.name}-`));
  const tag = `cms-e2e/${c.name}:latest`;
  const dockerfile = join(root, c.pkg, 'Dockerfile');
  const rebuild = () => steps(build(root, tag, 'production', dockerfile));
  let targets: string[] = [];

  it('generates the package files under its folder, with the workspace found and reported', () => {
    cpSync(join(APPS, c.app), root, { recursive: true });
    c.prepare?.(root);
    // A stale build output of the package: the Dockerfile's own ignore file must keep it out.
    if (c.stale) {
      mkdirSync(dirname(join(root, c.stale)), { recursive: true });
      writeFileSync(join(root, c.stale), '');
    }
    const r = runCli(c.args, join(root, c.cwd));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.workspace).toMatchObject({ package: c.pkg, needs: c.needs });
    targets = report.answers.targets;
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([`${c.pkg}/Dockerfile`, `${c.pkg}/Dockerfile.dockerignore`]);
    const text = readFileSync(dockerfile, 'utf8');
    expect(text).toContain(`docker build -f ${c.pkg}/Dockerfile -t app .`);
    writeFileSync(dockerfile, text.split('\n').slice(1).join('\n'));
  });

  it('builds with the root as the context, and every generated optional target', () => {
    created.images.push(tag);
    const log = build(root, tag, 'production', dockerfile);
    if (c.uses) expect([...steps(log).keys()].filter((name) => c.uses!.test(name)).length, log.slice(-3000)).toBe(1);
    for (const target of targets) {
      created.images.push(`${tag}-${target}`);
      build(root, `${tag}-${target}`, target, dockerfile);
    }
  }, 1_800_000);

  it('runs healthy as a non-root user and answers with the shared library', async () => {
    const id = must(['run', '-d', '--health-interval', '2s', '-p', `127.0.0.1::${c.port}`, tag])
      .trim()
      .split('\n')
      .pop()!;
    created.containers.push(id);
    expect(await waitHealthy(id, 120), docker(['logs', id]).out).toMatch(/^healthy /);
    const port = must(['port', id, c.port]).trim().split(':').pop();
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain(c.body);
    const uids = processUids(id);
    expect(uids.length).toBeGreaterThan(0);
    for (const uid of uids) expect(uid).toBeGreaterThan(0);
  }, 300_000);

  it("holds none of the sibling service's files or dependencies, and no dev dependency", () => {
    const files = imageFiles(tag);
    for (const path of c.shipped) expect(files).toContain(path);
    expect(files.filter((f) => c.leaked.test(f))).toEqual([]);
  }, 300_000);

  it("a source edit in the sibling leaves the package's dependency layers cached", () => {
    edit(join(root, c.sibling.source), c.name);
    const result = rebuild();
    const install = [...result].filter(([name]) => c.install.test(name));
    expect(install.length, [...result.keys()].join('\n')).toBe(c.count);
    for (const [name, how] of install) expect(how, name).toBe('CACHED');
    // turbo prune leaves the sibling out of the sources too: the build does not rerun either.
    if (c.prepare === asTurborepo) {
      const build = [...result].filter(([name]) => /^\[build \d+\/\d+\] RUN /.test(name));
      expect(build.length, [...result.keys()].join('\n')).toBe(1);
      for (const [name, how] of build) expect(how, name).toBe('CACHED');
    }
  }, 900_000);

  it('a source edit in the package reruns no dependency step, only the build', () => {
    edit(join(root, c.source), c.name);
    const result = rebuild();
    for (const [name, how] of [...result].filter(([name]) => c.install.test(name))) expect(how, name).toBe('CACHED');
    expect([...result].filter(([name, how]) => /^\[build /.test(name) && how === 'ran').length).toBeGreaterThan(0);
  }, 900_000);

  // The workspace's manifests are the dependency layer's input; turbo prune keeps only the package's.
  const rerun = c.prepare !== asTurborepo;
  it(`a manifest change in the sibling ${rerun ? 'reruns' : 'leaves cached'} the dependency steps`, () => {
    edit(join(root, c.sibling.manifest), c.name);
    const install = [...rebuild()].filter(([name]) => c.install.test(name));
    expect(install.length).toBe(c.count);
    for (const [name, how] of install) expect(how, name).toBe(rerun ? 'ran' : 'CACHED');
  }, 900_000);

  it('updates from the package folder and from the root alike', () => {
    for (const [args, cwd] of [
      [['update'], join(root, c.pkg)],
      [['update', '--workspace', c.pkg], root],
    ] as const) {
      const r = runCli([...args], cwd);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // The syntax line removed above is an edit of the user's: kept.
      expect(r.stdout).toMatch(new RegExp(`kept \\(your edits; no template change\\) +${c.pkg}/Dockerfile`));
    }
  });
}
