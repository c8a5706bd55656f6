// The real inquirer adapter, answered with keystrokes: util-linux's `script` runs the built CLI on a
// pseudo-terminal, so stdin and stdout are terminals as for a user, and the test types into it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BIN, tempProject } from './support/cli.js';

const DOWN = '\x1b[B';
const UP = '\x1b[A';
const ENTER = '\r';
const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
/** The text on screen, without cursor movements and colours. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what this strips
const plain = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

it('answers chosen with arrow keys, space and typing end up in the Dockerfile', async () => {
  const dir = tempProject();
  const flags = ['--runtime-version', '1.23', '--ci', 'none', '--healthcheck', 'none', '--entry', '.', '--platforms', 'linux/amd64'];
  const command = [process.execPath, BIN, ...flags].map(quote).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: dir, env: { ...process.env, TERM: 'dumb' } });
  let screen = '';
  child.stdout.on('data', (d) => (screen += d));
  const ended = new Promise<number | null>((resolve, reject) => child.on('close', resolve).on('error', reject));
  let seen = 0;
  const appears = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        const at = plain(screen).indexOf(text, seen);
        if (at < 0) return;
        seen = at + text.length;
        child.stdout.off('data', check);
        resolve();
      };
      child.stdout.on('data', check);
      check();
    });
  // Keys go only to a question on screen: inquirer drops keys pressed between two questions.
  const answer = async (question: string, keys: string) => {
    const exited = ended.then(() => Promise.reject(new Error(`the CLI exited before asking "${question}":\n${plain(screen)}`)));
    await Promise.race([appears(question), exited]);
    child.stdin.write(keys);
  };
  try {
    await answer('Language', DOWN + ENTER); // Node.js, then Go
    await answer('Build tool / package manager', ENTER); // go, the only one
    await answer('Final image', DOWN + ENTER); // slim, then alpine
    await answer('Keep actions, images and dependencies current with', UP + ENTER); // none (no CI), then renovate
    await answer('compose.yaml for local development', ENTER); // none
    await answer('Optional stages besides production', `${DOWN} ${ENTER}`); // development, then test: selected
    await answer('Port the app listens on', `9090${ENTER}`);
    expect(await ended, plain(screen)).toBe(0);
  } finally {
    child.kill();
  }
  const dockerfile = readFileSync(join(dir, 'Dockerfile'), 'utf8');
  expect(dockerfile).toContain('FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-trixie AS base');
  expect(dockerfile).toMatch(/^FROM alpine:\S+ AS production$/m);
  expect(dockerfile).toContain('FROM deps AS test');
  expect(dockerfile).not.toMatch(/AS (development|lint|audit|debug)$/m);
  expect(dockerfile).toContain('EXPOSE 9090');
  expect(dockerfile).toContain('# renovate: datasource=docker depName=golang\nARG GO_VERSION=');
  expect(readFileSync(join(dir, 'renovate.json'), 'utf8')).toContain('customManagers:dockerfileVersions');
});
