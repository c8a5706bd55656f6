// The CI registry: one entry per system, each backed by templates/ci/<id>/.
export const CI_SYSTEMS = {
  github: { label: 'GitHub Actions', output: '.github/workflows/docker.yml', template: 'ci/github/docker.yml.hbs' },
  gitlab: { label: 'GitLab CI', output: '.gitlab-ci.yml', template: 'ci/gitlab/gitlab-ci.yml.hbs' },
  jenkins: { label: 'Jenkins', output: 'Jenkinsfile', template: 'ci/jenkins/Jenkinsfile.hbs' },
} as const;

export type CiId = keyof typeof CI_SYSTEMS;
export const CI_IDS = Object.keys(CI_SYSTEMS) as CiId[];

/** Stages a pipeline builds to check the code before the image, when the Dockerfile has them. */
export const CHECK_TARGETS = ['test', 'lint', 'audit'] as const;

export const SCAN_MODES = ['block', 'report'] as const;
