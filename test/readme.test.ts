// The README shows what `npm run example` writes; this keeps it true when the templates change.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ACTIONS, IMAGES } from '../src/ci/versions.js';
import { runCli } from './support/cli.js';

const ROOT = resolve(import.meta.dirname, '..');

it('README shows the Dockerfile that `npm run example` generates', () => {
  const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.example as string;
  const [, , dir, ...flags] = script.split(' ');
  const copy = mkdtempSync(join(tmpdir(), 'cms-readme-'));
  cpSync(join(ROOT, dir!), copy, { recursive: true });
  expect(runCli([...flags, '.'], copy).code).toBe(0);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain(`\`\`\`dockerfile\n${readFileSync(join(copy, 'Dockerfile'), 'utf8')}\`\`\``);
});

it("README's supply-chain table shows the pins the pipelines use", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const { repo, tag, sha } of Object.values(ACTIONS)) expect(readme).toContain(`| \`${repo}\` | ${tag} | \`${sha}\` |`);
  for (const pin of Object.values(IMAGES)) {
    const digest = 'digest' in pin ? `\`${pin.digest}\`` : 'exact tag (no first-party digest)';
    expect(readme).toContain(`| \`${pin.name}\` | ${pin.tag} | ${digest} |`);
  }
});

it('README shows one generated example of each shape of several components', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const name of ['node-api-python-worker', 'static-and-go-combined']) {
    const dockerfile = readFileSync(join(ROOT, 'test/snapshots', `components-${name}`, 'Dockerfile'), 'utf8');
    expect(readme).toContain(`\`\`\`dockerfile\n${dockerfile}\`\`\``);
  }
});
