#!/usr/bin/env node
// Benchmark, not a test: one service of a workspace, as create-multistage builds it and as a naive
// whole-repository Dockerfile does, side by side. Run by hand, as root, with the engine up:
//   bash scripts/docker-engine.sh start && eval "$(bash scripts/docker-engine.sh env)"
//   bash test/e2e/standins/build.sh && npm run build && node bench/images/workspace.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCKER = process.env.DOCKER_BIN ?? '/usr/bin/docker';

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, DOCKER_BUILDKIT: '1' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}:\n${(r.stdout + r.stderr).slice(-3000)}`);
  return r.stdout;
}

// What a generator that knows no workspaces writes at the root: the whole repository, every
// package's dependencies (dev ones too), every package built.
const NAIVE = `FROM node:26-trixie-slim
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build --workspaces --if-present
WORKDIR /app/apps/api
USER node
CMD ["node", "dist/server.js"]
`;

const size = (image) => Number(run(DOCKER, ['image', 'inspect', '--format', '{{.Size}}', image]).trim());
const files = (image, pattern) => {
  const id = run(DOCKER, ['create', image]).trim();
  try {
    return run('sh', ['-c', `${DOCKER} export ${id} | tar -t`])
      .split('\n')
      .filter((f) => pattern.test(f)).length;
  } finally {
    run(DOCKER, ['rm', id]);
  }
};

const dir = mkdtempSync(join(tmpdir(), 'cms-bench-ws-'));
cpSync(join(ROOT, 'test/apps/ws-npm'), dir, { recursive: true });
run(process.execPath, [join(ROOT, 'bin/create-multistage.js'), '--yes'], join(dir, 'apps/api'));
const dockerfile = join(dir, 'apps/api/Dockerfile');
// BuildKit would pull the syntax frontend from Docker Hub, which is unreachable here.
writeFileSync(dockerfile, readFileSync(dockerfile, 'utf8').split('\n').slice(1).join('\n'));
writeFileSync(join(dir, 'naive.Dockerfile'), NAIVE);
run(DOCKER, ['build', '-q', '-f', dockerfile, '-t', 'cms-bench/ws-api', dir]);
run(DOCKER, ['build', '-q', '-f', join(dir, 'naive.Dockerfile'), '-t', 'cms-bench/ws-api-naive', dir]);

const base = size('node:26-trixie-slim');
const mb = (n) => (Math.abs(n) < 1e6 ? `${(n / 1e3).toFixed(1)} kB` : `${(n / 1e6).toFixed(1)} MB`);
console.log('apps/api of test/apps/ws-npm (npm workspace: apps/api, apps/web, packages/shared)');
console.log('| build | image | over the node:26-trixie-slim base | files of apps/web or its dependency | dev dependency files |');
console.log('|---|---|---|---|---|');
for (const [label, image] of [
  ['create-multistage (apps/api/Dockerfile)', 'cms-bench/ws-api'],
  ['naive whole-repository Dockerfile', 'cms-bench/ws-api-naive'],
]) {
  const bytes = size(image);
  console.log(
    `| ${label} | ${mb(bytes)} | ${mb(bytes - base)} | ${files(image, /apps\/web\/|escape-html/)} | ${files(image, /node_modules\/is-odd\//)} |`,
  );
}
