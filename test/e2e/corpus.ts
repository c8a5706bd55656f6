// The corpus of real starters (corpus/starters.ts), each generated with --yes and no other flag,
// built and started in the real engine: a server answers on its port, a static site is served by
// nginx. Declared from images.test.ts, so that it shares that file's engine turn.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { materialize } from './corpus/materialize.js';
import { type Starter, starters } from './corpus/starters.js';
import { build, docker, must, processUids, waitHealthy } from './support/docker.js';

/** Made once per machine; the stamp next to each folder rebuilds it when its spec changes. */
export const CACHE = join(process.env.CMS_CACHE_DIR ?? '/var/cache/create-multistage', 'corpus');

/** Each starter's outcome: 'ok', or the step that failed and why. */
const outcomes = new Map<string, string>();

/** Generates, builds and starts one starter; throws with the step that failed. */
async function tryStarter(s: Starter, created: { images: string[]; containers: string[] }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `cms-corpus-${s.id}-`));
  cpSync(await materialize(s, CACHE), dir, { recursive: true });
  const r = runCli(['--yes', '--json'], dir);
  if (r.code !== 0) throw new Error(`generate: exit ${r.code}: ${r.stderr.trim()}`);
  const { answers } = JSON.parse(r.stdout);
  // The built-in frontend: the `# syntax=` line would pull one from Docker Hub.
  const path = join(dir, 'Dockerfile');
  writeFileSync(path, readFileSync(path, 'utf8').split('\n').slice(1).join('\n'));
  const tag = `cms-corpus/${s.id}:latest`;
  created.images.push(tag);
  build(dir, tag, 'production');
  const id = must(['run', '-d', '--health-interval', '2s', '-p', `127.0.0.1::${answers.port}`, tag])
    .trim()
    .split('\n')
    .pop()!;
  created.containers.push(id);
  const health = await waitHealthy(id, 180);
  if (!health.startsWith('healthy ')) throw new Error(`start: ${health}\n${docker(['logs', id]).out.slice(-3000)}`);
  const hostPort = must(['port', id, String(answers.port)])
    .trim()
    .split(':')
    .pop();
  const res = await fetch(`http://127.0.0.1:${hostPort}${s.path}`);
  if (!res.ok) throw new Error(`answer: ${s.path} gave ${res.status}`);
  const uids = processUids(id);
  if (!uids.length || uids.some((uid) => uid === 0)) throw new Error(`user: processes run as ${uids.join(', ')}`);
  if (s.kind === 'static' && answers.app !== 'static') throw new Error(`kind: a static site generated as ${answers.app}`);
}

export function corpusSuite(created: { images: string[]; containers: string[] }): void {
  beforeAll(async () => {
    for (const s of starters) await materialize(s, CACHE);
  }, 1_800_000);

  for (const s of starters) {
    const known = s.fails;
    it(`${s.id} (${s.pm}${s.lockfile ? '' : ', no lockfile'}, ${s.kind}) ${known ? `fails as the README says: ${known.why}` : 'builds and starts'}`, async () => {
      try {
        await tryStarter(s, created);
        outcomes.set(s.id, 'ok');
      } catch (error) {
        outcomes.set(s.id, (error as Error).message);
      }
      // A failure the README lists fails for its reason; once fixed, the entry goes.
      if (known) expect(outcomes.get(s.id), 'fixed? then remove `fails` from the starter and the README').toContain(known.shows);
      else expect(outcomes.get(s.id)).toBe('ok');
    }, 1_800_000);
  }

  it('at least 90% of the corpus builds and starts', () => {
    const passed = [...outcomes.values()].filter((o) => o === 'ok').length;
    console.log(`corpus: ${passed} of ${starters.length} starters built and started`);
    expect(passed / starters.length).toBeGreaterThanOrEqual(0.9);
  });
}
