// The version policy: lines the table knows are kept (with an end-of-life warning on the injected
// day), newer ones pass through, and only a version with no image is moved, never down.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate, withDefaults } from '../src/answers/resolve.js';
import { placeRuntime } from '../src/answers/versions.js';
import { main } from '../src/main.js';
import { NODE } from '../src/languages/node/versions.js';
import { placeVersion } from '../src/languages/versions.js';
import { tempProject } from './support/cli.js';
import { memoryIo, TODAY } from './support/io.js';

const place = (answers: Parameters<typeof withDefaults>[0], today = TODAY) => placeRuntime(validate(withDefaults(answers)), today);

describe('the version policy', () => {
  it('keeps a known line, and warns once past its end of life, naming the date and the newest supported line', () => {
    expect(place({ lang: 'node', runtimeVersion: '26' })).toMatchObject({ answers: { runtimeVersion: '26' }, notes: [], warnings: [] });
    expect(place({ lang: 'node', runtimeVersion: '20' })).toMatchObject({
      answers: { runtimeVersion: '20' },
      notes: [],
      warnings: ['Node.js 20 reached its end of life on 2026-04-30; the newest supported line is 26'],
    });
    // The day decides: Node 22 is supported today and past its end on 2027-05-01.
    expect(place({ lang: 'node', runtimeVersion: '22' }).warnings).toEqual([]);
    expect(place({ lang: 'node', runtimeVersion: '22' }, new Date('2027-05-01')).warnings).toEqual([
      'Node.js 22 reached its end of life on 2027-04-30; the newest supported line is 26',
    ]);
    expect(place({ lang: 'python', runtimeVersion: '3.10' }).warnings).toEqual([
      'Python 3.10 reached its end of life on 2026-10-01; the newest supported line is 3.14',
    ]);
  });

  it('passes a newer version through with a note, and keeps Python 3.14 and Java 25 as given', () => {
    expect(place({ lang: 'node', runtimeVersion: '27' })).toMatchObject({
      answers: { runtimeVersion: '27' },
      notes: ['Node.js 27 is newer than the lines this generator knows (up to 26); used as given'],
    });
    expect(place({ lang: 'python', runtimeVersion: '3.15' }).answers.runtimeVersion).toBe('3.15');
    expect(place({ lang: 'python', runtimeVersion: '3.14' })).toMatchObject({
      answers: { runtimeVersion: '3.14' },
      notes: [],
      warnings: [],
    });
    expect(place({ lang: 'java', runtimeVersion: '25' })).toMatchObject({ answers: { runtimeVersion: '25' }, notes: [], warnings: [] });
  });

  it('moves only a version with no image, to the nearest newer line that has one', () => {
    expect(place({ lang: 'node', runtimeVersion: '14' })).toEqual({
      answers: expect.objectContaining({ runtimeVersion: '20' }),
      notes: ['Node.js 14 is not a line this generator builds (20, 22, 24, 25, 26); using 20, the nearest newer line that has one'],
      warnings: ['Node.js 20 reached its end of life on 2026-04-30; the newest supported line is 26'],
    });
    // Distroless builds even lines only: 25 has no distroless image.
    expect(place({ lang: 'node', runtimeVersion: '25', final: 'distroless' })).toMatchObject({
      answers: { runtimeVersion: '26' },
      notes: ['Node.js 25 has no distroless image; using 26, the nearest newer line that has one'],
    });
    expect(place({ lang: 'java', runtimeVersion: '11' }).answers.runtimeVersion).toBe('17');
    // Never down: a version between lines goes up.
    expect(placeVersion(NODE, '23', '').value).toBe('24');
  });

  it('defaults to the newest LTS line for Node and Java, the newest stable for Python and Go', () => {
    expect(validate(withDefaults({ lang: 'node' })).runtimeVersion).toBe('26');
    expect(validate(withDefaults({ lang: 'java' })).runtimeVersion).toBe('25');
    expect(validate(withDefaults({ lang: 'python' })).runtimeVersion).toBe('3.14');
    expect(validate(withDefaults({ lang: 'python', final: 'distroless' })).runtimeVersion).toBe('3.13');
    expect(validate(withDefaults({ lang: 'go' })).runtimeVersion).toBe('1.27');
  });
});

describe('the CLI', () => {
  it('prints the end-of-life warning on stderr and keeps the version', async () => {
    const dir = tempProject();
    const io = memoryIo(dir);
    expect(await main(['--yes', '--lang', 'node', '--runtime-version', '20'], io)).toBe(0);
    expect(io.err()).toBe('warning: Node.js 20 reached its end of life on 2026-04-30; the newest supported line is 26\n');
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain('ARG NODE_VERSION=20\n');
  });

  it('carries notes and warnings in --dry-run --json', async () => {
    const io = memoryIo(tempProject());
    expect(await main(['--yes', '--dry-run', '--json', '--lang', 'node', '--runtime-version', '14'], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.answers.runtimeVersion).toBe('20');
    expect(out.notes).toEqual([expect.stringContaining('Node.js 14 is not a line this generator builds')]);
    expect(out.warnings).toEqual([expect.stringContaining('Node.js 20 reached its end of life on 2026-04-30')]);
    expect(io.err()).toBe('');
  });
});
