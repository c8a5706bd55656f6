// Writes are all or nothing: an interrupted run, a full disk and an unwritable target leave the
// project as it was, and say which path failed and why.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, runCli, tempProject } from './support/cli.js';

const ALL = ['--yes', '--lang', 'node', '--targets', 'test', '--ci', 'github,gitlab,jenkins'];

describe('an interrupted run', () => {
  it('killed between two file writes leaves none of the files, and the next run completes', () => {
    const dir = tempProject();
    writeFileSync(join(dir, 'Jenkinsfile'), 'pipeline { /* mine */ }\n');
    const killed = runCli([...ALL, '--force'], dir, { CREATE_MULTISTAGE_TEST_KILL_AFTER: '3' });
    expect(killed.code).toBe(-1); // killed by a signal: no exit status
    const left = readdirSync(dir);
    for (const f of ['Dockerfile', '.dockerignore', '.gitlab-ci.yml', '.create-multistage.json']) expect(left).not.toContain(f);
    expect(readFileSync(join(dir, 'Jenkinsfile'), 'utf8')).toBe('pipeline { /* mine */ }\n');

    const again = runCli([...ALL, '--force'], dir);
    expect(again.code).toBe(0);
    expect(filesIn(dir)).toEqual(['.create-multistage.json', '.dockerignore', '.github', '.gitlab-ci.yml', 'Dockerfile', 'Jenkinsfile']);
    expect(readFileSync(join(dir, 'Jenkinsfile'), 'utf8')).toContain('pipeline {\n    agent any');
  });
});

// Mounting a tiny tmpfs needs root, as CI has.
describe.skipIf(process.getuid?.() !== 0)('a full or read-only target (needs root to mount a tmpfs)', () => {
  const mount = (options: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'cms-mount-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
    return { dir, done: () => execFileSync('umount', [dir]) };
  };

  it('a full disk: the path and ENOSPC, no stack trace, nothing half-written', () => {
    const m = mount('size=16k');
    try {
      writeFileSync(join(m.dir, 'Dockerfile'), 'FROM mine\n');
      writeFileSync(join(m.dir, 'filler'), Buffer.alloc(8 * 1024));
      const r = runCli([...ALL, '--force'], m.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^create-multistage: cannot write \/.*: ENOSPC; nothing was written\n$/);
      expect(filesIn(m.dir)).toEqual(['Dockerfile', 'filler']);
      expect(readFileSync(join(m.dir, 'Dockerfile'), 'utf8')).toBe('FROM mine\n');
    } finally {
      m.done();
    }
  });

  it('a read-only target: the path and EROFS', () => {
    const m = mount('ro,size=16k');
    try {
      const r = runCli(ALL, m.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^create-multistage: cannot write \/.*: EROFS; nothing was written\n$/);
      expect(filesIn(m.dir)).toEqual([]);
    } finally {
      m.done();
    }
  });
});
