import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate, withDefaults } from '../src/answers/resolve.js';
import { generate, UsageError } from '../src/index.js';
import { renderPlan } from '../src/render/plan.js';
import { filesIn, runCli, tempProject } from './support/cli.js';

const GO = ['--yes', '--lang', 'go', '--final', 'scratch', '--targets', 'test,lint'];

describe('the binary, flags only', () => {
  it('writes the Dockerfile and .dockerignore the templates render', async () => {
    const dir = tempProject();
    const r = runCli(GO, dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(filesIn(dir)).toEqual(['.create-multistage.json', '.dockerignore', 'Dockerfile']);
    const plan = await renderPlan(validate(withDefaults({ lang: 'go', final: 'scratch', targets: ['test', 'lint'] })));
    for (const f of plan) expect(readFileSync(join(dir, f.path), 'utf8')).toBe(f.content);
    expect(r.stdout).toContain('created  Dockerfile');
    expect(r.stdout).toContain('docker build --target test -t app:test .');
  });

  it('takes a project directory argument and creates it', () => {
    const dir = tempProject();
    const r = runCli([...GO, 'svc/api'], dir);
    expect(r.code).toBe(0);
    expect(filesIn(join(dir, 'svc/api'))).toEqual(['.create-multistage.json', '.dockerignore', 'Dockerfile']);
  });

  it('--json prints one object with the final answers and each file with its action', () => {
    const dir = tempProject();
    const r = runCli([...GO, '--json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.answers).toMatchObject({ lang: 'go', pm: 'go', final: 'scratch', targets: ['test', 'lint'], port: 8080 });
    expect(out.files).toEqual([
      { path: 'Dockerfile', action: 'create' },
      { path: '.dockerignore', action: 'create' },
    ]);
    expect(runCli([...GO, '--json'], dir).stdout).toContain('"action": "identical"');
  });

  it('--dry-run prints the files and writes nothing', () => {
    const dir = tempProject();
    const r = runCli([...GO, '--dry-run'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--- Dockerfile (would be: created)');
    expect(r.stdout).toContain('FROM scratch AS production');
    expect(filesIn(dir)).toEqual([]);
    const json = JSON.parse(runCli([...GO, '--dry-run', '--json'], dir).stdout);
    expect(json.dryRun).toBe(true);
    expect(json.files[0].content).toContain('FROM scratch AS production');
    expect(filesIn(dir)).toEqual([]);
  });

  it("--ci writes each chosen pipeline to its system's place, and brings in the test stage", () => {
    const dir = tempProject();
    const r = runCli(['--yes', '--lang', 'python', '--ci', 'github,jenkins', '--json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.answers).toMatchObject({
      ci: ['github', 'jenkins'],
      targets: ['test'],
      registry: '',
      scan: 'block',
      sign: 'cosign',
      updates: 'dependabot',
    });
    expect(out.files.map((f: { path: string }) => f.path)).toEqual([
      'Dockerfile',
      '.dockerignore',
      '.github/workflows/docker.yml',
      'Jenkinsfile',
      '.github/dependabot.yml',
    ]);
    expect(readFileSync(join(dir, '.github/workflows/docker.yml'), 'utf8')).toContain('IMAGE: "ghcr.io/${{ github.repository }}"');
    expect(runCli(['--yes', '--lang', 'go', '--ci', 'none', '--json'], tempProject()).stdout).toContain('"ci": []');
  });

  it('--help and --version', () => {
    const dir = tempProject();
    const help = runCli(['--help'], dir);
    expect(help.code).toBe(0);
    for (const flag of [
      '--lang',
      '--pm',
      '--runtime-version',
      '--app',
      '--targets',
      '--final',
      '--port',
      '--healthcheck',
      '--entry',
      '--platforms',
      '--ci',
      '--registry',
      '--scan',
      '--yes',
      '--force',
      '--dry-run',
      '--json',
    ]) {
      expect(help.stdout).toContain(flag);
    }
    expect(runCli(['--version'], dir).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('without a terminal and without --yes', () => {
  it('exits 2 naming the missing answers and their flags, and writes nothing', () => {
    const dir = tempProject();
    const r = runCli(['--lang', 'go', '--final', 'scratch'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a terminal/);
    for (const flag of ['--pm', '--runtime-version', '--targets', '--port', '--healthcheck', '--entry', '--platforms'])
      expect(r.stderr).toContain(flag);
    expect(r.stderr).not.toContain('--final');
    expect(filesIn(dir)).toEqual([]);
  });
});

describe('bad input exits 2 with one line saying what was wrong and what is accepted, and writes nothing', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown language', ['--lang', 'cobol'], /--lang must be one of: node, go, python, java/],
    ['port out of range', ['--port', '70000'], /--port must be from 1 to 65535 \(got 70000\)/],
    ['port not a number', ['--port', '80a'], /--port must be a whole number/],
    ['version with a newline', ['--runtime-version', '22\nRUN id'], /--runtime-version must be a version/],
    ['version with shell characters', ['--runtime-version', '22;id'], /--runtime-version must be a version/],
    ['entry with a command substitution', ['--entry', 'dist/$(id).js'], /--entry may only contain/],
    ['entry with a newline', ['--entry', 'a\nb'], /--entry may only contain/],
    ['entry outside the project', ['--entry', '../secret.js'], /--entry must stay inside the project/],
    ['health check that is not a path', ['--healthcheck', 'http://x'], /--healthcheck must be an HTTP path/],
    [
      'target the language lacks',
      ['--lang', 'java', '--targets', 'lint'],
      /--targets has lint, which Java \(server\) does not offer; use any of: development, test, debug/,
    ],
    ['unknown target', ['--targets', 'deploy'], /--targets must be one of/],
    ['unknown platform', ['--platforms', 'windows/amd64'], /--platforms must be one of/],
    [
      'build tool of another language',
      ['--lang', 'node', '--pm', 'maven'],
      /--pm is not a Node\.js build tool; use one of: npm, pnpm, yarn, yarn1, bun/,
    ],
    ['static app for Go', ['--lang', 'go', '--app', 'static'], /--app is not available for Go/],
    ['scratch for Node', ['--lang', 'node', '--final', 'scratch'], /--final is not offered for Node\.js/],
    ['distroless Python on another version', ['--lang', 'python', '--final', 'distroless', '--runtime-version', '3.12'], /must be 3\.13/],
    ['unknown CI system', ['--ci', 'travis'], /--ci must be one of: github, gitlab, jenkins/],
    [
      'CI without the test stage',
      ['--lang', 'go', '--ci', 'github', '--targets', 'lint'],
      /--ci pipelines build the test stage: add test to --targets/,
    ],
    ['registry in upper case', ['--ci', 'gitlab', '--registry', 'Registry.gitlab.com/acme/api'], /--registry must be an image name/],
    ['registry with a shell character', ['--ci', 'gitlab', '--registry', 'ghcr.io/acme/api;id'], /--registry must be an image name/],
    ['unknown scan mode', ['--ci', 'github', '--scan', 'off'], /--scan must be one of: block, report/],
    ['unknown flag', ['--colour'], /Unknown option '--colour'/],
    ['two directories', ['a', 'b'], /expected one project directory/],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const dir = tempProject();
    const r = runCli(['--yes', ...args], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(filesIn(dir)).toEqual([]);
  });

  it('a path that is a file', () => {
    const dir = tempProject();
    writeFileSync(join(dir, 'file'), 'x');
    const r = runCli([...GO, 'file'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/file is not a directory/);
    const below = runCli([...GO, 'file/sub'], dir);
    expect(below.code).toBe(2);
    expect(below.stderr).toMatch(/cannot write .*file\/sub.*ENOTDIR; nothing was written/);
    expect(filesIn(dir)).toEqual(['file']);
  });
});

describe('a --templates override that fails to render exits 2 naming its file and line, and writes nothing', () => {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // [case, the override file, its content, what follows "<file>:" on stderr]
  const cases: [string, string, string, string][] = [
    ['a missing value (strict mode)', 'go/Dockerfile.hbs', 'FROM scratch\n  {{nope}}\n', '2:5: "nope" not defined in [^\n]*\n$'],
    ['a syntax error', 'go/Dockerfile.hbs', 'FROM scratch\n{{#if has.test}}\n', "3: Parse error on line 3:\n[^]*got 'EOF'\n$"],
    ['a missing value in a partial', 'partials/header.hbs', '# ours\n# {{generator.nope}}\n', '2:5: "nope" not defined in [^\n]*\n$'],
    ['mismatched blocks in a partial', 'partials/header.hbs', '# ours\n# {{#each x}}{{/if}}\n', "2:6: each doesn't match if\n$"],
  ];
  it.each(cases)('%s', async (_name, file, content, after) => {
    const templates = tempProject();
    mkdirSync(join(templates, dirname(file)));
    writeFileSync(join(templates, file), content);
    const dir = tempProject();
    const r = runCli([...GO, '--templates', templates], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^create-multistage: template ${literal(join(templates, file))}:${after}`));
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(r.stdout).toBe('');
    expect(filesIn(dir)).toEqual([]);
    // The API throws the same error.
    const error = await generate({ lang: 'go', final: 'scratch', targets: ['test', 'lint'] }, { templates }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(`create-multistage: ${(error as UsageError).message}\n`).toBe(r.stderr);
  });
});

describe('existing files', () => {
  it('are left untouched without --force (exit 1), and replaced with it', () => {
    const dir = tempProject();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM mine\n');
    const r = runCli(GO, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Dockerfile already exists and would change; pass --force/);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe('FROM mine\n');
    expect(filesIn(dir)).toEqual(['Dockerfile']);

    const forced = runCli([...GO, '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/overwritten +Dockerfile/);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain('FROM scratch AS production');
  });

  it('identical ones are reported, not rewritten', () => {
    const dir = tempProject();
    expect(runCli(GO, dir).code).toBe(0);
    // An old mtime, so that any write would show; a write through a renamed temporary changes the inode too.
    const generated = ['Dockerfile', '.dockerignore'].map((f) => {
      utimesSync(join(dir, f), new Date('2001-01-01'), new Date('2001-01-01'));
      const { ino, mtimeMs } = statSync(join(dir, f));
      return { f, ino, mtimeMs, content: readFileSync(join(dir, f), 'utf8') };
    });
    const again = runCli(GO, dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/identical +Dockerfile/);
    expect(again.stdout).toMatch(/identical +\.dockerignore/);
    for (const { f, ino, mtimeMs, content } of generated) {
      expect(statSync(join(dir, f))).toMatchObject({ ino, mtimeMs });
      expect(readFileSync(join(dir, f), 'utf8')).toBe(content);
    }
    mkdirSync(join(dir, 'unrelated'));
    expect(filesIn(dir)).toEqual(['.create-multistage.json', '.dockerignore', 'Dockerfile', 'unrelated']);
  });
});

describe('colour', () => {
  it('only in a terminal, and never with NO_COLOR', async () => {
    const { colorEnabled } = await import('../src/cli/color.js');
    expect(colorEnabled({}, true)).toBe(true);
    expect(colorEnabled({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorEnabled({}, false)).toBe(false);
    expect(colorEnabled({}, undefined)).toBe(false);
    // The binary's stdout here is a pipe: plain text.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what this checks for
    expect(runCli(GO, tempProject()).stdout).not.toMatch(/\u001b\[/);
  });

  it('paints the summary when enabled', async () => {
    const { main } = await import('../src/main.js');
    const { memoryIo } = await import('./support/io.js');
    const io = memoryIo(tempProject(), undefined, { color: true });
    expect(await main(GO, io)).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what this checks for
    expect(io.out()).toMatch(/\u001b\[32mcreated\u001b\[39m +Dockerfile/);
  });
});
