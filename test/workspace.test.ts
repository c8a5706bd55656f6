// Workspaces: the root a package belongs to, the members it needs, and a run from either folder.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goWorkspace } from '../src/languages/go/workspace.js';
import { gradleBuild, mavenReactor } from '../src/languages/java/workspace.js';
import { nodeWorkspace } from '../src/languages/node/workspace.js';
import { workspaceView } from '../src/languages/node/workspace-view.js';
import { uvWorkspace } from '../src/languages/python/workspace.js';
import { deployable, memberNamed, targetOf } from '../src/workspace/closure.js';
import { findWorkspace, parsersFor } from '../src/workspace/find.js';
import { locate } from '../src/workspace/locate.js';
import type { Member } from '../src/workspace/types.js';
import { runCli, tempProject } from './support/cli.js';

const APPS = resolve(import.meta.dirname, 'apps');

/** A copy of a test/apps workspace in its own repository (a .git folder bounds the walk up). */
function repo(app: string): string {
  const dir = tempProject();
  cpSync(join(APPS, app), dir, { recursive: true });
  mkdirSync(join(dir, '.git'));
  return dir;
}

const parsers = await parsersFor(['pnpm-workspace.yaml', 'pyproject.toml']);

const m = (dir: string, name: string, deps: string[] = [], outDir: string | null = 'dist'): Member => ({ dir, name, deps, outDir });

describe('npm and pnpm workspace roots and members', () => {
  it('reads the patterns of package.json workspaces (array or { packages }) and of pnpm-workspace.yaml', async () => {
    const root = (files: Record<string, string>) => nodeWorkspace.root(new Map(Object.entries(files)), parsers);
    expect(root({ 'package.json': '{"workspaces": ["apps/*", "packages/*"]}' })).toEqual({
      patterns: ['apps/*', 'packages/*'],
      file: 'package.json',
      tool: 'npm',
    });
    expect(root({ 'package.json': '{"workspaces": {"packages": ["libs/*"]}}' })?.patterns).toEqual(['libs/*']);
    expect(root({ 'package.json': '{}', 'pnpm-workspace.yaml': 'packages:\n  - apps/*\n' })).toEqual({
      patterns: ['apps/*'],
      file: 'pnpm-workspace.yaml',
      tool: 'pnpm',
    });
    expect(root({ 'package.json': '{"workspaces": ["apps/*"]}', 'turbo.json': '{}' })?.runner).toEqual({
      name: 'Turborepo',
      file: 'turbo.json',
    });
    expect(root({ 'package.json': '{}', 'pnpm-workspace.yaml': 'packages: [libs/*]', 'nx.json': '{}' })?.runner).toEqual({
      name: 'Nx',
      file: 'nx.json',
    });
    expect(root({ 'package.json': '{"name": "plain"}' })).toBeUndefined();
    expect(root({ 'package.json': 'not json' })).toBeUndefined();
  });

  it("reads a member's name, every kind of dependency, and the folder its entry is in", () => {
    const pkg = {
      name: '@acme/api',
      main: './dist/server.js',
      dependencies: { '@acme/shared': 'workspace:*' },
      devDependencies: { vitest: '4' },
      peerDependencies: { react: '19' },
    };
    expect(nodeWorkspace.member('apps/api', JSON.stringify(pkg), parsers)).toEqual({
      dir: 'apps/api',
      name: '@acme/api',
      deps: ['@acme/shared', 'vitest', 'react'],
      outDir: 'dist',
    });
    expect(nodeWorkspace.member('x', '{"name": "x", "exports": {".": {"import": "./lib/esm/index.js"}}}', parsers)?.outDir).toBe('lib/esm');
    expect(nodeWorkspace.member('x', '{"name": "x", "main": "index.js"}', parsers)?.outDir).toBeNull();
    expect(nodeWorkspace.member('x', '{"version": "1.0.0"}', parsers)).toBeUndefined();
  });
});

describe('Go workspaces', () => {
  it("reads go.work's use directives, in block and one-line form, and leaves out the root itself", () => {
    const root = (work: string) => goWorkspace.root(new Map([['go.work', work]]), parsers);
    expect(root('go 1.24\n\nuse (\n\t./libs/greet // shared\n\t./services/api\n)\nuse ./tools/\n')).toEqual({
      patterns: ['libs/greet', 'services/api', 'tools'],
      file: 'go.work',
      tool: 'go',
    });
    expect(root('go 1.24\nuse .\n')).toBeUndefined();
  });

  it("reads a module's path and what it requires", () => {
    const mod =
      'module example.com/api\n\ngo 1.24\n\nrequire (\n\texample.com/greet v0.0.0\n\tgolang.org/x/text v0.30.0 // indirect\n)\nrequire example.com/log v1.0.0\n';
    expect(goWorkspace.member('services/api', mod, parsers)).toEqual({
      dir: 'services/api',
      name: 'example.com/api',
      deps: ['example.com/greet', 'golang.org/x/text', 'example.com/log'],
      outDir: null,
    });
    expect(goWorkspace.member('x', 'go 1.24\n', parsers)).toBeUndefined();
  });

  it('without go.work: the go.mod files of the repository, found from a module folder only', async () => {
    const root = repo('ws-go');
    rmSync(join(root, 'go.work'));
    const located = await locate(join(root, 'services/api'), null, null);
    expect(located.workspace).toMatchObject({ tool: 'go', file: 'go.mod files', root });
    expect(located.target?.closure.map((x) => x.dir)).toEqual(['libs/greet', 'services/api']);
    expect(await findWorkspace(root)).toBeNull();
    expect((await locate(root, 'services/api', null)).pkg).toBe('services/api');
    // A module at the root is a project of its own, whatever other modules the repository holds.
    writeFileSync(join(root, 'go.mod'), 'module example.com/root\n');
    expect(await findWorkspace(join(root, 'services/api'))).toBeNull();
  });

  it('finds a go.work workspace from a module folder', async () => {
    const root = repo('ws-go');
    const located = await locate(join(root, 'services/api'), null, null);
    expect(located).toMatchObject({ root, pkg: 'services/api' });
    expect(located.target?.closure.map((x) => x.dir)).toEqual(['libs/greet', 'services/api']);
    await expect(locate(root, null, null)).rejects.toThrow(
      /one of: services\/api \(example.com\/api\), services\/worker \(example.com\/worker\)$/,
    );
  });
});

describe('Maven reactors', () => {
  it('reads the <modules> of the root pom, not those of a profile', () => {
    const pom =
      '<project><!-- <modules><module>old</module></modules> --><modules><module>lib</module><module>./app/</module></modules><profiles><profile><modules><module>extra</module></modules></profile></profiles></project>';
    expect(mavenReactor.root(new Map([['pom.xml', pom]]), parsers)).toEqual({ patterns: ['lib', 'app'], file: 'pom.xml', tool: 'maven' });
    expect(mavenReactor.root(new Map([['pom.xml', '<project><artifactId>x</artifactId></project>']]), parsers)).toBeUndefined();
  });

  it("reads a module's artifactId and its dependencies, not managed versions or plugins", () => {
    const pom = readFileSync(join(APPS, 'ws-maven/app/pom.xml'), 'utf8');
    expect(mavenReactor.member('app', pom, parsers)).toEqual({ dir: 'app', name: 'app', deps: ['lib', 'junit'], outDir: null });
  });

  it('finds the reactor from a module folder', async () => {
    const root = repo('ws-maven');
    const located = await locate(join(root, 'app'), null, null);
    expect(located.target?.closure.map((x) => x.dir)).toEqual(['lib', 'app']);
    await expect(locate(root, null, null)).rejects.toThrow(
      /maven workspace: pass --workspace with the service to build, one of: app \(app\), worker \(worker\)$/,
    );
  });
});

describe('Gradle multi-project builds', () => {
  it('reads the projects settings.gradle(.kts) includes, in either DSL, as folders', () => {
    const root = (file: string, text: string) => gradleBuild.root(new Map([[file, text]]), parsers);
    expect(root('settings.gradle.kts', 'rootProject.name = "acme"\ninclude("lib", ":services:api")\n// include("old")\n')).toEqual({
      patterns: ['lib', 'services/api'],
      file: 'settings.gradle.kts',
      tool: 'gradle',
    });
    expect(root('settings.gradle', "include 'app'\ninclude ':lib'\n")?.patterns).toEqual(['app', 'lib']);
    expect(root('settings.gradle', "rootProject.name = 'one'\n")).toBeUndefined();
  });

  it('names a project by its Gradle path and reads its project(...) dependencies', () => {
    const build =
      'dependencies {\n  implementation(project(":lib"))\n  implementation project(path: \':util\')\n  // implementation(project(":old"))\n}\n';
    expect(gradleBuild.member('services/api', build, parsers)).toEqual({
      dir: 'services/api',
      name: ':services:api',
      deps: [':lib', ':util'],
      outDir: null,
    });
  });
});

describe('uv workspaces', () => {
  it('reads [tool.uv.workspace] members and excludes', () => {
    const root = (text: string) => uvWorkspace.root(new Map([['pyproject.toml', text]]), parsers);
    expect(
      root('[project]\nname = "acme"\n\n[tool.uv.workspace]\nmembers = ["packages/*", "./apps/api/"]\nexclude = ["packages/legacy"]\n'),
    ).toEqual({
      patterns: ['packages/*', 'apps/api', '!packages/legacy'],
      file: 'pyproject.toml',
      tool: 'uv',
    });
    expect(root('[project]\nname = "plain"\n')).toBeUndefined();
    expect(root('not = [toml')).toBeUndefined();
  });

  it("reads a member's normalised name and the distributions it requires", () => {
    const pyproject =
      '[project]\nname = "Acme_API"\ndependencies = ["acme-greet", "FastAPI[standard]>=0.120", "uvicorn ; python_version > \'3.9\'"]\n[project.optional-dependencies]\nextra = ["httpx"]\n';
    expect(uvWorkspace.member('apps/api', pyproject, parsers)).toEqual({
      dir: 'apps/api',
      name: 'acme-api',
      deps: ['acme-greet', 'fastapi', 'uvicorn', 'httpx'],
      outDir: null,
    });
  });

  it('finds the uv workspace from a member folder', async () => {
    const root = tempProject();
    mkdirSync(join(root, '.git'));
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('pyproject.toml', '[tool.uv.workspace]\nmembers = ["packages/*"]\n');
    write('packages/api/pyproject.toml', '[project]\nname = "api"\ndependencies = ["greet"]\n');
    write('packages/greet/pyproject.toml', '[project]\nname = "greet"\n');
    const located = await locate(join(root, 'packages/api'), null, null);
    expect(located).toMatchObject({ root, pkg: 'packages/api', workspace: { tool: 'uv', file: 'pyproject.toml' } });
    expect(located.target?.closure.map((x) => x.dir)).toEqual(['packages/greet', 'packages/api']);
  });
});

describe('closure', () => {
  const members = [
    m('apps/api', '@a/api', ['@a/shared', 'ms']),
    m('apps/web', '@a/web', ['@a/ui']),
    m('packages/shared', '@a/shared', ['@a/config']),
    m('packages/config', '@a/config'),
    m('packages/ui', '@a/ui'),
  ];

  it('lists what a package needs, transitively, dependencies before dependents', () => {
    expect(targetOf(members, members[0]!).closure.map((x) => x.dir)).toEqual(['packages/config', 'packages/shared', 'apps/api']);
  });

  it('ends a dependency cycle instead of looping', () => {
    const cycle = [m('a', 'a', ['b']), m('b', 'b', ['a'])];
    expect(targetOf(cycle, cycle[0]!).closure.map((x) => x.name)).toEqual(['b', 'a']);
  });

  it('calls deployable the members nothing else depends on', () => {
    expect(deployable(members).map((x) => x.dir)).toEqual(['apps/api', 'apps/web']);
  });

  it('finds a member by folder, in any spelling, or by package name', () => {
    expect(memberNamed(members, './apps/api/')?.name).toBe('@a/api');
    expect(memberNamed(members, '@a/web')?.dir).toBe('apps/web');
    expect(memberNamed(members, 'apps')).toBeUndefined();
  });
});

describe('finding and choosing the package', () => {
  it('walks up from a member to its root, and finds nothing for a plain project', async () => {
    const root = repo('ws-npm');
    const fromMember = await findWorkspace(join(root, 'apps/api'));
    expect(fromMember).toMatchObject({ tool: 'npm', file: 'package.json', root });
    expect(fromMember!.members.map((x) => x.dir)).toEqual(['apps/api', 'apps/web', 'packages/shared']);
    expect((await findWorkspace(root))?.root).toBe(root);
    expect(await findWorkspace(repo('node-server'))).toBeNull();
  });

  it('does not walk past the repository root', async () => {
    const outer = repo('ws-npm');
    const inner = join(outer, 'vendor/tool');
    mkdirSync(join(inner, '.git'), { recursive: true });
    writeFileSync(join(inner, 'package.json'), '{"name": "tool"}');
    expect(await findWorkspace(inner)).toBeNull();
  });

  it('at the root: --workspace by name or folder, one question, or a refusal naming the services', async () => {
    const root = repo('ws-pnpm');
    expect(await locate(root, '@acme/api', null)).toMatchObject({ root, pkg: 'apps/api' });
    expect((await locate(root, 'apps/api', null)).target?.closure.map((x) => x.dir)).toEqual(['packages/shared', 'apps/api']);
    expect(await locate(root, null, async (ws) => deployable(ws.members)[1]!.dir)).toMatchObject({ pkg: 'apps/web' });
    await expect(locate(root, null, null)).rejects.toThrow(
      `${root} is the root of a pnpm workspace: pass --workspace with the service to build, one of: apps/api (@acme/api), apps/web (@acme/web)`,
    );
    await expect(locate(root, 'apps/nope', null)).rejects.toThrow(/--workspace apps\/nope is no package of the pnpm workspace/);
    await expect(locate(repo('node-server'), 'apps/api', null)).rejects.toThrow(/is in no workspace/);
  });

  it('refuses a package whose name could change a build command', async () => {
    const root = repo('ws-npm');
    const manifest = join(root, 'packages/shared/package.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"@acme/shared"', '"@acme/shared$(id)"'));
    const api = join(root, 'apps/api/package.json');
    writeFileSync(api, readFileSync(api, 'utf8').replace('"@acme/shared": "1.0.0"', '"@acme/shared$(id)": "1.0.0"'));
    await expect(locate(join(root, 'apps/api'), null, null)).rejects.toThrow(/has characters a build command cannot take safely/);
  });
});

describe('the CLI in a workspace', () => {
  it('writes under the package, reports the workspace, and builds from the root', () => {
    const root = repo('ws-npm');
    const r = runCli(['--yes', '--json', '--ci', 'github'], join(root, 'apps/api'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.workspace).toEqual({
      tool: 'npm',
      file: 'package.json',
      root,
      package: 'apps/api',
      name: '@acme/api',
      needs: ['packages/shared'],
    });
    expect(report.detected.pm).toEqual({ value: 'npm', file: 'package.json', note: 'the workspace tool' });
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([
      'apps/api/Dockerfile',
      'apps/api/Dockerfile.dockerignore',
      '.github/workflows/docker.yml',
      '.github/dependabot.yml',
    ]);
    expect(readFileSync(join(root, '.github/workflows/docker.yml'), 'utf8')).toContain('          file: apps/api/Dockerfile\n');
    const state = JSON.parse(readFileSync(join(root, 'apps/api/.create-multistage.json'), 'utf8'));
    expect(state.workspace).toEqual({ root: '../..', package: 'apps/api' });
    expect(state.files).toHaveProperty(['apps/api/Dockerfile']);
    expect(report.warnings).toEqual([]);
  });

  it('refuses to update a package whose workspace is gone, saying what its state belongs to', () => {
    const root = repo('ws-npm');
    expect(runCli(['--yes'], join(root, 'apps/api')).code).toBe(0);
    const manifest = join(root, 'package.json');
    writeFileSync(manifest, JSON.stringify({ name: 'acme', private: true }));
    const r = runCli(['update'], join(root, 'apps/api'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/belongs to the package apps\/api of a workspace \.\.\/\.\. above it, which is no longer found/);
  });

  it('prints the build command with the Dockerfile, from the root', () => {
    const root = repo('ws-pnpm');
    const r = runCli(['--yes', '--workspace', 'apps/api'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  docker build -f apps/api/Dockerfile -t app .\n');
    expect(r.stdout).toContain('answers saved in apps/api/.create-multistage.json');
  });

  it('refuses another build tool than the workspace installs with (exit 2, nothing written)', () => {
    const root = repo('ws-pnpm');
    const r = runCli(['--yes', '--pm', 'npm'], join(root, 'apps/api'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('create-multistage: --pm npm: apps/api is a package of a pnpm workspace, which only pnpm installs\n');
    expect(() => readFileSync(join(root, 'apps/api/Dockerfile'))).toThrow();
  });

  it('refuses Yarn workspaces, which it cannot build yet (exit 2, nothing written)', () => {
    const root = repo('ws-npm');
    writeFileSync(join(root, 'yarn.lock'), '# yarn lockfile v1\n');
    const r = runCli(['--yes'], join(root, 'apps/api'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'create-multistage: --pm yarn1 is not supported for a workspace yet: npm, pnpm and Yarn (2 and later) workspaces are\n',
    );
    expect(() => readFileSync(join(root, 'apps/api/Dockerfile'))).toThrow();
  });

  it('refuses a Next.js app inside a workspace, which it cannot build yet (exit 2)', () => {
    const r = runCli(['--yes', '--app', 'next'], join(repo('ws-npm'), 'apps/api'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^create-multistage: --app next is not supported for a package of a workspace yet/);
  });
});

describe("the Node.js stages that run a package's sources", () => {
  const facts = (closure: string[]) => ({
    tool: 'npm',
    file: 'package.json',
    dir: 'apps/api',
    name: '@acme/api',
    closure: closure.map((dir) => ({ dir, name: `@acme/${dir.split('/')[1]}`, outDir: 'dist' })),
  });

  it('build the workspace packages it needs first, and not the package itself', () => {
    const ws = facts(['packages/shared', 'apps/api']);
    expect(workspaceView('npm', ws, 'dist').buildNeeded).toBe('npm run build --if-present -w packages/shared');
    expect(workspaceView('pnpm', ws, 'dist').buildNeeded).toBe('pnpm --filter "@acme/api^..." --if-present run build');
    expect(workspaceView('yarn', ws, 'dist').buildNeeded).toBe(
      'yarn workspaces foreach --recursive --topological --from @acme/api --exclude @acme/api run build',
    );
  });

  it('build nothing when it needs no other package', () => {
    for (const tool of ['npm', 'pnpm', 'yarn']) expect(workspaceView(tool, facts(['apps/api']), 'dist').buildNeeded).toBeNull();
  });
});
