// Detection as the CLI uses it: defaults only, flags win, prompts pre-filled and marked.
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionsFor } from '../src/answers/prompts.js';
import { detect } from '../src/detect/index.js';
import { runCli } from './support/cli.js';

const fixture = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `cms-detect-${name}-`));
  cpSync(resolve(import.meta.dirname, 'fixtures', name), dir, { recursive: true });
  return dir;
};

describe('detection in the CLI', () => {
  it('--dry-run --json reports every detected value with its file, and uses them as defaults', () => {
    const r = runCli(['--yes', '--dry-run', '--json'], fixture('node-nest-pnpm'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.detected.pm).toEqual({ value: 'pnpm', file: 'package.json', note: 'packageManager pnpm@9.1.0' });
    expect(out.detected.runtimeVersion).toMatchObject({ value: '20', file: '.nvmrc' });
    expect(out.answers).toMatchObject({ lang: 'node', pm: 'pnpm', runtimeVersion: '20', entry: 'dist/main.js' });
  });

  it('lets flags win, and sets aside detected values that only fit the detected build tool', () => {
    const out = JSON.parse(runCli(['--yes', '--dry-run', '--json', '--pm', 'bun'], fixture('node-nest-pnpm')).stdout);
    expect(out.answers.pm).toBe('bun');
    // "20" was Node's version; with bun the runtime is bun, so its default applies.
    expect(out.answers.runtimeVersion).toBe('1.4');
  });

  it('drops a detected version that the chosen final cannot run', () => {
    const out = JSON.parse(runCli(['--yes', '--dry-run', '--json', '--final', 'distroless'], fixture('py-fastapi-poetry')).stdout);
    expect(out.detected.runtimeVersion.value).toBe('3.14');
    expect(out.answers.runtimeVersion).toBe('3.13');
  });

  it('fails with --yes when manifests of several languages are present, naming them', () => {
    const dir = fixture('ambiguous-node-go');
    const r = runCli(['--yes'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/several languages \(package\.json, go\.mod\); pass --lang node\|go/);
    expect(runCli(['--yes', '--lang', 'go', '--dry-run'], dir).code).toBe(0);
  });

  it('fails with --yes when nothing says which language this is, naming the files looked for and --lang, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cms-empty-'));
    const r = runCli(['--yes'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'create-multistage: found none of package.json, go.mod, pyproject.toml, requirements.txt, Pipfile, setup.py, pom.xml, build.gradle.kts, build.gradle here, so the language is unknown; pass --lang node|go|python|java\n',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('warns once, on stderr or in --json, when a Node project has no lockfile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cms-nolock-'));
    writeFileSync(join(dir, 'package.json'), '{"scripts":{"start":"node server.js"}}');
    writeFileSync(join(dir, 'server.js'), '');
    const json = runCli(['--yes', '--dry-run', '--json'], dir);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).warnings).toEqual([
      expect.stringMatching(/^no lockfile \(package-lock\.json, .*not reproducible; commit one$/),
    ]);
    const text = runCli(['--yes', '--dry-run'], dir);
    expect(text.stderr.match(/^warning: no lockfile/gm)).toHaveLength(1);
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    expect(runCli(['--yes', '--dry-run'], dir).stderr).toBe('');
  });

  it("warns when package.json's test script is npm init's placeholder, which fails the test stage", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cms-placeholder-'));
    const test = 'echo "Error: no test specified" && exit 1';
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'node server.js', test } }));
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    writeFileSync(join(dir, 'server.js'), '');
    expect(runCli(['--yes', '--dry-run'], dir).stderr).toBe(
      "warning: package.json's test script is npm init's placeholder, which exits 1: the test stage fails until it runs tests (or is removed)\n",
    );
  });

  it('pre-fills prompts with detected values, marked "(detected)"', async () => {
    const detection = await detect(fixture('go-cmd-multi'));
    const questions = questionsFor({}, detection);
    const entry = questions.find((q) => q.name === 'entry')!;
    const answers = { lang: 'go', pm: 'go' };
    expect(entry.default?.(answers)).toBe('./cmd/api');
    expect(typeof entry.message === 'function' && entry.message(answers)).toBe('Entry point (detected)');
    const port = questions.find((q) => q.name === 'port')!;
    expect(port.default?.(answers)).toBe(9090);
    // Nothing detected for the health check: the built-in default, unmarked.
    const health = questions.find((q) => q.name === 'healthcheck')!;
    expect(health.default?.(answers)).toBe('none');
    expect(typeof health.message === 'function' && health.message(answers)).toBe('Health check path (or none)');
  });
});
