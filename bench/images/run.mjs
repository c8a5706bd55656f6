#!/usr/bin/env node
// Benchmark, not a test: builds each sample app's generated Dockerfile on the stand-in images and
// prints one table. Run by hand, as root, with the engine up and the stand-ins built:
//   bash scripts/docker-engine.sh start && eval "$(bash scripts/docker-engine.sh env)"
//   bash test/e2e/standins/build.sh && npm run build && node bench/images/run.mjs
// Cold builds prune the whole build cache first (cache mounts included); the stand-in bases stay.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCKER = process.env.DOCKER_BIN ?? '/usr/bin/docker';

// Each app, on the lines the stand-ins build (test/e2e/standins/build.sh): generator flags, the runtime base the final stage starts from, what the app itself
// ships (paths inside the final image), and a source file for the warm rebuild. scratch has no base,
// so the CA bundle and tzdata that distroless/static would provide count with the binary.
const APPS = [
  {
    name: 'node-server',
    flags: ['--lang', 'node', '--runtime-version', '26'],
    base: 'node:26-trixie-slim',
    artifacts: ['/app'],
    source: 'src/server.js',
    comment: '//',
  },
  {
    name: 'go',
    label: 'go (scratch)',
    flags: ['--lang', 'go', '--runtime-version', '1.27', '--final', 'scratch', '--entry', './cmd/server'],
    base: null,
    artifacts: ['/app', '/etc/ssl/certs/ca-certificates.crt', '/usr/share/zoneinfo'],
    source: 'cmd/server/main.go',
    comment: '//',
  },
  {
    name: 'go',
    label: 'go (distroless)',
    flags: ['--lang', 'go', '--runtime-version', '1.27', '--final', 'distroless', '--entry', './cmd/server'],
    base: 'gcr.io/distroless/static-debian13:nonroot',
    artifacts: ['/app'],
    source: 'cmd/server/main.go',
    comment: '//',
  },
  {
    name: 'python',
    flags: ['--lang', 'python', '--runtime-version', '3.13', '--entry', 'app.py'],
    base: 'python:3.13-slim-trixie',
    artifacts: ['/opt/venv', '/app'],
    source: 'app.py',
    comment: '#',
  },
  {
    name: 'java',
    flags: ['--lang', 'java', '--runtime-version', '25'],
    base: 'eclipse-temurin:25-jre',
    artifacts: ['/app'],
    source: 'src/main/java/com/example/app/App.java',
    comment: '//',
  },
];

function docker(args, cwd) {
  const r = spawnSync(DOCKER, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, DOCKER_BUILDKIT: '1' } });
  if (r.status !== 0) throw new Error(`docker ${args.join(' ')}:\n${r.stderr.slice(-3000)}`);
  return r.stdout;
}

function timed(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const size = (image) => Number(docker(['image', 'inspect', '--format', '{{.Size}}', image]).trim());

/** Bytes of the files under the given paths inside an image (the sizes a tar listing gives, not the
 * tar stream, whose headers and padding would count a folder of small files twice over). */
function pathsSize(image, paths) {
  const id = docker(['create', image]).trim();
  try {
    return paths.reduce((sum, p) => {
      const r = spawnSync('sh', ['-c', `${DOCKER} cp "${id}:${p}" - | tar -tvf -`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      if (r.status !== 0) throw new Error(`cannot list ${p} in ${image}: ${r.stderr}`);
      return (
        sum +
        r.stdout
          .split('\n')
          .filter(Boolean)
          .reduce((n, line) => n + Number(line.trim().split(/\s+/)[2]), 0)
      );
    }, 0);
  } finally {
    docker(['rm', '-f', id]);
  }
}

const mb = (b) => (b < 1e6 ? `${(b / 1e3).toFixed(0)} kB` : `${(b / 1e6).toFixed(1)} MB`);
const rows = [
  ['app', 'cold build', 'warm rebuild', 'warm / cold', 'final image', 'base alone', 'app artifacts', 'final / (base + artifacts)'],
];
for (const app of APPS) {
  const dir = mkdtempSync(join(tmpdir(), `cms-bench-${app.name}-`));
  cpSync(join(ROOT, 'test/apps', app.name), dir, { recursive: true });
  const gen = spawnSync(process.execPath, [join(ROOT, 'bin/create-multistage.js'), '--yes', ...app.flags], { cwd: dir, encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(gen.stderr);
  // The `# syntax=` line needs Docker Hub, unreachable here; everything else is used as generated.
  const dockerfile = join(dir, 'Dockerfile');
  writeFileSync(dockerfile, readFileSync(dockerfile, 'utf8').split('\n').slice(1).join('\n'));
  const tag = `cms-bench/${(app.label ?? app.name).replace(/\W+/g, '-').replace(/-$/, '')}`;

  docker(['builder', 'prune', '-af']);
  const cold = timed(() => docker(['build', '-t', tag, '.'], dir));
  const file = join(dir, app.source);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n${app.comment} bench ${Date.now()}\n`);
  const warm = timed(() => docker(['build', '-t', tag, '.'], dir));

  const final = size(tag);
  const base = app.base ? size(app.base) : 0;
  const artifacts = pathsSize(tag, app.artifacts);
  rows.push([
    app.label ?? app.name,
    `${cold.toFixed(1)} s`,
    `${warm.toFixed(1)} s`,
    `${((warm / cold) * 100).toFixed(0)}%`,
    mb(final),
    app.base ? mb(base) : '0 (scratch)',
    mb(artifacts),
    `${(final / (base + artifacts)).toFixed(3)}`,
  ]);
  docker(['rmi', '-f', tag]);
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const [i, r] of rows.entries()) {
  console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}
