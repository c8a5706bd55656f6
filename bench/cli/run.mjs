#!/usr/bin/env node
// Benchmark, not a test: prints figures, compares ratios, runs in one process.
//   node bench/cli/run.mjs [runs]      (after `npm run build` at the root and `npm install` here)
// 1. Cold generation: `create-multistage --yes` on examples/node-api, as a ratio to bare `node -e 0`.
// 2. The peer: @flydotio/dockerfile writing a Dockerfile for the same project, runs alternating.
// 3. Install footprint: packages and bytes that installing each adds to an empty project.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.argv[2] ?? 21);
const temp = (name) => mkdtempSync(join(tmpdir(), `cms-bench-${name}-`));

function emptyProject(name, spec) {
  const dir = temp(name);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `bench-${name}`, version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', spec], { cwd: dir, stdio: 'pipe' });
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const packages = Object.keys(lock.packages).filter((p) => p.startsWith('node_modules/')).length;
  return { dir, packages, bytes: du(join(dir, 'node_modules')) };
}

function du(path) {
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((n, f) => n + du(join(path, f)), 0) : s.size;
}

function time(cmd, args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, stdio: 'pipe' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Install both the way a user gets them: our packed tarball, and the peer from the registry.
const packDir = temp('pack');
execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT, stdio: 'pipe' });
const tarball = join(
  packDir,
  readdirSync(packDir).find((f) => f.endsWith('.tgz')),
);
const ours = emptyProject('ours', tarball);
const peer = emptyProject(
  'peer',
  `@flydotio/dockerfile@${JSON.parse(readFileSync(join(import.meta.dirname, 'package.json'), 'utf8')).devDependencies['@flydotio/dockerfile']}`,
);

const project = temp('project');
cpSync(join(ROOT, 'examples/node-api'), project, { recursive: true });
const oursBin = join(ours.dir, 'node_modules/create-multistage/bin/create-multistage.js');
const peerBin = join(peer.dir, 'node_modules/@flydotio/dockerfile/index.js');

const first = { ours: time(process.execPath, [oursBin, '--yes', '--force', '--lang', 'node'], project) };
first.peer = time(process.execPath, [peerBin, '--force'], project);

const samples = { node: [], ours: [], peer: [] };
for (let i = 0; i < RUNS; i++) {
  samples.node.push(time(process.execPath, ['-e', '0'], project));
  samples.ours.push(time(process.execPath, [oursBin, '--yes', '--force', '--lang', 'node'], project));
  samples.peer.push(time(process.execPath, [peerBin, '--force'], project));
}
const m = { node: median(samples.node), ours: median(samples.ours), peer: median(samples.peer) };

const ms = (x) => `${x.toFixed(0)} ms`;
const mb = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;
const rows = [
  ['measure', 'create-multistage', '@flydotio/dockerfile', 'goal'],
  ['first run after install', ms(first.ours), ms(first.peer), ''],
  [`median of ${RUNS} runs (alternating)`, ms(m.ours), ms(m.peer), ''],
  ['bare `node -e 0` (median)', ms(m.node), ms(m.node), ''],
  ['ratio to bare node', `${(m.ours / m.node).toFixed(2)}x`, `${(m.peer / m.node).toFixed(2)}x`, 'ours <= 2x'],
  ['peer / ours (median)', '', `${(m.peer / m.ours).toFixed(2)}x`, '> 1 (we are faster)'],
  ['packages installed', String(ours.packages), String(peer.packages), 'ours: 1'],
  ['bytes installed', mb(ours.bytes), mb(peer.bytes), 'ours < 1.5 MB'],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const [i, r] of rows.entries()) {
  console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}
