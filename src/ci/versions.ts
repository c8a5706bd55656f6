// Every action and tool image the pipelines use, in one place: upgrading the generator upgrades
// them in every pipeline it writes, and Dependabot or Renovate keep them current in between.
//
// Actions are pinned by commit, because a tag can be moved: on 2026-03-19, 76 of trivy-action's 77
// tags were force-pushed to commits that stole CI secrets (GHSA-69fq-xp46-6x23). Each SHA was read
// on 2026-12-01 from the action's own repository (a snapshot fetched with the search tool's
// `fetch`: `git rev-parse '<tag>^{commit}'`, annotated tags peeled); `read` names the snapshot's
// last commit date, so a release after it is missing here until the next upgrade.

export interface ActionPin {
  repo: string;
  tag: string;
  /** The commit the tag points to (never an annotated tag's own object). */
  sha: string;
  read: string;
}

export const ACTIONS = {
  checkout: {
    repo: 'actions/checkout',
    tag: 'v7.0.1',
    sha: '3d3c42e5aac5ba805825da76410c181273ba90b1',
    read: 'actions/checkout, snapshot to 2026-07-22',
  },
  setupQemu: {
    repo: 'docker/setup-qemu-action',
    tag: 'v4.2.0',
    sha: '96fe6ef7f33517b61c61be40b68a1882f3264fb8',
    read: 'docker/setup-qemu-action, snapshot to 2026-07-02',
  },
  setupBuildx: {
    repo: 'docker/setup-buildx-action',
    tag: 'v4.3.0',
    sha: '37fe631027851001ddb9b187196cc803df7f5f0e',
    read: 'docker/setup-buildx-action, snapshot to 2026-08-18',
  },
  login: {
    repo: 'docker/login-action',
    tag: 'v4.1.0',
    sha: '4907a6ddec9925e35a0a9e82d7399ccc52663121',
    read: 'docker/login-action, snapshot to 2026-04-30 (newer v4 releases exist; the bot raises the pin)',
  },
  metadata: {
    repo: 'docker/metadata-action',
    tag: 'v6.2.0',
    sha: 'dc802804100637a589fabce1cb79ff13a1411302',
    read: 'docker/metadata-action, snapshot to 2026-07-02',
  },
  buildPush: {
    repo: 'docker/build-push-action',
    tag: 'v7.3.0',
    sha: '53b7df96c91f9c12dcc8a07bcb9ccacbed38856a',
    read: 'docker/build-push-action, snapshot to 2026-07-23',
  },
  trivy: {
    repo: 'aquasecurity/trivy-action',
    tag: 'v0.36.0',
    sha: 'ed142fd0673e97e23eac54620cfb913e5ce36c25',
    read: 'aquasecurity/trivy-action, snapshot to 2026-07-01 (first release after the incident; pins setup-trivy by SHA)',
  },
  uploadSarif: {
    repo: 'github/codeql-action/upload-sarif',
    tag: 'v4.36.2',
    sha: '8aad20d150bbac5944a9f9d289da16a4b0d87c1e',
    read: 'github/codeql-action, snapshot to 2026-06-13 (v3 is deprecated in December 2026)',
  },
  cosignInstaller: {
    repo: 'sigstore/cosign-installer',
    tag: 'v4.1.2',
    sha: '6f9f17788090df1f26f669e9d70d6ae9567deba6',
    read: 'sigstore/cosign-installer, snapshot to 2026-07-20',
  },
} as const satisfies Record<string, ActionPin>;

export interface ImagePin {
  name: string;
  tag: string;
  /** The multi-platform index digest, where a first-party source publishes it. */
  digest?: string;
  read: string;
}

// Images are pulled by tag plus digest where a public first-party source gives the digest, else by
// an exact version tag. Trivy outside v0.69.4–v0.69.6, whose releases and images were malicious.
export const IMAGES = {
  docker: {
    name: 'docker',
    tag: '29.8.1-cli',
    digest: 'sha256:018edbc908e08fcc9dbf029c812c34251e9b4719e6f71ca0e5eae2a987d014ca',
    read: 'docker-library/repo-info repos/docker/remote/29.8.1-cli.md at 41503ba5 (build of 2026-09-17)',
  },
  dind: {
    name: 'docker',
    tag: '29.8.1-dind',
    digest: 'sha256:3f3c01aaaebf7cce837356b688b7c059a4749f10bd7660dec7c58fc454a283f0',
    read: 'docker-library/repo-info repos/docker/remote/29.8.1-dind.md at 41503ba5 (build of 2026-09-17)',
  },
  trivy: {
    name: 'aquasec/trivy',
    tag: '0.74.0',
    read: 'aquasecurity/trivy tags, snapshot to 2026-08-21; no first-party digest is published, so an exact tag',
  },
  binfmt: {
    name: 'tonistiigi/binfmt',
    tag: 'qemu-v10.2.3-68',
    read: 'tonistiigi/binfmt tag deploy/v10.2.3-68, snapshot to 2026-07-22; no published digest, so an exact tag',
  },
  cosign: {
    name: 'ghcr.io/sigstore/cosign/cosign',
    // The -dev image adds a busybox shell, which a GitLab job needs to run its script.
    tag: 'v3.1.2-dev',
    read: 'sigstore/cosign tags and Makefile (ko-cosign-dev), snapshot to 2026-07-24; digests are published only for older releases, so an exact tag',
  },
} as const satisfies Record<string, ImagePin>;

/** The versions the GitHub actions install: the same releases as the images above. */
export const TOOL_RELEASES = { trivy: `v${IMAGES.trivy.tag}`, cosign: IMAGES.cosign.tag.replace(/-dev$/, '') } as const;

export const usesOf = (pin: ActionPin) => `${pin.repo}@${pin.sha} # ${pin.tag}`;
export const imageRef = (pin: ImagePin) => `${pin.name}:${pin.tag}${pin.digest ? `@${pin.digest}` : ''}`;
