// Every generated pipeline of the matrix, through the real validators (batched: actionlint once,
// gitlab-ci-local per file in parallel, npm-groovy-lint in one JVM), plus what each must do.
import { beforeAll, describe, expect, it } from 'vitest';
import { validate, withDefaults } from '../src/answers/resolve.js';
import { renderPlan } from '../src/render/plan.js';
import { actionlintFiles } from './support/validators/actionlint.js';
import { gitlabCiLocalList } from './support/validators/gitlab.js';
import { jenkinsStructure, lintJenkinsfiles } from './support/validators/groovy.js';
import { lintYaml } from './support/validators/yaml.js';
import { pipelineCases } from './support/matrix.js';

const GITHUB = '.github/workflows/docker.yml';
const GITLAB = '.gitlab-ci.yml';
const JENKINS = 'Jenkinsfile';

/** Registries whose login host Docker's naming rule decides: validated with the matrix, not snapshotted. */
const REGISTRIES = [
  { name: 'ci-registry-docker-hub-short', registry: 'acme/api', host: 'docker.io' },
  { name: 'ci-registry-localhost', registry: 'localhost:5000/app', host: 'localhost:5000' },
  { name: 'ci-registry-host-port', registry: 'registry.example.com:8443/a/b', host: 'registry.example.com:8443' },
];
const registryCases = REGISTRIES.map(({ name, registry }) => ({
  name,
  answers: validate(withDefaults({ lang: 'go', targets: ['test'], ci: ['github', 'gitlab', 'jenkins'], registry })),
}));
const cases = [...pipelineCases(), ...registryCases].map((c) => ({ ...c, files: {} as Record<string, string> }));
const all = (path: string) => cases.map((c) => c.files[path]!);

beforeAll(async () => {
  for (const c of cases) for (const f of await renderPlan(c.answers)) c.files[f.path] = f.content;
});

describe('real validators accept every generated pipeline', () => {
  it('GitHub workflows pass actionlint', async () => {
    expect(await actionlintFiles(cases.map((c) => ({ path: `${c.name}/${GITHUB}`, text: c.files[GITHUB]! })))).toEqual([]);
  });

  it("GitLab pipelines pass gitlab-ci-local --list (GitLab's CI schema, stages, needs)", async () => {
    expect(await gitlabCiLocalList(all(GITLAB).map((text) => ({ text })))).toEqual([]);
  });

  it('Jenkinsfiles pass npm-groovy-lint (Groovy syntax)', async () => {
    expect(await lintJenkinsfiles(all(JENKINS))).toEqual([]);
  });

  it('every YAML file parses strictly, with unique keys and no warnings', async () => {
    for (const text of [...all(GITHUB), ...all(GITLAB)]) expect(await lintYaml(text)).toEqual([]);
  });
});

describe.each(cases)('$name', ({ answers, files }) => {
  const checks = ['test', 'lint', 'audit'].filter((t) => answers.targets.includes(t as never));

  it('GitHub: expressions survive rendering exactly', () => {
    const text = files[GITHUB]!;
    expect(text).not.toMatch(/\$\{\{\s*\}\}/);
    // What remains after removing ${{ … }} expressions and metadata-action's {{version}} patterns.
    const rest = text.replace(/\$\{\{ .+? \}\}/g, '').replace(/pattern=\{\{major\}\}\.\{\{minor\}\}|pattern=\{\{version\}\}/g, '');
    expect(rest).not.toMatch(/\{\{|\}\}/);
  });

  it('GitHub: builds the check stages, scans, caches with gha, pushes only from the default branch or v* tags', () => {
    const text = files[GITHUB]!;
    expect(text).toContain(`target: [${checks.join(', ')}]`);
    expect(text).toContain(`exit-code: '${answers.scan === 'block' ? 1 : 0}'`);
    expect(text).toContain('severity: CRITICAL,HIGH');
    expect(text).toContain('cache-from: type=gha');
    expect(text).toContain(`platforms: ${answers.platforms.join(',')}`);
    expect(text).toContain("startsWith(github.ref, 'refs/tags/v')");
    expect(text).toContain("push: ${{ env.PUSH == 'true' }}");
    expect(text).toMatch(/^permissions:\n {2}contents: read$/m);
    expect(text).toContain('type=semver,pattern={{version}}');
  });

  it('GitLab: dind with TLS, registry cache, credentials through --password-stdin, guarded publish', () => {
    const text = files[GITLAB]!;
    expect(text).toContain(`- TARGET: [${checks.join(', ')}]`);
    expect(text).toContain('DOCKER_TLS_CERTDIR: /certs');
    expect(text).toContain('DOCKER_HOST: tcp://docker:2376');
    expect(text).toContain('--password-stdin');
    expect(text).toContain('type=registry,ref=$CACHE_REF');
    expect(text).toContain(`--platform ${answers.platforms.join(',')}`);
    expect(text).toContain(`--exit-code ${answers.scan === 'block' ? 1 : 0}`);
    expect(text).toContain('- if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n    - if: $CI_COMMIT_TAG =~ /^v/');
    expect(text).not.toMatch(/include:/);
  });

  it('Jenkins: our own structure checks, parallel stages, withCredentials, post always', () => {
    const text = files[JENKINS]!;
    expect(jenkinsStructure(text)).toEqual([]);
    expect(text).toMatch(/stage\('Build and test'\) \{\n\s+parallel \{/);
    for (const t of checks) expect(text).toContain(`--target ${t} `);
    expect(text).toContain("withCredentials([usernamePassword(credentialsId: 'registry-credentials'");
    expect(text).toContain('--password-stdin');
    expect(text).toMatch(/post \{\n\s+always \{/);
    expect(text).toContain(`--exit-code ${answers.scan === 'block' ? 1 : 0}`);
    expect(text).toContain(`--platform ${answers.platforms.join(',')}`);
  });

  it('never puts a credential on a command line or in an echo', () => {
    for (const text of [files[GITHUB]!, files[GITLAB]!, files[JENKINS]!]) {
      expect(text).not.toMatch(/(^|\s)(-p|--password)[ =]/m);
      expect(text).not.toMatch(/echo[^\n]*(PASSWORD|TOKEN)/);
    }
  });
});

describe.each(REGISTRIES)('--registry $registry logs in to $host', ({ name, registry, host }) => {
  const { files } = cases.find((c) => c.name === name)!;

  it('GitHub', () => {
    expect(files[GITHUB]).toContain(`IMAGE: "${registry}"\n`);
    expect(files[GITHUB]).toContain(`- name: Log in to ${host}\n`);
    expect(files[GITHUB]).toContain(`registry: "${host}"\n          username: \${{ secrets.REGISTRY_USERNAME }}`);
  });

  it('GitLab', () => {
    expect(files[GITLAB]).toContain(`docker login --username "$REGISTRY_USER" --password-stdin ${host}\n`);
  });

  it('Jenkins', () => {
    expect(files[JENKINS]).toContain(`IMAGE = '${registry}'\n`);
    expect(files[JENKINS]).toContain(`REGISTRY = '${host}'\n`);
    expect(files[JENKINS]).toContain('--password-stdin "$REGISTRY"');
  });
});
