// Components: the deployable parts of a repository, found in its folders and classified.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../src/components/classify.js';
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

describe('a repository whose root has no manifest', () => {
  it('names the components its folders hold and how to generate each (exit 2, nothing written)', () => {
    const root = repo({
      'frontend/package.json': { scripts: { build: 'vite build' }, devDependencies: { vite: '8' } },
      'backend/go.mod': GO_MAIN['go.mod'],
      'backend/main.go': GO_MAIN['main.go'],
    });
    const r = runCli(['--yes'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'create-multistage: no manifest here, but its folders hold components: backend (Go, a server), frontend (Node.js, a static site); generate each in its folder, e.g. create-multistage backend\n',
    );
    expect(readdirSync(root).sort()).toEqual(['.git', 'backend', 'frontend']);
  });
});
