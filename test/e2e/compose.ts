// compose.yaml in the real engine: `docker compose up` builds the development target and publishes
// its port, and `docker compose watch` syncs a source edit into the running container and restarts
// it. Declared from images.test.ts, so that it shares that file's engine turn.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { bodyAt } from './support/docker.js';
import { composeBin } from '../support/validators/compose-cli.js';

const APP = resolve(import.meta.dirname, '../apps/go');
const SOURCE = 'cmd/server/main.go';

// Generous: on a loaded 2-core machine even linking and starting the app is slow.
const body = (wanted: string, seconds: number) => bodyAt('http://127.0.0.1:8080/', wanted, seconds);

export function composeSuite(): void {
  const dir = mkdtempSync(join(tmpdir(), 'cms-e2e-compose-'));
  const compose = (...args: string[]) => spawnSync(composeBin(), ['-p', 'cms-e2e-compose', ...args], { cwd: dir, encoding: 'utf8' });
  let watch: ChildProcess | undefined;

  afterAll(() => {
    watch?.kill();
    compose('down', '--rmi', 'local', '--timeout', '1');
  });

  it('generates compose.yaml, and `compose up` builds the development target and answers on its port', async () => {
    cpSync(APP, dir, { recursive: true });
    const r = runCli(['--yes', '--compose', 'watch', '--runtime-version', '1.27'], dir);
    expect(r.code, r.stderr).toBe(0);
    // The built-in frontend: the `# syntax=` line would pull one from Docker Hub.
    const path = join(dir, 'Dockerfile');
    writeFileSync(path, readFileSync(path, 'utf8').split('\n').slice(1).join('\n'));
    const up = compose('up', '-d', '--build');
    expect(up.status, up.stderr.slice(-3000)).toBe(0);
    expect(await body('hello from go', 300)).toBe('hello from go');
  }, 900_000);

  it('`compose watch` syncs a source edit into the container and restarts it', async () => {
    let log = '';
    watch = spawn(composeBin(), ['-p', 'cms-e2e-compose', 'watch'], { cwd: dir });
    watch.stdout?.on('data', (d) => (log += d));
    watch.stderr?.on('data', (d) => (log += d));
    for (let i = 0; i < 120 && !log.includes('Watch enabled'); i++) await new Promise((r) => setTimeout(r, 500));
    const file = join(dir, SOURCE);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('hello from go', 'hello from watched go'));
    expect(await body('hello from watched go', 300), log).toBe('hello from watched go');
    expect(log).toMatch(/Syncing "app" after changes were detected/);
  }, 600_000);
}
