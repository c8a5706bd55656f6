// Materialises every starter and runs our CLI on each, without Docker (--dry-run writes nothing).
// Run from the repository root: npx --yes tsx test/e2e/corpus/try.mjs [cacheDir] [id...]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { materialize } from './materialize.ts';
import { starters } from './starters.ts';

const [cacheDir = '/tmp/cms-corpus', ...only] = process.argv.slice(2);
const cli = resolve(import.meta.dirname, '../../../bin/create-multistage.js');
const results = [];
const t0 = Date.now();
for (const s of starters.filter((s) => only.length === 0 || only.includes(s.id))) {
  const start = Date.now();
  const row = { id: s.id, pm: s.pm, lockfile: s.lockfile, kind: s.kind, port: s.port };
  try {
    const dir = await materialize(s, resolve(cacheDir));
    row.seconds = (Date.now() - start) / 1000;
    let out;
    try {
      out = execFileSync('node', [cli, dir, '--yes', '--dry-run', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      row.exit = 0;
    } catch (e) {
      out = e.stdout;
      row.exit = e.status;
      row.stderr = e.stderr?.trim() || undefined;
    }
    const json = JSON.parse(out);
    if (json.error) row.error = json.error.message;
    if (json.answers) {
      const a = json.answers;
      Object.assign(row, { detected: { app: a.app, entry: a.entry, port: a.port, pm: a.pm, healthcheck: a.healthcheck } });
      row.from = Object.fromEntries(Object.entries(json.detected ?? {}).map(([k, v]) => [k, v.file + (v.note ? `: ${v.note}` : '')]));
      row.warnings = json.warnings;
      row.notes = json.notes;
    }
  } catch (e) {
    row.seconds = (Date.now() - start) / 1000;
    row.materializeError = String(e.message).slice(0, 2000);
  }
  console.log(JSON.stringify(row));
  results.push(row);
}
console.log(`total ${(Date.now() - t0) / 1000}s for ${results.length} starters`);
writeFileSync(resolve(cacheDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
