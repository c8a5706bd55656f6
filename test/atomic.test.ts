// Writes are all or nothing: an interrupted run, a full disk and an unwritable target leave the
// project as it was, and say which path failed and why.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { BIN, filesIn, runCli, tempProject } from './support/cli.js';

const ALL = ['--yes', '--lang', 'node', '--targets', 'test', '--ci', 'github,gitlab,jenkins'];

// strace kills the real CLI as it enters its first rename: every temporary sibling is written and
// nothing is in place yet, the last moment an interruption must still leave the project as it was.
const hasStrace = spawnSync('strace', ['-V']).status === 0;
const TEMP = '.create-multistage-tmp-';
// strace counts a syscall per thread, and libuv renames on its pool's threads: one thread makes
// the n-th rename the n-th of the run.
const killAtRename = (n: number, args: string[], cwd: string) =>
  spawnSync(
    'strace',
    ['-f', '-qq', '-o', '/dev/null', '-e', `inject=rename,renameat,renameat2:signal=SIGKILL:when=${n}`, process.execPath, BIN, ...args],
    { cwd, env: { ...process.env, UV_THREADPOOL_SIZE: '1' } },
  );
const killAtFirstRename = (args: string[], cwd: string) => killAtRename(1, args, cwd);

/** Every file under a folder, depth first, as paths relative to it. */
const tree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

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
    // The killed run's journal never reached its place, and its lock is left, stale.
    expect(named(dir)).toEqual([
      '.create-multistage.journal (temporary)',
      '.create-multistage.json (temporary)',
      '.create-multistage.lock',
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

describe('an update killed at each of its renames', () => {
  // The journal, then the five files that change (the Dockerfile, three pipelines, the state): six renames.
  it.for([1, 2, 3, 4, 5, 6])('at rename %i: the next run finishes it or finds nothing begun, and says so', (n, ctx) => {
    if (!hasStrace) {
      if (process.env.CI === 'true') throw new Error('strace is missing: run scripts/install-test-deps.sh');
      ctx.skip('needs strace (scripts/install-test-deps.sh) to kill the CLI mid-write');
    }
    const dir = tempProject();
    expect(runCli(ALL, dir).code).toBe(0);
    const killed = killAtRename(n, ['update', '--force', '--port', '9000', '--platforms', 'linux/amd64,linux/arm64'], dir);
    expect(killed.signal).toBe('SIGKILL');

    const check = runCli(['update', '--check'], dir);
    // Killed at the journal's own rename, nothing was begun; after it, the journal says what remains.
    if (n === 1) expect(check.code).toBe(0);
    else
      expect([check.code, check.stderr]).toEqual([
        1,
        'create-multistage: an earlier run was killed while writing its files; run create-multistage update to finish it\n',
      ]);

    const finish = runCli(['update'], dir);
    expect(finish.code).toBe(0);
    if (n > 1) expect(finish.stderr).toMatch(/^note: finished the write a killed run left half done: /);
    expect(runCli(['update', '--check'], dir).code).toBe(0);

    // Nothing left behind, and every file is the one the state says was generated: all old or all new.
    expect(tree(dir).filter((f) => /tmp-|\.bak$|journal|\.lock$/.test(f))).toEqual([]);
    const state = JSON.parse(readFileSync(join(dir, '.create-multistage.json'), 'utf8'));
    for (const [path, file] of Object.entries(state.files as Record<string, { generated: string }>)) {
      expect(readFileSync(join(dir, path), 'utf8'), path).toBe(file.generated);
    }
    expect(state.answers.port).toBe(n === 1 ? 3000 : 9000);
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
