import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide, toWrite } from '../src/write/decide.js';
import { writeAll } from '../src/write/disk.js';
import { filesIn, tempProject } from './support/cli.js';

const plan = [
  { path: 'Dockerfile', content: 'FROM new\n' },
  { path: '.dockerignore', content: '.git\n' },
];

describe('decide, on a first run (no saved state)', () => {
  const onDisk = new Map([
    ['Dockerfile', 'FROM old\n'],
    ['.dockerignore', '.git\n'],
  ]);
  it('keeps files it did not generate unless overwriting is allowed', () => {
    expect(decide(plan, onDisk, null, false).map((d) => d.action)).toEqual(['exists', 'identical']);
    expect(decide(plan, onDisk, null, true).map((d) => d.action)).toEqual(['overwrite', 'identical']);
    expect(decide(plan, new Map(), null, false).map((d) => d.action)).toEqual(['create', 'create']);
    expect(toWrite(decide(plan, onDisk, null, true))).toEqual([{ path: 'Dockerfile', content: 'FROM new\n' }]);
  });
});

describe('writeAll', () => {
  it('writes every file and leaves no temporary files behind', async () => {
    const dir = tempProject();
    await writeAll(dir, [...plan, { path: '.github/workflows/x.yml', content: 'on: push\n' }]);
    expect(filesIn(dir)).toEqual(['.dockerignore', '.github', 'Dockerfile']);
    expect(readFileSync(join(dir, '.github/workflows/x.yml'), 'utf8')).toBe('on: push\n');
  });

  it('writes nothing and restores replaced files when one file cannot be put in place', async () => {
    const dir = tempProject();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM mine\n');
    // A directory where the second file should go makes its rename fail after the first succeeded.
    mkdirSync(join(dir, '.dockerignore', 'occupied'), { recursive: true });
    await expect(writeAll(dir, plan)).rejects.toThrow(/cannot write .*\.dockerignore.*nothing was written/);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe('FROM mine\n');
    expect(filesIn(dir)).toEqual(['.dockerignore', 'Dockerfile']);
  });
});
