// Every pinned action and tool image the pipelines use, in one place: upgrading the generator
// upgrades them in every pipeline it writes.
export const TOOL_VERSIONS = {
  checkout: 'v4',
  setupQemu: 'v3',
  setupBuildx: 'v3',
  login: 'v3',
  metadata: 'v5',
  buildPush: 'v6',
  trivyAction: '0.28.0',
  docker: '27.3',
  trivy: '0.57.1',
  binfmt: 'qemu-v8.1.5',
} as const;
