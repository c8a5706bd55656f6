// Regression tests for the hardening issue's repros: each gives the expected result.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { BIN, filesIn, tempProject } from './support/cli.js';
import { memoryIo } from './support/io.js';

async function run(args: string[], dir = tempProject()) {
  const io = memoryIo(dir);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err(), dir };
}

describe('entries that would break the final stage', () => {
  it('--entry ./server.js ships the sources and runs server.js, not the whole build stage', async () => {
    const r = await run(['--yes', '--lang', 'node', '--entry', './server.js']);
    expect(r.code).toBe(0);
    const dockerfile = readFileSync(join(r.dir, 'Dockerfile'), 'utf8');
    expect(dockerfile).not.toContain('/app/. ./.');
    expect(dockerfile).toContain('ENTRYPOINT ["node", "server.js"]');
  });

  it('--app next --entry server.js is refused: the standalone server lives in its build folder', async () => {
    const r = await run(['--yes', '--lang', 'node', '--app', 'next', '--entry', 'server.js']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'create-multistage: --entry must be the standalone server in its build folder with --app next, e.g. .next/standalone/server.js (got "server.js")\n',
    );
    expect(filesIn(r.dir)).toEqual([]);
  });
});

describe('values that were accepted but cannot work', () => {
  it.each([
    ['080', /--runtime-version must be a version such as 22, 1\.23 or 3\.12 \(got "080"\)/],
    ['99999999999999999999', /--runtime-version must be a version/],
    ['99', /--runtime-version is further ahead of Node\.js 26, the newest line this generator knows, than any release can be \(got "99"\)/],
  ])('--runtime-version %s exits 2 and writes nothing', async (version, message) => {
    const r = await run(['--yes', '--lang', 'node', '--runtime-version', version]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(filesIn(r.dir)).toEqual([]);
  });

  it('a version a few lines ahead is used as given; Python 4 is refused', async () => {
    expect((await run(['--yes', '--lang', 'node', '--runtime-version', '29'])).code).toBe(0);
    expect((await run(['--yes', '--lang', 'python', '--runtime-version', '4.0'])).code).toBe(2);
  });

  it('--registry localhost:99999/app exits 2', async () => {
    const r = await run(['--yes', '--lang', 'go', '--ci', 'github', '--targets', 'test', '--registry', 'localhost:99999/app']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--registry has a registry port above 65535/);
  });

  it('registry names that YAML would read as null or a number stay strings', async () => {
    for (const registry of ['null/app', '1e3/app']) {
      const r = await run(['--yes', '--lang', 'go', '--ci', 'github,gitlab', '--targets', 'test', '--registry', registry]);
      expect(r.code).toBe(0);
      expect(readFileSync(join(r.dir, '.github/workflows/docker.yml'), 'utf8')).toContain(`IMAGE: "${registry}"`);
      expect(readFileSync(join(r.dir, '.gitlab-ci.yml'), 'utf8')).toContain(`IMAGE: "${registry}"`);
    }
  });
});

describe('symlinks that leave the project', () => {
  it('a Dockerfile linked to /proc/self/environ is neither read nor printed: exit 2 naming the link', async () => {
    const dir = tempProject();
    symlinkSync('/proc/self/environ', join(dir, 'Dockerfile'));
    const r = await run(['--yes', '--lang', 'go', '--dry-run'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^create-multistage: Dockerfile is a symlink to \/proc\/\w+\/environ, outside the project: replace it with a file or folder\n$/,
    );
    expect(r.out).toBe('');
  });

  it('a .github folder linked outside the project is not written through', async () => {
    const dir = tempProject();
    const outside = tempProject();
    symlinkSync(outside, join(dir, '.github'));
    const r = await run(['--yes', '--lang', 'go', '--ci', 'github', '--targets', 'test'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^create-multistage: \.github is a symlink to .*, outside the project/);
    expect(filesIn(outside)).toEqual([]);
    expect(filesIn(dir)).toEqual(['.github']);
  });

  it('a link that stays inside the project is fine', async () => {
    const dir = tempProject();
    mkdirSync(join(dir, 'ci'));
    symlinkSync(join(dir, 'ci'), join(dir, '.github'));
    expect((await run(['--yes', '--lang', 'go', '--ci', 'github', '--targets', 'test'], dir)).code).toBe(0);
    expect(filesIn(join(dir, 'ci'))).toEqual(['dependabot.yml', 'workflows']);
  });
});

describe('terminal escapes', () => {
  it('control characters from project files are shown escaped', async () => {
    const dir = tempProject();
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ scripts: { build: 'tsc', start: 'node \u001b[31mserver.js' }, packageManager: 'npm@10\u001b]0;x\u0007' }),
    );
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    // The start script names no usable file, so the entry is given.
    const r = await run(['--yes', '--dry-run', '--entry', 'dist/server.js'], dir);
    expect(r.code).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what must not appear
    expect(r.out + r.err).not.toMatch(/[\u001b\u0007]/);
  });

  it('a flag value starting with "-" gives one line', async () => {
    const r = await run(['--yes', '--lang', 'node', '--entry', '-x']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(2);
  });
});

describe('the state file is input too', () => {
  const saved = async (edit: (state: Record<string, unknown>) => void) => {
    const dir = tempProject();
    expect((await run(['--yes', '--lang', 'go', '--targets', 'test'], dir)).code).toBe(0);
    const path = join(dir, '.create-multistage.json');
    const state = JSON.parse(readFileSync(path, 'utf8'));
    edit(state);
    writeFileSync(path, JSON.stringify(state));
    const before = readFileSync(join(dir, 'Dockerfile'), 'utf8');
    const r = await run(['update', '--force'], dir);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(before);
    return r;
  };

  it.each([['/etc'], ['../../']])('"templates": %j is refused, naming the file and the key', async (templates) => {
    const r = await saved((s) => {
      s.templates = templates;
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/create-multistage: .*\.create-multistage\.json: templates must be a folder inside the project/);
  });

  it('"answers": {} is refused instead of resetting every answer', async () => {
    const r = await saved((s) => {
      s.answers = {};
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\.create-multistage\.json: answers\.lang is missing/);
  });

  it('a bad saved value names the key, not a flag', async () => {
    const r = await saved((s) => {
      (s.answers as Record<string, unknown>).port = 70000;
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\.create-multistage\.json: answers\.port must be from 1 to 65535/);
    expect(r.err).not.toContain('--port');
  });
});

describe('environment failures', () => {
  it('stdout to /dev/full: one line on stderr and exit 3, no stack trace', () => {
    const dir = tempProject();
    const r = spawnSync(process.execPath, [BIN, '--yes', '--lang', 'go'], {
      cwd: dir,
      stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('create-multistage: cannot write to stdout: ENOSPC\n');
    expect(r.status).toBe(3);
  });
});

describe('--json in every mode', () => {
  const generated = async () => {
    const dir = tempProject();
    expect((await run(['--yes', '--lang', 'go', '--targets', 'test'], dir)).code).toBe(0);
    return dir;
  };

  it('update --check --json: one object, drift listed, the exit code in it', async () => {
    const dir = await generated();
    const clean = await run(['update', '--check', '--json'], dir);
    expect(JSON.parse(clean.out)).toEqual({ upToDate: true, drift: [], exitCode: 0 });
    const drifted = await run(['update', '--check', '--json', '--port', '9000'], dir);
    expect(drifted.code).toBe(1);
    expect(JSON.parse(drifted.out)).toEqual({ upToDate: false, drift: [{ path: 'Dockerfile', action: 'replace' }], exitCode: 1 });
    expect(drifted.err).toBe('');
  });

  it("update --diff --json: one object with each file's diff", async () => {
    const dir = await generated();
    const r = await run(['update', '--diff', '--json', '--port', '9000'], dir);
    const { diffs } = JSON.parse(r.out);
    expect(diffs.map((d: { path: string }) => d.path)).toEqual(['Dockerfile']);
    expect(diffs[0].diff).toContain('+EXPOSE 9000');
  });

  it('errors and refusals are one object too', async () => {
    const bad = await run(['--yes', '--json', '--lang', 'cobol']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out)).toEqual({ error: { message: expect.stringContaining('--lang must be one of') }, exitCode: 2 });
    expect(bad.err).toBe('');
    const dir = tempProject();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM mine\n');
    const refused = await run(['--yes', '--json', '--lang', 'go'], dir);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out).error.message).toMatch(/Dockerfile already exists/);
  });
});

describe('updates', () => {
  const go = async () => {
    const dir = tempProject();
    expect((await run(['--yes', '--lang', 'go', '--targets', 'test'], dir)).code).toBe(0);
    return dir;
  };
  const dockerfile = (dir: string) => readFileSync(join(dir, 'Dockerfile'), 'utf8');

  it('a file still holding conflict markers is not updated, and the template change waits for it', async () => {
    const dir = await go();
    writeFileSync(join(dir, 'Dockerfile'), dockerfile(dir).replace('EXPOSE 8080', 'EXPOSE 8081'));
    expect((await run(['update', '--port', '9000'], dir)).code).toBe(1);
    const marked = dockerfile(dir);
    expect(marked).toContain('<<<<<<< yours');
    const again = await run(['update', '--port', '9100'], dir);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/NOT UPDATED: conflict markers still there +Dockerfile/);
    expect(dockerfile(dir)).toBe(marked);
    // Resolved by hand, keeping the user's line: the 9100 change still arrives as a conflict, not lost.
    writeFileSync(
      join(dir, 'Dockerfile'),
      marked.replace(/<<<<<<< yours\n(.*)\n\|\|\|\|\|\|\| last generated\n.*\n=======\n.*\n>>>>>>> new template\n/, '$1\n'),
    );
    expect((await run(['update', '--check'], dir)).code).toBe(1);
    const after = await run(['update'], dir);
    expect(after.code).toBe(1);
    expect(dockerfile(dir)).toMatch(/<<<<<<< yours\nEXPOSE 8081\n[\s\S]*EXPOSE 9100\n>>>>>>> new template/);
  });

  it('a file checked out with CRLF merges on LF and is written back with CRLF', async () => {
    const dir = await go();
    writeFileSync(join(dir, 'Dockerfile'), dockerfile(dir).replace(/\n/g, '\r\n').replace('USER ', 'LABEL mine=1\r\nUSER '));
    const r = await run(['update', '--port', '9000'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/merged with your edits +Dockerfile/);
    const text = dockerfile(dir);
    expect(text).toContain('EXPOSE 9000\r\n');
    expect(text).toContain('LABEL mine=1\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('a file we never generated is kept while the rest is updated, and reported', async () => {
    const dir = await go();
    writeFileSync(join(dir, 'Jenkinsfile'), 'pipeline { /* mine */ }\n');
    const r = await run(['update', '--ci', 'jenkins,github', '--port', '9000'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe('Kept Jenkinsfile, which create-multistage did not write; pass --force to replace it\n');
    expect(readFileSync(join(dir, 'Jenkinsfile'), 'utf8')).toBe('pipeline { /* mine */ }\n');
    expect(dockerfile(dir)).toContain('EXPOSE 9000');
    expect(filesIn(join(dir, '.github/workflows'))).toEqual(['docker.yml']);
  });
});

describe('two runs at once', () => {
  it('a second run waits for the lock, then exits 3 naming the holder', async () => {
    const dir = tempProject();
    // This test's own process: alive, so the lock is held.
    writeFileSync(join(dir, '.create-multistage.lock'), String(process.pid));
    const started = Date.now();
    const r = await run(['--yes', '--lang', 'go'], dir);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(new RegExp(`another create-multistage run \\(pid ${process.pid}\\) is writing to `));
    expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
    expect(filesIn(dir)).toEqual(['.create-multistage.lock']);
  });

  it('a stale lock (its process is gone) is taken over, and released after the run', async () => {
    const dir = tempProject();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(dir, '.create-multistage.lock'), String(gone));
    expect((await run(['--yes', '--lang', 'go'], dir)).code).toBe(0);
    expect(filesIn(dir)).toEqual(['.create-multistage.json', '.dockerignore', 'Dockerfile']);
  });

  it('runs started together all finish, each state matching its own Dockerfile', async () => {
    const dir = tempProject();
    expect((await run(['--yes', '--lang', 'go'], dir)).code).toBe(0);
    const ports = ['9001', '9002', '9003', '9004'];
    const runs = ports.map(
      (port) =>
        new Promise<number | null>((done) => {
          const child = spawn(process.execPath, [BIN, 'update', '--force', '--port', port], { cwd: dir, stdio: 'ignore' });
          child.on('exit', (code) => done(code));
        }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
    const state = JSON.parse(readFileSync(join(dir, '.create-multistage.json'), 'utf8'));
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain(`EXPOSE ${state.answers.port}\n`);
    expect(filesIn(dir)).toEqual(['.create-multistage.json', '.dockerignore', 'Dockerfile']);
  });
});

describe('plain JavaScript in src/', () => {
  it('with no build script, src/ is shipped as source: not ignored, not copied from a build', async () => {
    const dir = tempProject();
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/server.js'), "require('express')().listen(3000);\n");
    writeFileSync(join(dir, 'package.json'), '{"scripts":{"start":"node src/server.js"},"dependencies":{"express":"4"}}');
    const r = await run(['--yes'], dir);
    expect(r.code).toBe(0);
    const dockerfile = readFileSync(join(dir, 'Dockerfile'), 'utf8');
    expect(dockerfile).not.toContain('/app/src');
    expect(dockerfile).toMatch(/COPY \. \.\n[\s\S]*ENTRYPOINT \["node", "src\/server\.js"\]/);
    expect(readFileSync(join(dir, '.dockerignore'), 'utf8')).not.toMatch(/^src$/m);
  });

  it('with a build script, the entry folder is the build output, as before', async () => {
    const dir = tempProject();
    writeFileSync(join(dir, 'package.json'), '{"scripts":{"build":"tsc","start":"node dist/server.js"}}');
    expect((await run(['--yes'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain('COPY --from=build /app/dist ./dist');
    expect(readFileSync(join(dir, '.dockerignore'), 'utf8')).toMatch(/^dist$/m);
  });
});
