// Go: a static binary cross-compiled on the build machine, on any final down to scratch.
import { defineLanguage, TARGETS } from '../types.js';
import { goDetector } from './detect.js';
import { goWorkspace } from './workspace.js';
import { GO } from './versions.js';
import { goView } from './view.js';

export const go = defineLanguage({
  id: 'go',
  label: 'Go',
  pms: ['go'],
  ecosystems: { go: 'gomod' },
  apps: { server: 'server' },
  finals: () => ['slim', 'alpine', 'distroless', 'scratch'],
  targets: () => TARGETS,
  defaults: {
    runtimeVersion: () => GO.default,
    port: () => 8080,
    // A Go image holds only the binary, CA certificates and tzdata. A HEALTHCHECK needs a probe
    // binary beside it (there is no shell or curl), so it is opt-in: --healthcheck /healthz.
    healthcheck: () => 'none',
    entry: () => '.',
  },
  versions: () => GO,
  examples: { runtimeVersion: GO.default, entry: './cmd/server' },
  // `go run` compiles what it starts: synced sources take a restart.
  devWatch: () => ({ sync: { action: 'sync+restart', target: '/src', ignore: [] }, rebuild: ['go.mod', 'go.sum'] }),
  // The Go image (buildpack-deps) has curl.
  devProbe: (_a, url) => ['curl', '-fsS', '-o', '/dev/null', url],
  detector: goDetector,
  workspaces: [goWorkspace],
  view: goView,
});
