import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionsFor } from '../src/answers/prompts.js';
import { main } from '../src/main.js';
import type { Prompter } from '../src/answers/prompts.js';
import { scriptedPrompter } from './support/scripted-prompter.js';
import { tempProject } from './support/cli.js';
import { memoryIo } from './support/io.js';

const io = (cwd: string, prompter: () => Promise<Prompter>) => memoryIo(cwd, prompter, { interactive: true });

describe('interactive prompts, answered programmatically through the injected prompt module', () => {
  it('asks every answer no flag gave, and writes what was answered', async () => {
    const dir = tempProject();
    const prompter = scriptedPrompter({
      lang: 'python',
      pm: 'poetry',
      app: 'server',
      final: 'slim',
      runtimeVersion: '3.13',
      ci: ['gitlab'],
      registry: '',
      scan: 'report',
      sign: 'none',
      updates: 'renovate',
      compose: 'watch',
      targets: ['test', 'development'],
      port: '8001',
      healthcheck: '/ready',
      entry: 'svc.wsgi:application',
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    const ctx = io(dir, async () => prompter);
    expect(await main([], ctx)).toBe(0);
    expect(prompter.asked).toEqual([
      'lang',
      'pm',
      'app',
      'final',
      'runtimeVersion',
      'ci',
      'registry',
      'scan',
      'sign',
      'updates',
      'compose',
      'targets',
      'port',
      'healthcheck',
      'entry',
      'platforms',
    ]);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toContain('--exit-code 0');
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).not.toContain('cosign');
    expect(readFileSync(join(dir, 'renovate.json'), 'utf8')).toContain('customManagers:dockerfileVersions');
    const dockerfile = readFileSync(join(dir, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('ARG PYTHON_VERSION=3.13');
    expect(dockerfile).toContain('poetry install --only main --no-root');
    expect(dockerfile).toContain('FROM dev-deps AS test');
    expect(dockerfile).toContain('"--bind", "0.0.0.0:8001", "svc.wsgi:application"]');
    expect(dockerfile).toContain("urlopen('http://127.0.0.1:8001/ready'");
    expect(dockerfile).toContain('docker buildx build --platform linux/amd64,linux/arm64');
    const compose = readFileSync(join(dir, 'compose.yaml'), 'utf8');
    expect(compose).toContain('      target: development\n');
    expect(compose).toContain('- action: sync+restart\n          path: .\n          target: /app\n');
    expect(compose).toContain('- action: rebuild\n          path: poetry.lock\n');
  });

  it('skips what flags gave, and offers defaults that follow earlier answers', async () => {
    const dir = tempProject();
    const prompter = scriptedPrompter({});
    expect(
      await main(
        ['--lang', 'python', '--final', 'distroless', '--pm', 'uv'],
        io(dir, async () => prompter),
      ),
    ).toBe(0);
    // No CI chosen (the default), so the registry, scan and signing questions are skipped.
    expect(prompter.asked).toEqual([
      'app',
      'runtimeVersion',
      'ci',
      'updates',
      'compose',
      'targets',
      'port',
      'healthcheck',
      'entry',
      'platforms',
    ]);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain('FROM gcr.io/distroless/python3-debian13:nonroot AS production');
  });

  it('at a workspace root, asks which service to build among those no other package needs', async () => {
    const dir = tempProject();
    cpSync(resolve(import.meta.dirname, 'apps/ws-npm'), dir, { recursive: true });
    mkdirSync(join(dir, '.git'));
    const prompter = scriptedPrompter({ workspace: 'apps/web' });
    expect(
      await main(
        ['--lang', 'node', '--ci', 'none'],
        io(dir, async () => prompter),
      ),
    ).toBe(0);
    expect(prompter.asked[0]).toBe('workspace');
    expect(readFileSync(join(dir, 'apps/web/Dockerfile'), 'utf8')).toContain('-w apps/web');
    // With --yes nothing is asked: the run stops and names the services.
    const ask = scriptedPrompter({});
    expect(
      await main(
        ['--dry-run', '--yes'],
        io(dir, async () => ask),
      ),
    ).toBe(2);
    expect(ask.asked).toEqual([]);
  });

  it('at a root of components, offers them checked, then asks each one, and the shared answers once', async () => {
    const dir = tempProject();
    mkdirSync(join(dir, '.git'));
    for (const [path, text] of Object.entries({
      'backend/go.mod': 'module example.com/api\n\ngo 1.27\n',
      'backend/main.go': 'package main\n\nfunc main() {}\n',
      'frontend/package.json': JSON.stringify({ scripts: { build: 'vite build' }, devDependencies: { vite: '8' } }),
      'docs/package.json': JSON.stringify({ scripts: { build: 'vitepress build' }, devDependencies: { vitepress: '2' } }),
    })) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const prompter = scriptedPrompter({ components: ['backend', 'frontend'], ci: [] });
    expect(
      await main(
        [],
        io(dir, async () => prompter),
      ),
    ).toBe(0);
    expect(prompter.asked[0]).toBe('components');
    expect(prompter.asked.filter((q) => q === 'ci')).toHaveLength(1);
    expect(prompter.asked.filter((q) => q === 'port')).toHaveLength(2);
    const dockerfile = readFileSync(join(dir, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('AS backend\n');
    expect(dockerfile).toContain('AS frontend\n');
    expect(dockerfile).not.toContain('docs-');
  });

  it('asks the app kind for Node.js and offers only the finals and stages that kind has', () => {
    const [app] = questionsFor({ lang: 'node', pm: 'npm' }).filter((q) => q.name === 'app');
    expect(app?.when?.({ lang: 'node' })).toBe(true);
    const final = questionsFor({ lang: 'node' }).find((q) => q.name === 'final');
    expect(final?.choices?.({ lang: 'node', app: 'static' }).map((c) => c.value)).toEqual(['slim', 'alpine']);
    const targets = questionsFor({ lang: 'node' }).find((q) => q.name === 'targets');
    expect(targets?.choices?.({ lang: 'node', app: 'static' }).map((c) => c.value)).not.toContain('debug');
  });

  it('rejects a bad typed answer with the same rule as the flag', async () => {
    const prompter = scriptedPrompter({ port: '70000' });
    await expect(
      main(
        ['--lang', 'go'],
        io(tempProject(), async () => prompter),
      ),
    ).rejects.toThrow(/port: .*must be from 1 to 65535/);
  });

  it('never loads the prompt module when flags answer everything', async () => {
    const dir = tempProject();
    const ctx = io(dir, async () => {
      throw new Error('prompt module loaded');
    });
    expect(await main(['--yes', '--lang', 'go'], ctx)).toBe(0);
    expect(ctx.out()).toContain('created  Dockerfile');
  });

  it('asks before overwriting a file it did not generate, and keeps it on no', async () => {
    const dir = tempProject();
    const flags = [
      '--lang',
      'go',
      '--pm',
      'go',
      '--final',
      'slim',
      '--runtime-version',
      '1.23',
      '--targets',
      '',
      '--port',
      '8080',
      '--healthcheck',
      '/healthz',
      '--entry',
      '.',
      '--platforms',
      'linux/amd64',
      '--ci',
      'none',
      '--updates',
      'none',
      '--compose',
      'none',
    ];
    const path = join(dir, 'Dockerfile');
    writeFileSync(path, 'FROM mine\n');
    const no = scriptedPrompter({ overwrite: false });
    const noCtx = io(dir, async () => no);
    expect(await main(flags, noCtx)).toBe(1);
    expect(no.asked).toEqual(['overwrite']);
    expect(noCtx.err()).toMatch(/Dockerfile already exists/);
    expect(readFileSync(path, 'utf8')).toBe('FROM mine\n');
    const yes = scriptedPrompter({ overwrite: true });
    expect(
      await main(
        flags,
        io(dir, async () => yes),
      ),
    ).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('AS production');
  });
});
