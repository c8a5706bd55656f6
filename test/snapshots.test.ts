// Every generated file, for every case of the matrix, as a real file under test/snapshots/.
import { describe, expect, it } from 'vitest';
import { renderPlan } from '../src/render/plan.js';
import { CASES, CI_CASES } from './support/matrix.js';

describe('generated files match their snapshots', () => {
  it.each(CASES)('$name', async ({ name, answers }) => {
    const plan = await renderPlan(answers);
    expect(plan.map((f) => f.path)).toEqual(['Dockerfile', '.dockerignore']);
    for (const file of plan) await expect(file.content).toMatchFileSnapshot(`./snapshots/${name}/${file.path}`);
  });
});

describe('generated pipelines match their snapshots', () => {
  it.each(CI_CASES)('$name', async ({ name, answers }) => {
    const pipelines = (await renderPlan(answers)).filter((f) => !['Dockerfile', '.dockerignore'].includes(f.path));
    expect(pipelines.map((f) => f.path)).toEqual(['.github/workflows/docker.yml', '.gitlab-ci.yml', 'Jenkinsfile']);
    for (const file of pipelines) await expect(file.content).toMatchFileSnapshot(`./snapshots/${name}/${file.path}`);
  });
});
