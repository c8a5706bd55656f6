// Components: the deployable parts of a repository, found in its folders and classified.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate, withDefaults } from '../src/answers/resolve.js';
import type { PartialAnswers } from '../src/answers/schema.js';
import { mergeGlobalArgs, splitGlobalArgs, underFolder } from '../src/components/assemble.js';
import { classify } from '../src/components/classify.js';
import { parseComponents } from '../src/components/spec.js';
import { composeServices } from '../src/compose/services.js';
import { findComponents } from '../src/components/find.js';
import { detectFrom } from '../src/detect/index.js';
import { runCli, tempProject } from './support/cli.js';

const files = (entries: Record<string, unknown>) =>
  new Map(Object.entries(entries).map(([path, v]) => [path, typeof v === 'string' ? v : JSON.stringify(v)]));
const kindOf = (entries: Record<string, unknown>) => {
  const f = files(entries);
  return classify('x', detectFrom(f), f)?.kind;
};

/** A repository of folders and files, with a .git folder as a real one has. */
function repo(entries: Record<string, unknown>): string {
  const root = tempProject();
  mkdirSync(join(root, '.git'));
  for (const [path, content] of Object.entries(entries)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

const GO_MAIN = { 'go.mod': 'module example.com/api\n\ngo 1.27\n', 'main.go': 'package main\n\nfunc main() {}\n' };

describe('classify', () => {
  it('tells a Node static site, docs site, Next.js app and server apart, and a library from all of them', () => {
    expect(kindOf({ 'package.json': { scripts: { build: 'vite build' }, devDependencies: { vite: '8' } } })).toBe('static');
    expect(kindOf({ 'package.json': { scripts: { build: 'vitepress build docs' }, devDependencies: { vitepress: '2' } } })).toBe('docs');
    expect(kindOf({ 'package.json': { dependencies: { '@docusaurus/core': '3' } } })).toBe('docs');
    expect(kindOf({ 'package.json': { dependencies: { next: '16' } } })).toBe('next');
    expect(kindOf({ 'package.json': { scripts: { start: 'node server.js' } } })).toBe('server');
    expect(kindOf({ 'package.json': { dependencies: { fastify: '5' } } })).toBe('server');
    // A main file alone is a library's.
    expect(kindOf({ 'package.json': { name: 'shared', main: 'dist/index.js' } })).toBeUndefined();
  });

  it('a Python module:object app is a server, a script a worker; Go with a main package a server', () => {
    expect(kindOf({ 'requirements.txt': 'fastapi\n', 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n' })).toBe('server');
    expect(kindOf({ 'requirements.txt': 'redis\n', 'main.py': 'if __name__ == "__main__":\n    print(1)\n' })).toBe('worker');
    expect(kindOf({ 'requirements.txt': 'redis\n', 'util.py': 'x = 1\n' })).toBeUndefined();
    expect(kindOf(GO_MAIN)).toBe('server');
    expect(kindOf({ 'README.md': '' })).toBeUndefined();
  });

  it("VitePress's output is the .vitepress/dist of the folder `vitepress build` is given", () => {
    const entry = (build: string) =>
      detectFrom(files({ 'package.json': { scripts: { build }, devDependencies: { vitepress: '2' } } })).found.entry?.value;
    expect(entry('vitepress build docs')).toBe('docs/.vitepress/dist');
    expect(entry('vitepress build')).toBe('.vitepress/dist');
    expect(entry('vitepress build ./site/')).toBe('site/.vitepress/dist');
  });
});

describe('findComponents', () => {
  it('finds components two levels deep, not inside one another nor in dependency folders, named after their folders', async () => {
    const root = repo({
      'web/package.json': { scripts: { build: 'vite build' }, devDependencies: { vite: '8' } },
      'web/node_modules/dep/package.json': { scripts: { start: 'node x.js' } },
      'web/tools/package.json': { scripts: { start: 'node x.js' } },
      'services/api/go.mod': GO_MAIN['go.mod'],
      'services/api/main.go': GO_MAIN['main.go'],
      'packages/shared/package.json': { name: 'shared', main: 'dist/index.js' },
      'a/b/c/package.json': { scripts: { start: 'node deep.js' } },
      '.hidden/package.json': { scripts: { start: 'node x.js' } },
    });
    expect(await findComponents(root)).toEqual([
      { name: 'api', dir: 'services/api', lang: 'go', kind: 'server' },
      { name: 'web', dir: 'web', lang: 'node', kind: 'static' },
    ]);
  });

  it('names two folders of the same name after their paths', async () => {
    const root = repo({
      'apps/api/package.json': { scripts: { start: 'node a.js' } },
      'services/api/go.mod': GO_MAIN['go.mod'],
      'services/api/main.go': GO_MAIN['main.go'],
    });
    expect((await findComponents(root)).map((c) => c.name)).toEqual(['apps-api', 'services-api']);
  });
});

describe('--components', () => {
  it('reads name=folder[:kind][:lang] items', () => {
    expect(parseComponents('web=frontend:static, api=backend/:go:server,docs=site')).toEqual([
      { name: 'web', dir: 'frontend', kind: 'static' },
      { name: 'api', dir: 'backend', lang: 'go', kind: 'server' },
      { name: 'docs', dir: 'site' },
    ]);
  });

  it.each([
    ['', '--components names no component'],
    ['web', '--components web: no name='],
    ['Web=frontend', '"Web" is not a name'],
    ['web=../x', 'is not a folder inside the project'],
    ['web=.', 'is not a folder inside the project'],
    ['web=/abs', 'is not a folder inside the project'],
    ['web=frontend:rust', '"rust" is neither a kind'],
    ['web=frontend:static:docs', 'names its kind twice'],
    ['web=a,web=b', 'two components are named web'],
    ['a=x,b=x/', 'a and b are both x'],
    ['a=x,b=x/y', 'a (x) and b (x/y) overlap'],
    ['api=a,api-test=b', 'api-test would clash with the stages of api'],
  ])('refuses %j', (raw, message) => {
    expect(() => parseComponents(raw)).toThrow(message);
  });
});

describe('one Dockerfile from several', () => {
  it('moves the version ARGs above the first FROM, with their renovate comments, and keeps the rest in order', () => {
    const { args, body } = splitGlobalArgs(
      '\n# renovate: datasource=docker depName=node\nARG NODE_VERSION=26\nARG NGINX_VERSION=1.30\n\n# why\nFROM node:${NODE_VERSION} AS base\nARG LATER=1\n',
    );
    expect(args).toEqual([
      { name: 'NODE_VERSION', lines: ['# renovate: datasource=docker depName=node', 'ARG NODE_VERSION=26'] },
      { name: 'NGINX_VERSION', lines: ['ARG NGINX_VERSION=1.30'] },
    ]);
    expect(body).toBe('# why\nFROM node:${NODE_VERSION} AS base\nARG LATER=1');
  });

  it('declares an ARG two components share once', () => {
    const arg = { name: 'GO_VERSION', lines: ['ARG GO_VERSION=1.27'] };
    expect(
      mergeGlobalArgs([
        { name: 'a', args: [arg] },
        { name: 'b', args: [arg] },
      ]),
    ).toEqual(['ARG GO_VERSION=1.27']);
  });

  it('puts a component’s ignore patterns under its folder, except those for any depth', () => {
    expect(underFolder('# c\ndist\n/coverage\n!keep.txt\n**/__pycache__\n', 'web')).toBe(
      '# c\nweb/dist\nweb/coverage\n!web/keep.txt\n**/__pycache__',
    );
  });
});

describe('compose services', () => {
  const answers = (a: PartialAnswers) => validate(withDefaults({ compose: 'watch', ...a }));
  it('publishes each port once, starts clients after the servers they need, and publishes nothing of a worker', () => {
    const services = composeServices([
      { answers: answers({ lang: 'go', healthcheck: '/health' }), component: { name: 'api', dir: 'api', kind: 'server' }, facts: {} },
      {
        answers: answers({ lang: 'node', app: 'static', entry: 'dist' }),
        component: { name: 'web', dir: 'web', kind: 'static' },
        facts: {},
      },
      {
        answers: answers({ lang: 'python', entry: 'w.py', healthcheck: 'none' }),
        component: { name: 'w', dir: 'w', kind: 'worker' },
        facts: {},
      },
    ]);
    expect(services.map((s) => [s.name, s.ports, s.dependsOn])).toEqual([
      ['api', ['8080:8080'], []],
      ['web', ['8081:8080'], [{ name: 'api', condition: 'service_healthy' }]],
      ['w', [], [{ name: 'api', condition: 'service_healthy' }]],
    ]);
    expect(services[0]!.healthcheck).toEqual(['curl', '-fsS', '-o', '/dev/null', 'http://127.0.0.1:8080/health']);
    expect(services[1]!.healthcheck).toBeNull();
  });

  it('waits only for a server to start when it has no health path', () => {
    const [, web] = composeServices([
      { answers: answers({ lang: 'go', healthcheck: 'none' }), component: { name: 'api', dir: 'api', kind: 'server' }, facts: {} },
      {
        answers: answers({ lang: 'node', app: 'static', entry: 'dist' }),
        component: { name: 'web', dir: 'web', kind: 'static' },
        facts: {},
      },
    ]);
    expect(web!.dependsOn).toEqual([{ name: 'api', condition: 'service_started' }]);
  });
});

describe('a repository whose root has no manifest', () => {
  const FULLSTACK = {
    'frontend/package.json': { scripts: { build: 'vite build', dev: 'vite' }, devDependencies: { vite: '8' } },
    'backend/go.mod': GO_MAIN['go.mod'],
    'backend/main.go': GO_MAIN['main.go'],
  };

  it('generates for every component its folders hold: one Dockerfile with a target each, saved as components', () => {
    const root = repo(FULLSTACK);
    const r = runCli(['--yes', '--compose', 'watch'], root);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('docker build --target backend -t backend .');
    expect(r.stdout).toContain('docker build --target frontend-development -t frontend:development .');
    expect(readdirSync(root).sort()).toEqual([
      '.create-multistage.json',
      '.dockerignore',
      '.git',
      'Dockerfile',
      'backend',
      'compose.yaml',
      'frontend',
    ]);
    const state = JSON.parse(readFileSync(join(root, '.create-multistage.json'), 'utf8'));
    expect(state.answers).toBeUndefined();
    expect(state.components.map((c: { name: string; dir: string; kind: string }) => [c.name, c.dir, c.kind])).toEqual([
      ['backend', 'backend', 'server'],
      ['frontend', 'frontend', 'static'],
    ]);
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toContain(
      'FROM nginxinc/nginx-unprivileged:${NGINX_VERSION}-trixie AS frontend\n',
    );
  });

  it('updates from the saved components, with a flag for one of them, and keeps an edit', () => {
    const root = repo(FULLSTACK);
    expect(runCli(['--yes'], root).code).toBe(0);
    writeFileSync(join(root, 'Dockerfile'), `${readFileSync(join(root, 'Dockerfile'), 'utf8')}# mine\n`);
    const r = runCli(['update', '--port', 'backend=9090'], root);
    expect(r.code).toBe(0);
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('# mine\n');
    expect(dockerfile).toContain('proxy_pass http://backend:9090;');
    expect(runCli(['update', '--check'], root).code).toBe(0);
    const other = runCli(['update', '--components', 'web=frontend'], root);
    expect([other.code, other.stderr]).toEqual([
      2,
      'create-multistage: --components: update regenerates the saved components; to choose others, run without update\n',
    ]);
  });

  it('combines into one image with --combine, keeps that shape on update, and splits it again with --per-service', () => {
    const root = repo(FULLSTACK);
    const r = runCli(['--yes', '--combine'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  docker build -t app .\n  docker run --rm -p 8080:8080 app\n');
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toMatch(
      /\nFROM backend AS production\nCOPY --from=frontend-build \/app\/dist \/srv\/www\n/,
    );
    expect(JSON.parse(readFileSync(join(root, '.create-multistage.json'), 'utf8')).shape).toBe('combined');
    expect(runCli(['update', '--check'], root).code).toBe(0);
    expect(runCli(['update', '--per-service'], root).code).toBe(0);
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).not.toContain('AS production');
  });

  it('writes pipelines that build each service', () => {
    const root = repo(FULLSTACK);
    const r = runCli(['--yes', '--ci', 'github,gitlab,jenkins'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(root, '.github/workflows/docker.yml'), 'utf8')).toContain(
      `services+=('{"service":"backend","target":"backend","suffix":"-backend"}')`,
    );
    expect(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')).toContain('frontend:publish:\n');
    expect(readFileSync(join(root, 'Jenkinsfile'), 'utf8')).toContain("changeset 'backend/**'");
  });

  it('takes --components with per-component flags, and asks nothing of a scripted run', () => {
    const root = repo(FULLSTACK);
    const r = runCli(['--yes', '--components', 'web=frontend:static,api=backend:go', '--healthcheck', 'api=/api/health'], root);
    expect(r.code).toBe(0);
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('FROM api-deps AS api-build\n');
    expect(dockerfile).toContain('"/healthcheck", "8080", "/api/health"');
  });

  it.each([
    [['--components', 'web=frontend,api=frontend'], '--components: web and api are both frontend'],
    [['--components', 'web=nope'], '--components web=nope: nope is not a folder of'],
    [['--port', 'nope=1'], '--port nope=…: no component is named nope (the components: backend, frontend)'],
    [['--ci', 'api=github'], '--ci api=github: --ci applies to every component, not to api alone'],
    [['--combine', '--per-service'], '--combine and --per-service ask for different images; pass one'],
  ])('refuses %j with exit 2 and writes nothing', (flags, message) => {
    const root = repo(FULLSTACK);
    const r = runCli(['--yes', ...flags], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(readdirSync(root).sort()).toEqual(['.git', 'backend', 'frontend']);
  });

  it.each([
    [['--port', 'api=8081'], '--port api=…: gives a value to the component api, but this run has no components'],
    [['--combine'], '--combine: shapes the images of several components, and this run has none'],
  ])('refuses %j in a run without components', (flags, message) => {
    const root = repo({ 'go.mod': GO_MAIN['go.mod'], 'main.go': GO_MAIN['main.go'] });
    const r = runCli(['--yes', ...flags], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

it('refuses a state file whose components overlap, naming the file', () => {
  const root = repo({ 'a/x/go.mod': GO_MAIN['go.mod'], 'a/x/main.go': GO_MAIN['main.go'] });
  expect(runCli(['--yes', '--components', 'x=a/x'], root).code).toBe(0);
  const path = join(root, '.create-multistage.json');
  const state = JSON.parse(readFileSync(path, 'utf8'));
  state.components.push({ ...state.components[0], name: 'y', dir: 'a' });
  writeFileSync(path, JSON.stringify(state));
  const r = runCli(['update'], root);
  expect([r.code, r.stderr]).toEqual([
    2,
    `create-multistage: ${path}: components: x (a/x) and y (a) overlap: one folder is inside the other; restore it from version control\n`,
  ]);
});
