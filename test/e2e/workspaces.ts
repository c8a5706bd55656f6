// Workspaces (monorepos) in the real engine: one service of a workspace built with the root as the
// context, offline apart from the npm registry. Declared from images.test.ts, so that it shares
// that file's engine turn: two suites at once would share BuildKit's in-flight steps.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  /** The package built, and a sibling service whose files and dependencies must stay out. */
  pkg: string;
  sibling: { dir: string; source: string; dependency: string };
  /** The install steps, which must stay cached after source edits. */
  install: RegExp;
  /** A dev dependency of the package, which the final image must not hold. */
  devDependency: string;
}

export const WORKSPACE_CASES: WorkspaceCase[] = [
  {
    name: 'ws-npm',
    app: 'ws-npm',
    // From the package's own folder: the workspace is found by walking up.
    cwd: 'apps/api',
    args: ['--yes', '--json', '--targets', 'test'],
    pkg: 'apps/api',
    sibling: { dir: 'apps/web', source: 'apps/web/src/server.js', dependency: 'escape-html' },
    install: /\[(deps|prod-deps) \d+\/\d+\] RUN .*npm ci/,
    devDependency: 'is-odd',
  },
  {
    name: 'ws-pnpm',
    app: 'ws-pnpm',
    // From the root, naming the package.
    cwd: '.',
    args: ['--yes', '--json', '--targets', 'test', '--workspace', '@acme/api'],
    pkg: 'apps/api',
    sibling: { dir: 'apps/web', source: 'apps/web/src/server.js', dependency: 'escape-html' },
    install: /\[(deps|prod-deps) \d+\/\d+\] RUN .*pnpm install --frozen-lockfile/,
    devDependency: 'is-odd',
  },
];

const edit = (file: string, name: string) =>
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n// changed for ${name} ${process.hrtime.bigint()}\n`);

/** The tests of one workspace case; `created` collects what the suite removes afterwards. */
export function workspaceSuite(c: WorkspaceCase, created: { images: string[]; containers: string[] }): void {
  const root = mkdtempSync(join(tmpdir(), `cms-e2e-${c.name}-`));
  const tag = `cms-e2e/${c.name}:latest`;
  const dockerfile = join(root, c.pkg, 'Dockerfile');
  const rebuild = () => steps(build(root, tag, 'production', dockerfile));

  it('generates the package files under its folder, with the workspace found and reported', () => {
    cpSync(join(APPS, c.app), root, { recursive: true });
    // A stale build output of the package: the Dockerfile's own ignore file must keep it out.
    mkdirSync(join(root, c.pkg, 'dist'));
    writeFileSync(join(root, c.pkg, 'dist/stale.js'), '');
    const r = runCli(c.args, join(root, c.cwd));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.workspace).toMatchObject({ package: c.pkg, needs: ['packages/shared'] });
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([`${c.pkg}/Dockerfile`, `${c.pkg}/Dockerfile.dockerignore`]);
    const text = readFileSync(dockerfile, 'utf8');
    expect(text).toContain(`docker build -f ${c.pkg}/Dockerfile -t app .`);
    writeFileSync(dockerfile, text.split('\n').slice(1).join('\n'));
  });

  it('builds with the root as the context, and its test stage', () => {
    created.images.push(tag, `${tag}-test`);
    build(root, tag, 'production', dockerfile);
    build(root, `${tag}-test`, 'test', dockerfile);
  }, 1_800_000);

  it('runs healthy as a non-root user and answers with the shared library', async () => {
    const id = must(['run', '-d', '--health-interval', '2s', '-p', '127.0.0.1::3000', tag]).trim().split('\n').pop()!;
    created.containers.push(id);
    expect(await waitHealthy(id, 120), docker(['logs', id]).out).toMatch(/^healthy /);
    const port = must(['port', id, '3000']).trim().split(':').pop();
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('hello from the api');
    const uids = processUids(id);
    expect(uids.length).toBeGreaterThan(0);
    for (const uid of uids) expect(uid).toBeGreaterThan(0);
  }, 300_000);

  it("holds none of the sibling service's files or dependencies, and no dev dependency", () => {
    const files = imageFiles(tag);
    expect(files).toContain(`/app/${c.pkg}/dist/server.js`);
    expect(files).toContain('/app/packages/shared/dist/index.js');
    const leaked = files.filter(
      (f) =>
        f.startsWith(`/app/${c.sibling.dir}`) ||
        f.includes(c.sibling.dependency) ||
        f.includes(c.devDependency) ||
        f.includes('stale') ||
        /^\/app\/(apps|packages)\/[^/]+\/src\//.test(f),
    );
    expect(leaked).toEqual([]);
  }, 300_000);

  it("a source edit in the sibling leaves the package's dependency layers cached", () => {
    edit(join(root, c.sibling.source), c.name);
    const result = rebuild();
    const install = [...result].filter(([name]) => c.install.test(name));
    expect(install.length, [...result.keys()].join('\n')).toBe(2);
    for (const [name, how] of install) expect(how, name).toBe('CACHED');
  }, 900_000);

  it('a source edit in the package reruns no dependency step, only the build', () => {
    edit(join(root, c.pkg, 'src/server.js'), c.name);
    const result = rebuild();
    for (const [name, how] of [...result].filter(([name]) => c.install.test(name))) expect(how, name).toBe('CACHED');
    expect([...result].filter(([name, how]) => /^\[build /.test(name) && how === 'ran').length).toBeGreaterThan(0);
  }, 900_000);

  it('a manifest change in the sibling reruns the install, and nothing of it reaches the image', () => {
    const manifest = join(root, c.sibling.dir, 'package.json');
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify({ ...pkg, description: `changed ${process.hrtime.bigint()}` }, null, 2));
    const install = [...rebuild()].filter(([name]) => c.install.test(name));
    expect(install.length).toBe(2);
    for (const [name, how] of install) expect(how, name).toBe('ran');
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
