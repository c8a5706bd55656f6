// Every generated Dockerfile that can be built offline, built and run in a real Docker engine
// against the stand-in base images (test/e2e/standins). Generated Dockerfiles are used as written,
// with one exception: the first-line `# syntax=` directive is stripped, because it makes BuildKit
// pull the frontend image from Docker Hub, which is unreachable here.
//
// Not built here (covered by snapshots and lint only), because their base images or package
// sources cannot be reached offline: Alpine finals (no apk mirror), bun (oven/bun), uv
// (ghcr.io/astral-sh/uv), poetry and pytest/ruff/pip-audit/debugpy (PyPI), gradle (Gradle plugin
// portal and image), govulncheck and Delve (Go module proxy), yarn (Berry needs repo.yarnpkg.com).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { build, docker, engineProblem, imageFiles, must, steps, waitHealthy } from './support/docker.js';

const APPS = resolve(import.meta.dirname, '../apps');
const problem = engineProblem();
if (problem && process.env.REQUIRE_DOCKER === '1') throw new Error(`REQUIRE_DOCKER=1 but ${problem}`);

interface Case {
  name: string;
  app: string;
  flags: string[];
  body: string;
  /** A file whose change must rebuild only source steps, and how a comment starts in it. */
  source: string;
  comment: string;
  /** The dependency step that must stay CACHED after a source change. */
  install: RegExp;
  /** Paths that must not be in the final image. */
  absent: RegExp[];
  /** A failing test to drop in, proving that the test stage fails the build. */
  failingTest?: { file: string; content: string };
  /** Turns the copied sample into a project of this case's build tool. */
  prepare?: (dir: string) => void;
}

/** pnpm as a project pins it: the packageManager field, and a lockfile made from npm's by `pnpm import`. */
function asPnpmProject(dir: string): void {
  const path = join(dir, 'package.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), packageManager: `pnpm@${PNPM}` }, null, 2));
  const r = spawnSync('npx', ['--yes', `pnpm@${PNPM}`, 'import'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pnpm import failed:\n${r.stdout}${r.stderr}`);
}

const PNPM = '9.15.9';

const COMPILERS = [/^\/usr\/(local\/)?bin\/(gcc|cc|go|javac|mvn)$/, /^\/usr\/local\/go\//, /^\/usr\/lib\/go/, /\/\.m2\//, /\/\.cache\/go-build/, /\/\.npm\//];

const CASES: Case[] = [
  ...(['slim', 'distroless'] as const).map((final) => ({
    name: `node-npm-${final}`,
    app: 'node-server',
    flags: ['--lang', 'node', '--pm', 'npm', '--runtime-version', '18', '--final', final, '--targets', 'test,lint,development,debug', '--healthcheck', '/health'],
    body: 'hello from node',
    source: 'src/server.js',
    comment: '//',
    failingTest: { file: 'test/server_test.js', content: "require('node:test')('fails', () => { throw new Error('broken on purpose'); });\n" },
    install: /\[deps \d+\/\d+\] RUN .*npm ci/,
    absent: [...COMPILERS, ...(final === 'distroless' ? [/\/bin\/npm$/, /^\/bin\/sh$/] : []), /node_modules\/(is-odd|is-number)\//],
  })),
  ...(['slim', 'distroless'] as const).map((final) => ({
    name: `node-pnpm-${final}`,
    app: 'node-server',
    flags: ['--lang', 'node', '--pm', 'pnpm', '--runtime-version', '18', '--final', final, '--targets', 'test,lint', '--healthcheck', '/health'],
    body: 'hello from node',
    source: 'src/server.js',
    comment: '//',
    install: /\[deps \d+\/\d+\] RUN .*pnpm install --frozen-lockfile/,
    absent: [...COMPILERS, ...(final === 'distroless' ? [/\/bin\/(npm|pnpm)$/, /^\/bin\/sh$/] : []), /node_modules\/(\.pnpm\/)?(is-odd|is-number)[@/]/],
    prepare: asPnpmProject,
  })),
  {
    name: 'node-static-npm-slim',
    app: 'node-static',
    flags: ['--lang', 'node', '--app', 'static', '--pm', 'npm', '--runtime-version', '18', '--final', 'slim', '--targets', 'test'],
    body: 'hello from static',
    source: 'src/index.html',
    comment: '<!--',
    install: /\[deps \d+\/\d+\] RUN .*npm ci/,
    absent: [...COMPILERS, /node_modules/, /^\/usr\/(local\/)?bin\/node$/],
  },
  ...(['slim', 'distroless', 'scratch'] as const).map((final) => ({
    name: `go-${final}`,
    app: 'go',
    flags: ['--lang', 'go', '--runtime-version', '1.19', '--final', final, '--targets', 'test,lint,development', '--entry', './cmd/server'],
    body: 'hello from go',
    source: 'cmd/server/main.go',
    comment: '//',
    failingTest: { file: 'cmd/server/broken_test.go', content: 'package main\n\nimport "testing"\n\nfunc TestBroken(t *testing.T) { t.Fatal("broken on purpose") }\n' },
    install: /\[deps \d+\/\d+\] RUN .*go mod download/,
    absent: [...COMPILERS, ...(final === 'slim' ? [] : [/^\/bin\/sh$/])],
  })),
  ...(['slim', 'distroless'] as const).map((final) => ({
    name: `python-pip-${final}`,
    app: 'python',
    flags: ['--lang', 'python', '--pm', 'pip', '--runtime-version', '3.11', '--final', final, '--targets', 'development', '--entry', 'app.py'],
    body: 'hello from python',
    source: 'app.py',
    comment: '#',
    install: /\[deps \d+\/\d+\] RUN .*pip install -r requirements.txt/,
    absent: [...COMPILERS, /\/\.cache\/pip/, ...(final === 'distroless' ? [/^\/bin\/sh$/] : [])],
  })),
  ...(['slim', 'distroless'] as const).map((final) => ({
    name: `java-maven-${final}`,
    app: 'java',
    flags: ['--lang', 'java', '--pm', 'maven', '--runtime-version', '17', '--final', final, '--targets', 'test,development,debug'],
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
    const r = spawnSync('bash', [resolve(import.meta.dirname, 'standins/build.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
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
      cpSync(join(APPS, c.app), dir, { recursive: true });
      c.prepare?.(dir);
      const r = runCli([...c.flags, '--yes', '--json', '--port', portOf(c)], dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      generatedTargets = JSON.parse(r.stdout).answers.targets;
      const path = join(dir, 'Dockerfile');
      const text = readFileSync(path, 'utf8');
      expect(text.split('\n')[0]).toBe('# syntax=docker/dockerfile:1');
      writeFileSync(path, text.split('\n').slice(1).join('\n'));
    });

    it('builds the production target and every generated optional target', () => {
      created.images.push(tag);
      build(dir, tag, 'production');
      for (const target of generatedTargets) {
        created.images.push(`${tag}-${target}`);
        build(dir, `cms-e2e/${c.name}:${target}`, target);
      }
    }, 1_800_000);

    if (c.failingTest) it('fails the test stage when a test fails', () => {
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
      const id = must(['run', '-d', '--health-interval', '2s', '-p', `127.0.0.1::${port}`, tag]).trim().split('\n').pop()!;
      created.containers.push(id);
      const health = await waitHealthy(id, 120);
      expect(health, docker(['logs', id]).out).toMatch(/^healthy /);
      const hostPort = must(['port', id, port]).trim().split(':').pop();
      const res = await fetch(`http://127.0.0.1:${hostPort}/`);
      expect(await res.text()).toContain(c.body);
      // `docker top` runs ps on the host, so it works for images without a shell.
      const uids = must(['top', id, '-eo', 'pid,uid']).trim().split('\n').slice(1).map((l) => Number(l.trim().split(/\s+/)[1]));
      expect(uids.length).toBeGreaterThan(0);
      for (const uid of uids) expect(uid).toBeGreaterThan(0);
    }, 300_000);

    it('ships no compiler, package-manager cache or dev dependency', () => {
      const files = imageFiles(tag);
      expect(files.length).toBeGreaterThan(0);
      for (const pattern of c.absent) expect(files.filter((f) => pattern.test(f)), String(pattern)).toEqual([]);
    }, 300_000);

    it('after a source change, reuses the dependency layer and reruns only source steps', () => {
      // A change no other case makes: the build cache is shared, and must not answer from a sibling.
      const file = join(dir, c.source);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n${c.comment} changed for ${c.name} ${process.hrtime.bigint()}${c.comment === '<!--' ? ' -->' : ''}\n`);
      const result = steps(build(dir, tag, 'production'));
      const install = [...result].filter(([name]) => c.install.test(name));
      expect(install.length, [...result.keys()].join('\n')).toBeGreaterThan(0);
      for (const [name, how] of install) expect(how, name).toBe('CACHED');
      // Nothing in the stages before the source arrives reruns; the build itself does.
      const early = [...result].filter(([name]) => /^\[(base|deps|prod-deps|healthcheck) \d+\/\d+\] (?!FROM )/.test(name));
      for (const [name, how] of early) expect(how, name).toBe('CACHED');
      expect([...result].filter(([name, how]) => /^\[build /.test(name) && how === 'ran').length).toBeGreaterThan(0);
    }, 900_000);
  });
});

function portOf(c: Case): string {
  return c.name.startsWith('go') || c.name.startsWith('java') || c.name.includes('static') ? '8080' : c.name.startsWith('python') ? '8000' : '3000';
}
