// Every generated Dockerfile and .dockerignore of the snapshot matrix, through real validators:
// dockerfile-utils, shellcheck on every RUN script, the stage graph, and Docker's own ignore rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlan } from '../src/render/plan.js';
import { finalUser, lintDockerfile, shellcheckDockerfiles, stageGraph } from './support/validators/dockerfile.js';
import { SAMPLE_FILES, checkDockerignore } from './support/validators/dockerignore.js';
import { CASES } from './support/matrix.js';

// Files a project of each kind has and its build reads from the context.
const PROJECT_FILES = [
  ...SAMPLE_FILES,
  '.npmrc',
  'pnpm-lock.yaml',
  'yarn.lock',
  '.yarnrc.yml',
  'bun.lock',
  'cmd/server/main.go',
  'requirements-dev.txt',
  'poetry.lock',
  'uv.lock',
  'app.py',
  'build.gradle.kts',
  'settings.gradle.kts',
  'gradle.properties',
];

const rendered = CASES.map((c) => ({ ...c, files: {} as Record<string, string> }));

beforeAll(async () => {
  for (const c of rendered) {
    for (const f of await renderPlan(c.answers)) c.files[f.path] = f.content;
  }
});

describe.each(rendered)('$name', (c) => {
  it('passes dockerfile-utils with no diagnostics, and has no empty continuation line', async () => {
    expect(await lintDockerfile(c.files.Dockerfile!)).toEqual([]);
    // BuildKit warns about these and plans to refuse them; dockerfile-utils does not report them.
    expect(c.files.Dockerfile!).not.toMatch(/\\\n\s*\n/);
  });

  it('has a sound stage graph ending in production, with every offered target present', () => {
    const { stages, problems } = stageGraph(c.files.Dockerfile!);
    expect(problems).toEqual([]);
    const names = stages.map((s) => s.name);
    expect(names.at(-1)).toBe('production');
    expect(names).toEqual(expect.arrayContaining(['base', 'build', ...c.answers.targets]));
  });

  it('runs production as a non-root user', () => {
    const user = finalUser(c.files.Dockerfile!, 'production');
    expect(user).not.toBeNull();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
  });

  it('keeps in the context every file a COPY needs, and leaves out .git, node_modules and .env', async () => {
    expect(await checkDockerignore(c.files['.dockerignore']!, c.files.Dockerfile!, [], PROJECT_FILES)).toEqual([]);
  });
});

describe('RUN scripts', () => {
  it('pass shellcheck at severity warning, in every Dockerfile of the matrix', async () => {
    expect(await shellcheckDockerfiles(rendered.map((c) => c.files.Dockerfile!))).toEqual([]);
  });
});
