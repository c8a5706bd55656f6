// A language registered from one folder (test/fixture-language/) appears in help, prompts,
// detection, the snapshot matrix and the validators, with no other file edited.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionsFor } from '../src/answers/prompts.js';
import { helpText } from '../src/cli/help.js';
import { detect } from '../src/detect/index.js';
import { registerLanguage } from '../src/languages/index.js';
import { main } from '../src/main.js';
import { rust } from './fixture-language/index.js';
import { tempProject } from './support/cli.js';
import { memoryIo } from './support/io.js';
import { matrixCases } from './support/matrix.js';
import { dockerfileSuite, snapshotSuite } from './support/suites.js';

// At module level: the suites below are declared from the registry as it is now.
registerLanguage(rust);

const choices = (key: string, answers: Record<string, unknown>) =>
  questionsFor({}).find((q) => q.name === key)!.choices!(answers).map((c) => c.value);

describe('a language registered from one folder', () => {
  it('is listed in help: its id, build tool, finals and examples', () => {
    const help = helpText('0.0.0');
    expect(help).toMatch(/--lang <value> .*: node\|go\|python\|java\|rust$/m);
    expect(help).toMatch(/--pm <value> .*\|gradle\|cargo$/m);
    expect(help).toMatch(/--runtime-version <value> .*, 1\.83$/m);
    expect(help).toMatch(/--final <value> .*scratch \(Go only\)$/m);
  });

  it('is offered by the prompts, with its own build tools, finals and stages', () => {
    expect(questionsFor({}).find((q) => q.name === 'lang')!.choices!({})).toContainEqual({ name: 'Rust', value: 'rust' });
    expect(choices('pm', { lang: 'rust' })).toEqual(['cargo']);
    expect(choices('final', { lang: 'rust' })).toEqual(['slim', 'distroless']);
    expect(choices('targets', { lang: 'rust' })).toEqual(['test', 'lint']);
    // One app kind: not asked.
    expect(questionsFor({ lang: 'rust' }).map((q) => q.name)).not.toContain('app');
  });

  it('is detected from its manifest, and the CLI writes its files from its own templates', async () => {
    const dir = tempProject();
    writeFileSync(join(dir, 'Cargo.toml'), '[package]\nname = "hello"\nversion = "0.1.0"\n');
    writeFileSync(join(dir, 'rust-toolchain'), '1.82.0\n');
    expect((await detect(dir)).found).toEqual({
      lang: { value: 'rust', file: 'Cargo.toml' },
      pm: { value: 'cargo', file: 'Cargo.toml' },
      runtimeVersion: { value: '1.82', file: 'rust-toolchain' },
      entry: { value: 'hello', file: 'Cargo.toml' },
    });
    const io = memoryIo(dir);
    expect(await main(['--yes', '--targets', 'test'], io)).toBe(0);
    const dockerfile = readFileSync(join(dir, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('ARG RUST_VERSION=1.82');
    expect(dockerfile).toContain('cp target/release/hello /app');
    expect(dockerfile).toContain('FROM build AS test');
    expect(readFileSync(join(dir, '.dockerignore'), 'utf8')).toMatch(/^target$/m);
  });

  it('is validated like the others: a build tool of another language is refused with its own list', async () => {
    const io = memoryIo(tempProject());
    expect(await main(['--yes', '--lang', 'rust', '--pm', 'npm'], io)).toBe(2);
    expect(io.err()).toContain('--pm is not a Rust build tool; use one of: cargo (got "npm")');
  });
});

snapshotSuite(matrixCases([rust]));
dockerfileSuite(matrixCases([rust]));
