import { FINALS, TARGETS, type Language } from './types.js';

const FINAL_IMAGES = {
  slim: 'debian:bookworm-slim',
  alpine: 'alpine:3.20',
  distroless: 'gcr.io/distroless/static-debian12:nonroot',
  scratch: 'scratch',
} as const;

export const go: Language = {
  id: 'go',
  label: 'Go',
  pms: ['go'],
  apps: ['server'],
  finals: () => FINALS,
  targets: () => TARGETS,
  defaults: {
    pm: 'go',
    runtimeVersion: () => '1.23',
    port: () => 8080,
    // A Go image holds only the binary, CA certificates and tzdata. A HEALTHCHECK needs a probe
    // binary beside it (there is no shell or curl), so it is opt-in: --healthcheck /healthz.
    healthcheck: () => 'none',
    entry: () => '.',
  },
  view: (a) => ({
    secretId: 'netrc',
    runUser: '65532:65532',
    finalImage: FINAL_IMAGES[a.final],
    // distroless/static already carries CA certificates and tzdata; the others get the builder's.
    copyCerts: a.final !== 'distroless',
  }),
};
