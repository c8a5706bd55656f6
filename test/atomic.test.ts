// Writes are all or nothing: an interrupted run, a full disk and an unwritable target leave the
// project as it was, and say which path failed and why.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { BIN, filesIn, runCli, tempProject } from './support/cli.js';

const ALL = ['--yes', '--lang', 'node', '--targets', 'test', '--ci', 'github,gitlab,jenkins'];

// strace kills the real CLI as it enters its first rename: every temporary sibling is written and
// nothing is in place yet, the last moment an interruption must still leave the project as it was.
const hasStrace = spawnSync('strace', ['-V']).status === 0;
const TEMP = '.create-multistage-tmp-';
const killAtFirstRename = (args: string[], cwd: string) =>
  spawnSync(
    'strace',
    ['-f', '-qq', '-o', '/dev/null', '-e', 'inject=rename,renameat,renameat2:signal=SIGKILL:when=1', process.execPath, BIN, ...args],
    { cwd },
  );

describe('an interrupted run', () => {
  it('killed after writing every temporary, before the first rename, leaves none of the files, and the next run completes', (ctx) => {
    if (!hasStrace) {
      if (process.env.CI === 'true') throw new Error('strace is missing: run scripts/install-test-deps.sh');
      ctx.skip('needs strace (scripts/install-test-deps.sh) to kill the CLI mid-write');
    }
    const dir = tempProject();
    const workflows = join(dir, '.github/workflows');
    writeFileSync(join(dir, 'Jenkinsfile'), 'pipeline { /* mine */ }\n');
    const killed = killAtFirstRename([...ALL, '--force'], dir);
    expect(killed.signal).toBe('SIGKILL');
    // Each file reached its temporary sibling and none its place: only the temporaries are new.
    const named = (d: string) => filesIn(d).map((f) => (f.includes(TEMP) ? `${f.slice(0, f.indexOf(TEMP))} (temporary)` : f));
    expect(named(dir)).toEqual([
      '.create-multistage.json (temporary)',
      '.dockerignore (temporary)',
      '.github',
      '.gitlab-ci.yml (temporary)',
      'Dockerfile (temporary)',
      'Jenkinsfile',
      'Jenkinsfile (temporary)',
    ]);
    expect(named(workflows)).toEqual(['docker.yml (temporary)']);
    expect(readFileSync(join(dir, 'Jenkinsfile'), 'utf8')).toBe('pipeline { /* mine */ }\n');

    const again = runCli([...ALL, '--force'], dir);
    expect(again.code).toBe(0);
    // The temporaries of the killed run are gone.
    expect(filesIn(dir)).toEqual(['.create-multistage.json', '.dockerignore', '.github', '.gitlab-ci.yml', 'Dockerfile', 'Jenkinsfile']);
    expect(filesIn(workflows)).toEqual(['docker.yml']);
    expect(readFileSync(join(dir, 'Jenkinsfile'), 'utf8')).toContain('pipeline {\n    agent any');
  });
});

describe('a full or read-only target (needs root to mount a tmpfs)', () => {
  // Mounting a tiny tmpfs needs root, as CI has; elsewhere each test is skipped with the reason.
  const mount = (ctx: TestContext, options: string) => {
    ctx.skip(process.getuid?.() !== 0, 'needs root to mount a tmpfs');
    const dir = mkdtempSync(join(tmpdir(), 'cms-mount-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
    return { dir, done: () => execFileSync('umount', [dir]) };
  };

  it('a full disk: the path and ENOSPC, no stack trace, nothing half-written', (ctx) => {
    const m = mount(ctx, 'size=16k');
    try {
      writeFileSync(join(m.dir, 'Dockerfile'), 'FROM mine\n');
      writeFileSync(join(m.dir, 'filler'), Buffer.alloc(8 * 1024));
      const r = runCli([...ALL, '--force'], m.dir);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(
        /^create-multistage: cannot write \/[^\n]*\/(Dockerfile|\.dockerignore|\.github|\.gitlab-ci\.yml|Jenkinsfile|\.create-multistage\.json)[^\n]*: ENOSPC; nothing was written\n$/,
      );
      expect(r.stderr).not.toContain('.create-multistage-tmp-');
      expect(filesIn(m.dir)).toEqual(['Dockerfile', 'filler']);
      expect(readFileSync(join(m.dir, 'Dockerfile'), 'utf8')).toBe('FROM mine\n');
    } finally {
      m.done();
    }
  });

  it('a read-only target: the path and EROFS', (ctx) => {
    const m = mount(ctx, 'ro,size=16k');
    try {
      const r = runCli(ALL, m.dir);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^create-multistage: cannot write \/[^\n]*: EROFS; nothing was written\n$/);
      expect(r.stderr).not.toContain('.create-multistage-tmp-');
      expect(filesIn(m.dir)).toEqual([]);
    } finally {
      m.done();
    }
  });
});
