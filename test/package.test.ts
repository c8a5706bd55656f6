// The published shape: `npm pack`, install the tarball into an empty project without the network,
// and run it through npx. Proves the bundle and templates work outside this source tree.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const project = mkdtempSync(join(tmpdir(), 'cms-installed-'));

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), 'cms-pack-'));
  // The build already ran (npm test builds first); --ignore-scripts keeps pack from rebuilding.
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT, stdio: 'pipe' });
  const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'pipe' });
}, 120_000);

describe('the packed tarball', () => {
  it('installs with zero runtime dependencies', () => {
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'));
    expect(Object.keys(lock.packages).filter((p) => p.startsWith('node_modules/'))).toEqual(['node_modules/create-multistage']);
  });

  it('runs through npx with flags only', () => {
    const r = spawnSync('npx', ['--offline', 'create-multistage', '--yes', '--lang', 'go'], { cwd: project, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(project, 'Dockerfile'), 'utf8')).toContain('FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-bookworm AS base');
  });

  it('loads no prompt code (inquirer\'s lazy chunk) on a fully flagged run', () => {
    const dist = join(project, 'node_modules/create-multistage/dist');
    // The chunks the CLI imports lazily: inquirer's (templates.mjs, always loaded, aside).
    const lazy = [...readFileSync(join(dist, 'cli.mjs'), 'utf8').matchAll(/import\(["`']\.\/([^"`']+\.mjs)["`']\)/g)].map((m) => m[1]!);
    const promptChunks = lazy.filter((f) => readFileSync(join(dist, f), 'utf8').includes('createPromptModule'));
    expect(promptChunks.length).toBeGreaterThan(0);
    const trace = join(mkdtempSync(join(tmpdir(), 'cms-trace-')), 'imports.txt');
    const bin = join(project, 'node_modules/create-multistage/bin/create-multistage.js');
    const hook = resolve(import.meta.dirname, 'support/trace-imports.mjs');
    const flagged = spawnSync(process.execPath, ['--import', hook, bin, '--yes', '--lang', 'go', '--dry-run'], { cwd: project, encoding: 'utf8', env: { ...process.env, TRACE_IMPORTS_FILE: trace } });
    expect(flagged.status).toBe(0);
    const loaded = readFileSync(trace, 'utf8');
    expect(loaded).toContain('/dist/cli.mjs');
    for (const chunk of promptChunks) expect(loaded).not.toContain(chunk);
  });

  it("hands node-plop stand-ins for the libraries only its unused features need", () => {
    const dist = join(project, 'node_modules/create-multistage/dist');
    const bundle = readdirSync(dist).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    // Each stand-in's message is in the bundle only if the alias took: a miss would bundle the library.
    const missing = ['tinyglobby (', 'isbinaryfile (', 'resolve (', 'change-case and title-case ('].filter((lib) => !bundle.includes(lib));
    expect(missing).toEqual([]);
  });

  it('exposes the typed generate() API, which writes nothing', async () => {
    const api = await import(join(project, 'node_modules/create-multistage/dist/index.mjs'));
    const { answers, files } = await api.generate({ lang: 'python', pm: 'uv' });
    expect(answers.pm).toBe('uv');
    expect(files.map((f: { path: string }) => f.path)).toEqual(['Dockerfile', '.dockerignore']);
    expect(readdirSync(project).sort()).toEqual(['.create-multistage.json', '.dockerignore', 'Dockerfile', 'node_modules', 'package-lock.json', 'package.json']);
    expect(readFileSync(join(project, 'node_modules/create-multistage/dist/index.d.mts'), 'utf8')).toContain('declare function generate');
  });
});
