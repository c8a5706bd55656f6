// The pipelines of several components through the real validators, and what they must do: an
// image per service (or the one combined image), each built, checked and scanned only when its
// folder changed on a pull request, pushed only from the default branch or a v* tag.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validate, withDefaults } from '../src/answers/resolve.js';
import type { PartialAnswers } from '../src/answers/schema.js';
import type { Shape } from '../src/components/shape.js';
import type { ComponentKind } from '../src/components/types.js';
import { ACTIONS } from '../src/ci/versions.js';
import { type ComponentRun, renderComponentsPlan } from '../src/render/components-plan.js';
import { tempProject } from './support/cli.js';
import { actionlintFiles } from './support/validators/actionlint.js';
import { gitlabCiLocalList } from './support/validators/gitlab.js';
import { jenkinsStructure, lintJenkinsfiles } from './support/validators/groovy.js';
import { lintYaml } from './support/validators/yaml.js';

const GITHUB = '.github/workflows/docker.yml';
const GITLAB = '.gitlab-ci.yml';
const JENKINS = 'Jenkinsfile';
const ALL_CI = { ci: ['github', 'gitlab', 'jenkins'] } as PartialAnswers;

const part = (name: string, dir: string, kind: ComponentKind, answers: PartialAnswers): ComponentRun => ({
  component: { name, dir, kind },
  answers: validate(withDefaults(answers)),
  facts: {},
});

const RUNS = [
  part('web', 'frontend', 'static', { lang: 'node', app: 'static', entry: 'dist', targets: ['test', 'lint'], ...ALL_CI }),
  part('api', 'services/api', 'server', { lang: 'go', targets: ['test'], ...ALL_CI }),
  part('worker', 'worker', 'worker', { lang: 'python', entry: 'worker.py', healthcheck: 'none', targets: ['test'], ...ALL_CI }),
];

const CASES: { name: string; runs: ComponentRun[]; shape: Shape }[] = [
  { name: 'per-service', runs: RUNS, shape: 'per-service' },
  {
    name: 'per-service, own registry, unsigned',
    runs: RUNS.map((r) => ({ ...r, answers: { ...r.answers, registry: 'docker.io/acme/shop', sign: 'none' as const } })),
    shape: 'per-service',
  },
  { name: 'combined', runs: RUNS.slice(0, 2), shape: 'combined' },
];

const rendered = CASES.map((c) => ({ ...c, files: {} as Record<string, string> }));
beforeAll(async () => {
  for (const c of rendered) for (const f of await renderComponentsPlan(c.runs, c.shape)) c.files[f.path] = f.content;
});

describe('real validators accept every pipeline of several components', () => {
  it('GitHub workflows pass actionlint (with shellcheck on their scripts)', async () => {
    expect(await actionlintFiles(rendered.map((c, i) => ({ path: `case${i}/${GITHUB}`, text: c.files[GITHUB]! })))).toEqual([]);
  });

  it("GitLab pipelines pass gitlab-ci-local --list (GitLab's CI schema, stages, needs, extends)", async () => {
    expect(await gitlabCiLocalList(rendered.map((c) => ({ text: c.files[GITLAB]! })))).toEqual([]);
  });

  it('Jenkinsfiles pass npm-groovy-lint and have a declarative pipeline’s structure', async () => {
    expect(await lintJenkinsfiles(rendered.map((c) => c.files[JENKINS]!))).toEqual([]);
    for (const c of rendered) expect(jenkinsStructure(c.files[JENKINS]!)).toEqual([]);
  });

  it('every YAML file parses strictly, with unique keys and no warnings', async () => {
    for (const c of rendered) for (const path of [GITHUB, GITLAB]) expect(await lintYaml(c.files[path]!)).toEqual([]);
  });
});

/** The GitHub workflow's `pick` script, run by bash in a git repository, as the runner would. */
function pick(workflow: string, repo: string, env: Record<string, string>): { services: unknown[]; checks: unknown[] } {
  const jobs = (parse(workflow) as { jobs: Record<string, { steps: { id?: string; run?: string }[] }> }).jobs;
  const script = jobs.changes!.steps.find((s) => s.id === 'pick')!.run!;
  const output = join(tempProject(), 'github-output');
  writeFileSync(output, '');
  execFileSync('bash', ['-e', '-c', script], { cwd: repo, env: { ...process.env, GITHUB_OUTPUT: output, ...env } });
  const lines = readFileSync(output, 'utf8').trim().split('\n');
  return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), JSON.parse(l.slice(l.indexOf('=') + 1))])) as never;
}

describe('GitHub: a pull request, or a push to another branch, builds what its changes touch', () => {
  const git = (repo: string, ...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const commit = (repo: string, paths: string[]) => {
    for (const path of paths) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), `${path} ${Math.random()}\n`);
    }
    git(repo, 'add', '-A');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'change');
    return git(repo, 'rev-parse', 'HEAD');
  };
  let repo = '';
  let base = '';
  beforeAll(() => {
    repo = tempProject();
    git(repo, 'init', '-q');
    base = commit(repo, ['Dockerfile', 'frontend/index.html', 'services/api/main.go', 'worker/worker.py', 'README.md']);
  });

  it('only the service whose folder changed, with its check stages', () => {
    git(repo, 'checkout', '-qb', 'api-change', base);
    commit(repo, ['services/api/main.go', 'README.md']);
    expect(pick(rendered[0]!.files[GITHUB]!, repo, { EVENT: 'pull_request', BASE: base })).toEqual({
      services: [{ service: 'api', target: 'api', suffix: '-api' }],
      checks: [{ target: 'api-test' }],
    });
  });

  it('every service when the Dockerfile changed, and on a push', () => {
    git(repo, 'checkout', '-qb', 'dockerfile-change', base);
    commit(repo, ['Dockerfile']);
    const everything = {
      services: ['web', 'api', 'worker'].map((s) => ({ service: s, target: s, suffix: `-${s}` })),
      checks: [{ target: 'web-test' }, { target: 'web-lint' }, { target: 'api-test' }, { target: 'worker-test' }],
    };
    expect(pick(rendered[0]!.files[GITHUB]!, repo, { EVENT: 'pull_request', BASE: base })).toEqual(everything);
    expect(pick(rendered[0]!.files[GITHUB]!, repo, { EVENT: 'push', BASE: '' })).toEqual(everything);
  });

  it('on a push to a branch other than the default one, what the pushed commits touch', () => {
    git(repo, 'checkout', '-qb', 'feature', base);
    const before = commit(repo, ['frontend/index.html']);
    commit(repo, ['worker/worker.py']);
    const push = { EVENT: 'push', BASE: '', REF: 'refs/heads/feature', DEFAULT_REF: 'refs/heads/main' };
    expect(pick(rendered[0]!.files[GITHUB]!, repo, { ...push, BEFORE: before })).toEqual({
      services: [{ service: 'worker', target: 'worker', suffix: '-worker' }],
      checks: [{ target: 'worker-test' }],
    });
    const everything = ['web', 'api', 'worker'];
    const services = (env: Record<string, string>) =>
      (pick(rendered[0]!.files[GITHUB]!, repo, env).services as { service: string }[]).map((s) => s.service);
    // A new branch (no old head), a force-push whose old head is gone, the default branch, a tag.
    expect(services({ ...push, BEFORE: '0'.repeat(40) })).toEqual(everything);
    expect(services({ ...push, BEFORE: 'f'.repeat(40) })).toEqual(everything);
    expect(services({ ...push, BEFORE: before, REF: 'refs/heads/main' })).toEqual(everything);
    expect(services({ ...push, BEFORE: before, REF: 'refs/tags/v1.0.0' })).toEqual(everything);
  });

  it('nothing for a change outside every component, so that the other jobs are skipped', () => {
    git(repo, 'checkout', '-qb', 'docs-change', base);
    commit(repo, ['README.md']);
    expect(pick(rendered[0]!.files[GITHUB]!, repo, { EVENT: 'pull_request', BASE: base })).toEqual({ services: [], checks: [] });
  });

  it('the combined image when any of its components changed', () => {
    git(repo, 'checkout', '-qb', 'web-change', base);
    commit(repo, ['frontend/index.html']);
    expect(pick(rendered[2]!.files[GITHUB]!, repo, { EVENT: 'pull_request', BASE: base })).toEqual({
      services: [{ service: 'app', target: 'production', suffix: '' }],
      checks: [{ target: 'web-test' }, { target: 'web-lint' }, { target: 'api-test' }],
    });
  });
});

describe.each(rendered)('$name', ({ files, runs, shape }) => {
  const names = shape === 'combined' ? ['app'] : runs.map((r) => r.component.name);

  it('GitHub: every action pinned by its commit, no secret on a pull request, each image under its own name', () => {
    const text = files[GITHUB]!;
    const pins = new Set(Object.values(ACTIONS).map((a) => `${a.repo}@${a.sha} # ${a.tag}`));
    for (const line of text.split('\n').filter((l) => /^\s*(- )?uses:/.test(l)))
      expect(pins.has(line.replace(/^\s*(- )?uses: /, ''))).toBe(true);
    expect(text).not.toContain('pull_request_target');
    const jobs = (
      parse(text) as { jobs: Record<string, { if?: string; env?: Record<string, string>; permissions?: Record<string, string> }> }
    ).jobs;
    expect(jobs.publish!.if).toContain("github.event_name == 'push'");
    for (const [name, job] of Object.entries(jobs))
      if (name !== 'publish') expect(JSON.stringify(job)).not.toMatch(/secrets\.|id-token|packages: write/);
    expect(jobs.publish!.env!.IMAGE).toMatch(/\$\{\{ matrix\.suffix \}\}"?$/);
  });

  it('GitLab: a job per service for its checks (parallel:matrix), image, scan and publish, each under rules:changes', () => {
    const doc = parse(files[GITLAB]!) as Record<string, { extends?: string[]; rules?: unknown[]; variables?: Record<string, string> }>;
    for (const [i, name] of names.entries()) {
      for (const job of ['image', 'scan', 'publish']) expect(doc[`${name}:${job}`], `${name}:${job}`).toBeDefined();
      const rules = JSON.stringify(doc[`.${name}`]!.rules);
      const dirs = shape === 'combined' ? runs.map((r) => r.component.dir) : [runs[i]!.component.dir];
      for (const dir of dirs) expect(rules).toContain(`${dir}/**/*`);
      expect(JSON.stringify(doc[`${name}:publish`]!.rules)).toContain('$CI_COMMIT_TAG =~ /^v/');
    }
  });

  it('Jenkins: a parallel stage per service, run when its changeset touches its folder', () => {
    const text = files[JENKINS]!;
    expect(text).toContain("        stage('Services') {\n            parallel {");
    for (const name of names) expect(text).toContain(`stage('${name}') {`);
    for (const r of runs) expect(text).toContain(`changeset '${r.component.dir}/**'`);
  });
});
