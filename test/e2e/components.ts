// Several components of one repository in the real engine: a static frontend with a Go API, and a
// Node.js API with a Python worker, each a target per service of one Dockerfile, run together on a
// network of their own; the second also with its compose.yaml. Declared from images.test.ts, so
// that it shares that file's engine turn.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { composeBin } from '../support/validators/compose-cli.js';
import { CACHE } from './corpus.js';
import { materialize } from './corpus/materialize.js';
import { starters } from './corpus/starters.js';
import { build, docker, imageFiles, must, processUids, waitHealthy } from './support/docker.js';

const APPS = resolve(import.meta.dirname, '../apps');

/**
 * A repository of test apps (a folder of test/apps, or an absolute path), one per folder, generated
 * for with `args`; the `# syntax=` line dropped (it pulls a frontend).
 */
function repository(name: string, folders: Record<string, string>, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), `cms-e2e-${name}-`));
  for (const [folder, app] of Object.entries(folders)) cpSync(resolve(APPS, app), join(dir, folder), { recursive: true });
  const r = runCli(['--yes', ...args], dir);
  expect(r.code, r.stderr).toBe(0);
  const path = join(dir, 'Dockerfile');
  writeFileSync(path, readFileSync(path, 'utf8').split('\n').slice(1).join('\n'));
  return dir;
}

/** The body `url` answers with, retried while the server starts, until `wanted` or the time is up. */
async function body(url: string, wanted: string, seconds: number): Promise<string> {
  let last = '';
  for (let i = 0; i < seconds; i++) {
    last = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      async (r) => `${r.status} ${(await r.text()).trim()}`,
      (e: Error) => e.message,
    );
    if (last.includes(wanted)) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return last;
}

/**
 * Where a component's RUN steps sit in BuildKit's plain progress: the line of the first one's
 * start, and of the last one's end (`#<id> [<name>-<stage> i/n] RUN …` … `#<id> DONE`).
 */
function runSpan(log: string, component: string): { start: number; done: number } {
  const lines = log.split('\n');
  const ids = new Set<string>();
  let start = -1;
  let done = -1;
  for (const [i, line] of lines.entries()) {
    const step = new RegExp(`^#(\\d+) \\[${component}-[a-z-]+ \\d+/\\d+\\] RUN `).exec(line);
    if (step && !ids.has(step[1]!)) {
      ids.add(step[1]!);
      if (start < 0) start = i;
    }
    const end = /^#(\d+) DONE /.exec(line);
    if (end && ids.has(end[1]!)) done = i;
  }
  if (start < 0 || done < 0) throw new Error(`no RUN step of ${component} in the progress`);
  return { start, done };
}

/** The container's logs, polled until they show `wanted` or the time is up. */
async function logs(container: string, wanted: string, seconds: number): Promise<string> {
  let out = '';
  for (let i = 0; i < seconds && !out.includes(wanted); i++) {
    await new Promise((r) => setTimeout(r, 1000));
    out = docker(['logs', container]).out;
  }
  return out;
}

export function componentsSuite(created: { images: string[]; containers: string[] }): void {
  const network = 'cms-e2e-components';
  const run = (name: string, image: string, alias: string, ...args: string[]) => {
    created.containers.push(name);
    must(['run', '-d', '--name', name, '--network', network, '--network-alias', alias, ...args, image]);
  };
  const image = (dir: string, target: string) => {
    const tag = `cms-e2e/components-${target}:latest`;
    created.images.push(tag);
    build(dir, tag, target);
    return tag;
  };
  let composeDir = '';
  let devDir = '';
  const compose = (...args: string[]) =>
    spawnSync(composeBin(), ['-p', 'cms-e2e-components', ...args], { cwd: composeDir, encoding: 'utf8' });
  const dev = (...args: string[]) => spawnSync(composeBin(), ['-p', 'cms-e2e-components-dev', ...args], { cwd: devDir, encoding: 'utf8' });

  afterAll(() => {
    if (composeDir) compose('down', '--rmi', 'local', '--timeout', '1');
    if (devDir) dev('down', '--rmi', 'local', '--timeout', '1');
    for (const c of created.containers.filter((c) => c.startsWith('cms-e2e-components-'))) docker(['rm', '-f', c]);
    docker(['network', 'rm', network]);
  });

  it('a static frontend and a Go API: nginx serves the site and hands /api/ to the API, both as non-root', async () => {
    const dir = repository('components-web-go', { frontend: 'node-static', backend: 'go-api' }, [
      '--components',
      'web=frontend:static,api=backend:go',
      '--healthcheck',
      'api=/api/health',
      '--targets',
      'test',
    ]);
    // The API's own tests, then each service's image.
    build(dir, 'cms-e2e/components-api-test:latest', 'api-test');
    created.images.push('cms-e2e/components-api-test:latest');
    const [api, web] = [image(dir, 'api'), image(dir, 'web')];
    docker(['network', 'create', network]);
    run('cms-e2e-components-api', api, 'api');
    run('cms-e2e-components-web', web, 'web', '-p', '18080:8080');
    expect(await waitHealthy('cms-e2e-components-api', 300)).toMatch(/^healthy/);
    expect(await waitHealthy('cms-e2e-components-web', 300)).toMatch(/^healthy/);
    expect(await body('http://127.0.0.1:18080/', 'hello from static', 30)).toMatch(/^200 .*hello from static/s);
    expect(await body('http://127.0.0.1:18080/api/hello', 'hello from the api', 30)).toBe('200 hello from the api');
    for (const name of ['cms-e2e-components-api', 'cms-e2e-components-web'])
      expect(
        processUids(name).filter((uid) => uid === 0),
        name,
      ).toEqual([]);
  }, 1_200_000);

  it('the same two combined: one image, the API serving the site, built in parallel stages', async () => {
    const dir = repository('components-combined', { frontend: 'node-static', backend: 'go-api' }, [
      '--components',
      'web=frontend:static,api=backend:go',
      '--healthcheck',
      'api=/api/health',
      '--combine',
    ]);
    const tag = 'cms-e2e/components-combined:latest';
    created.images.push(tag);
    // Nothing cached, so that every step runs and the progress shows when each started and ended.
    const log = must(['build', '--no-cache', '--progress=plain', '-t', tag, dir]);
    const web = runSpan(log, 'web');
    const api = runSpan(log, 'api');
    // Both components' steps start before either finishes: BuildKit ran them side by side.
    expect(Math.max(web.start, api.start), log.slice(-4000)).toBeLessThan(Math.min(web.done, api.done));
    const files = imageFiles(tag);
    expect(files).toEqual(expect.arrayContaining(['/app', '/srv/www/index.html']));
    expect(files.filter((f) => /node_modules|\/bin\/(node|npm)$|\/usr\/local\/go/.test(f))).toEqual([]);
    const name = 'cms-e2e-components-combined';
    created.containers.push(name);
    must(['run', '-d', '--name', name, '-p', '18081:8080', tag]);
    expect(await waitHealthy(name, 300)).toMatch(/^healthy/);
    expect(await body('http://127.0.0.1:18081/', 'hello from static', 30)).toMatch(/^200 .*hello from static/s);
    expect(await body('http://127.0.0.1:18081/api/hello', 'hello from the api', 30)).toBe('200 hello from the api');
    expect(processUids(name).filter((uid) => uid === 0)).toEqual([]);
  }, 1_200_000);

  it('a Vite frontend and a Go API with compose.yaml: each development server answers on its published port', async () => {
    // create-vite's own starter, made by its generator (the corpus' cache).
    const vite = await materialize(starters.find((s) => s.id === 'vite-vanilla')!, CACHE);
    devDir = repository('components-dev', { frontend: vite, backend: 'go-api' }, [
      '--components',
      'web=frontend:static,api=backend:go',
      '--healthcheck',
      'api=/api/health',
      '--compose',
      'watch',
    ]);
    const up = dev('up', '-d', '--build', '--wait');
    expect(up.status, up.stderr.slice(-3000)).toBe(0);
    // Vite's dev server, on every interface and the published port, not localhost:5173.
    expect(await body('http://127.0.0.1:8080/', '/@vite/client', 60)).toMatch(/^200 .*\/@vite\/client/s);
    // The API's port, taken on the host by the site first, is published on the next one.
    expect(await body('http://127.0.0.1:8081/api/hello', 'hello from the api', 60)).toBe('200 hello from the api');
  }, 1_200_000);

  it('a Node.js API and a Python worker: the worker reaches the API by its service name, both as non-root', async () => {
    composeDir = repository('components-api-worker', { api: 'node-plain', worker: 'python-worker' }, [
      '--components',
      'api=api:server:node,worker=worker:worker:python',
      '--entry',
      'api=server.js',
      '--entry',
      'worker=worker.py',
      // The Python stand-in's line.
      '--runtime-version',
      'worker=3.13',
      '--compose',
      'watch',
    ]);
    const [api, worker] = [image(composeDir, 'api'), image(composeDir, 'worker')];
    run('cms-e2e-components-node', api, 'api');
    run('cms-e2e-components-worker', worker, 'worker');
    expect(await waitHealthy('cms-e2e-components-node', 300)).toMatch(/^healthy/);
    expect(await logs('cms-e2e-components-worker', 'worker: api says ok', 60)).toContain('worker: api says ok');
    for (const name of ['cms-e2e-components-node', 'cms-e2e-components-worker'])
      expect(
        processUids(name).filter((uid) => uid === 0),
        name,
      ).toEqual([]);
  }, 1_200_000);

  it('runs the same two with compose.yaml: the worker starts once the API is healthy, and reaches it', async () => {
    // Compose starts the worker only once the API's healthcheck passes (depends_on: service_healthy).
    const up = compose('up', '-d', '--build', '--wait');
    expect(up.status, up.stderr.slice(-3000)).toBe(0);
    expect(up.stderr).toMatch(/api-1\s+Healthy[\s\S]*worker-1\s+Starting/);
    const ps = compose('ps', '--format', '{{.Service}} {{.Health}}');
    expect(ps.stdout).toContain('api healthy');
    let out = '';
    for (let i = 0; i < 60 && !out.includes('worker: api says ok'); i++) {
      await new Promise((r) => setTimeout(r, 1000));
      out = compose('logs', 'worker').stdout;
    }
    expect(out).toContain('worker: api says ok');
  }, 1_200_000);
}
