// Every generated pipeline of the matrix, through the real validators (batched: actionlint once,
// gitlab-ci-local per file in parallel, npm-groovy-lint in one JVM), plus what each must do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate, withDefaults } from '../src/answers/resolve.js';
import { renderPlan } from '../src/render/plan.js';
import { actionlintFiles } from './support/validators/actionlint.js';
import { gitlabCiLocalList } from './support/validators/gitlab.js';
import { jenkinsStructure, lintJenkinsfiles } from './support/validators/groovy.js';
import { lintYaml } from './support/validators/yaml.js';
import { type Case, pipelineCases } from './support/matrix.js';
import { parse } from 'yaml';
import { ACTIONS, IMAGES, imageRef, TOOL_RELEASES } from '../src/ci/versions.js';

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
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
const githubJobs = (text: string) => (parse(text) as { jobs: Record<'checks' | 'scan' | 'publish', Job> }).jobs;
const step = (job: Job, action: string) => job.steps.find((s) => s.uses?.startsWith(`${action}@`))!;

// `docker buildx build --metadata-file`'s output, as buildx documents it (docs/reference/buildx_build.md).
const PUSHED_DIGEST = 'sha256:19ffeab6f8bc9293ac2c3fdf94ebe28396254c993aea0b5a542cfb02e0883fa3';
const BUILDX_METADATA = `{
  "buildx.build.ref": "mybuilder/mybuilder0/0fjb6ubs52xx3vygf6fgdl611",
  "containerimage.config.digest": "sha256:2937f66a9722f7f4a2df583de2f8cb97fc9196059a410e7f00072fc918930e66",
  "containerimage.descriptor": {
    "digest": "${PUSHED_DIGEST}",
    "mediaType": "application/vnd.oci.image.manifest.v1+json",
    "size": 506
  },
  "containerimage.digest": "${PUSHED_DIGEST}"
}
`;

const cases = [...pipelineCases(), ...registryCases].map((c: Case) => ({ ...c, files: {} as Record<string, string> }));
const all = (path: string) => cases.map((c) => c.files[path]!);

beforeAll(async () => {
  for (const c of cases) for (const f of await renderPlan(c.answers, null, c.facts)) c.files[f.path] = f.content;
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
    expect(text).toMatch(/^permissions:\n {2}contents: read$/m);
    expect(text).toContain('type=semver,pattern={{version}}');
    const { publish } = githubJobs(text);
    expect(publish.if).toBe(
      "github.event_name == 'push' && (github.ref == format('refs/heads/{0}', github.event.repository.default_branch) || startsWith(github.ref, 'refs/tags/v'))",
    );
    expect(step(publish, 'docker/build-push-action').with).toMatchObject({ push: true, sbom: true, provenance: 'mode=max' });
  });

  it('GitHub: every action is pinned by the commit in the table, with its release in a comment', () => {
    const lines = files[GITHUB]!.split('\n').filter((l) => /^\s*(- )?uses:/.test(l));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const [, repo, sha, tag] = /^\s*(?:- )?uses: ([\w./-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)$/.exec(line) ?? [];
      expect(repo, line).toBeDefined();
      expect(Object.values(ACTIONS), line).toContainEqual(expect.objectContaining({ repo, sha, tag }));
    }
  });

  it('GitHub: no token or secret reaches a pull request; each job holds only the permissions it uses', () => {
    const text = files[GITHUB]!;
    expect(text).not.toContain('pull_request_target');
    const jobs = githubJobs(text);
    // Only the publish job, which runs on pushes alone, logs in, signs or writes packages.
    for (const [name, job] of Object.entries(jobs)) {
      if (name !== 'publish') expect(JSON.stringify(job), name).not.toMatch(/secrets\.|docker\/login-action|id-token|packages/);
    }
    expect(jobs.scan.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(jobs.checks.permissions).toBeUndefined();
    expect(jobs.publish.permissions).toEqual({
      contents: 'read',
      ...(answers.registry === '' || answers.registry.startsWith('ghcr.io/') ? { packages: 'write' } : {}),
      ...(answers.sign === 'cosign' ? { 'id-token': 'write' } : {}),
    });
    expect(jobs.publish.needs).toEqual(['checks', 'scan']);
  });

  it('GitHub: findings go to code scanning, then the scan mode decides', () => {
    const { scan } = githubJobs(files[GITHUB]!);
    const uses = scan.steps.map((s) => s.uses?.split('@')[0]);
    expect(uses.slice(-3)).toEqual(['aquasecurity/trivy-action', 'github/codeql-action/upload-sarif', 'aquasecurity/trivy-action']);
    expect(scan.steps.at(-3)!.with).toMatchObject({ format: 'sarif', output: 'trivy.sarif', 'limit-severities-for-sarif': true });
    expect(scan.steps.at(-2)!.with).toMatchObject({ sarif_file: 'trivy.sarif' });
    expect(scan.steps.at(-1)!.with).toMatchObject({ 'exit-code': answers.scan === 'block' ? '1' : '0' });
  });

  it('GitHub: signs the pushed digest keyless, unless --sign none', () => {
    const { publish } = githubJobs(files[GITHUB]!);
    const sign = publish.steps.at(-1)!;
    if (answers.sign === 'none') {
      expect(JSON.stringify(publish)).not.toContain('cosign');
      return;
    }
    expect(step(publish, 'sigstore/cosign-installer').with).toEqual({ 'cosign-release': TOOL_RELEASES.cosign });
    expect(sign.env).toEqual({ DIGEST: '${{ steps.push.outputs.digest }}' });
    expect(sign.run).toBe('cosign sign --yes "${IMAGE,,}@${DIGEST}"');
  });

  it('GitLab: dind with TLS, registry cache, credentials through --password-stdin, guarded publish', () => {
    const text = files[GITLAB]!;
    expect(text).toContain(`image: ${imageRef(IMAGES.docker)}\n`);
    expect(text).toContain(`- name: ${imageRef(IMAGES.dind)}\n`);
    expect(text).toContain('--sbom=true --provenance=mode=max');
    expect(text).toContain('container_scanning: gl-container-scanning-report.json');
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

  it('GitLab: signs the pushed digest keyless through an OIDC token, only where it publishes', () => {
    const jobs = parse(files[GITLAB]!) as Record<string, { rules?: unknown; id_tokens?: unknown; needs?: string[]; script?: string[] }>;
    if (answers.sign === 'none') {
      expect(jobs.sign).toBeUndefined();
      expect(files[GITLAB]).not.toContain('cosign');
      return;
    }
    expect(jobs.sign!.id_tokens).toEqual({ SIGSTORE_ID_TOKEN: { aud: 'sigstore' } });
    expect(jobs.sign!.rules).toEqual(jobs.publish!.rules);
    expect(jobs.sign!.needs).toEqual(['publish']);
    expect(jobs.sign!.script!.at(-1)).toBe('cosign sign --yes "$IMAGE@$DIGEST"');
    const withToken = Object.entries(jobs).filter(([, job]) => job && typeof job === 'object' && 'id_tokens' in job);
    expect(withToken.map(([name]) => name)).toEqual(['sign']);
  });

  // Only where signing is on: an unsigned pipeline reads no digest.
  if (answers.sign === 'cosign')
    it("GitLab and Jenkins: read the pushed digest from buildx's metadata file", () => {
      const jobs = parse(files[GITLAB]!) as Record<string, { script: string[] }>;
      const gitlab = jobs.publish!.script.find((line) => line.includes('build.json)'))!;
      // In a Groovy ''' string, `\\` is one backslash.
      const jenkins = /^\s*(digest="\$\(sed .*)$/m.exec(files[JENKINS]!)![1]!.replaceAll('\\\\', '\\');
      const dir = mkdtempSync(join(tmpdir(), 'cms-digest-'));
      writeFileSync(join(dir, 'build.json'), BUILDX_METADATA);
      execFileSync('sh', ['-c', gitlab], { cwd: dir });
      expect(readFileSync(join(dir, 'digest.env'), 'utf8')).toBe(`DIGEST=${PUSHED_DIGEST}\n`);
      expect(execFileSync('sh', ['-c', `${jenkins}\nprintf %s "$digest"`], { cwd: dir, encoding: 'utf8' })).toBe(PUSHED_DIGEST);
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
    expect(text).toContain('--sbom=true --provenance=mode=max');
    expect(text.includes("file(credentialsId: 'cosign-key'")).toBe(answers.sign === 'cosign');
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
