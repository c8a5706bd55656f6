// The CI registry: one entry per system, each backed by templates/ci/<id>/.
// `services`: the template for several components' images (a matrix over them).
export const CI_SYSTEMS = {
  github: {
    label: 'GitHub Actions',
    output: '.github/workflows/docker.yml',
    template: 'ci/github/docker.yml.hbs',
    services: 'ci/github/services.yml.hbs',
  },
  gitlab: { label: 'GitLab CI', output: '.gitlab-ci.yml', template: 'ci/gitlab/gitlab-ci.yml.hbs', services: 'ci/gitlab/services.yml.hbs' },
  jenkins: { label: 'Jenkins', output: 'Jenkinsfile', template: 'ci/jenkins/Jenkinsfile.hbs', services: 'ci/jenkins/services.hbs' },
} as const;

export type CiId = keyof typeof CI_SYSTEMS;
export const CI_IDS = Object.keys(CI_SYSTEMS) as CiId[];

/** Stages a pipeline builds to check the code before the image, when the Dockerfile has them. */
export const CHECK_TARGETS = ['test', 'lint', 'audit'] as const;

export const SCAN_MODES = ['block', 'report'] as const;

/** Signing the pushed image: keyless through OIDC on GitHub and GitLab, a key credential on Jenkins. */
export const SIGN_MODES = ['cosign', 'none'] as const;

/** Bots that keep the pinned actions, images and dependencies current, each with the file it reads. */
export const UPDATE_MODES = ['dependabot', 'renovate', 'none'] as const;
export type UpdateBot = Exclude<(typeof UPDATE_MODES)[number], 'none'>;

export const UPDATE_BOTS: Record<UpdateBot, { label: string; output: string; template: string }> = {
  dependabot: { label: 'Dependabot', output: '.github/dependabot.yml', template: 'updates/dependabot.yml.hbs' },
  renovate: { label: 'Renovate', output: 'renovate.json', template: 'updates/renovate.json.hbs' },
};
