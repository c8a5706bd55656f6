// A language registered from this one folder, by a test: Rust with cargo. It proves that help,
// flags, prompts, detection, the snapshot matrix and the validators take a new language from the
// registry, with no other file edited.
import { fileURLToPath } from 'node:url';
import { firstLine } from '../../src/detect/files.js';
import { hit, type LanguageDetector } from '../../src/detect/types.js';
import { defineLanguage } from '../../src/languages/types.js';

const detector: LanguageDetector = {
  manifests: ['Cargo.toml'],
  knownFiles: ['rust-toolchain'],
  headOnly: ['Cargo.lock'],
  detect: (files) => ({
    lang: hit('rust', 'Cargo.toml'),
    pm: hit('cargo', 'Cargo.toml'),
    runtimeVersion: hit(/^(\d+\.\d+)/.exec(firstLine(files.get('rust-toolchain')) ?? '')?.[1], 'rust-toolchain'),
    entry: hit(/^\[package\][^[]*?^name\s*=\s*"([\w-]+)"/m.exec(files.get('Cargo.toml') ?? '')?.[1], 'Cargo.toml'),
  }),
};

export const rust = defineLanguage({
  id: 'rust',
  label: 'Rust',
  pms: ['cargo'],
  ecosystems: { cargo: 'cargo' },
  apps: { server: 'server' },
  finals: () => ['slim', 'distroless'],
  targets: () => ['test', 'lint'],
  defaults: {
    runtimeVersion: () => '1.83',
    port: () => 8080,
    healthcheck: () => 'none',
    entry: () => 'app',
  },
  examples: { runtimeVersion: '1.83', entry: 'my-server' },
  detector,
  view: (a) => ({
    secretId: 'cargo_credentials',
    runUser: '65532:65532',
    finalImage: a.final === 'distroless' ? 'gcr.io/distroless/cc-debian12:nonroot' : 'debian:bookworm-slim',
  }),
  templates: fileURLToPath(new URL('./templates', import.meta.url)),
});
