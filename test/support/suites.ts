// The checks every case of the matrix goes through, as suites a test file declares for its cases:
// the built-in matrix (snapshots.test.ts, dockerfiles.test.ts) and any language a test registers.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CI_SYSTEMS, UPDATE_BOTS } from '../../src/ci/systems.js';
import { COMPOSE_FILE } from '../../src/compose/modes.js';
import { languageList } from '../../src/languages/index.js';
import { renderPlan } from '../../src/render/plan.js';
import type { Case } from './matrix.js';
import { finalUser, lintDockerfile, shellcheckDockerfiles, stageGraph } from './validators/dockerfile.js';
import { SAMPLE_FILES, checkDockerignore } from './validators/dockerignore.js';

const DOCKER_FILES = ['Dockerfile', '.dockerignore'];
/** Where a case's Dockerfile and ignore file are: a workspace package's folder, else the root. */
const dockerPaths = ({ facts }: Case) => {
  const dir = (facts?.workspace as { dir: string } | undefined)?.dir;
  return dir ? [`${dir}/Dockerfile`, `${dir}/Dockerfile.dockerignore`] : DOCKER_FILES;
};
/** The bot config and compose file a case asks for, if any. */
const botFiles = ({ updates, compose }: Case['answers']) => [
  ...(updates === 'none' ? [] : [UPDATE_BOTS[updates].output]),
  ...(compose === 'none' ? [] : [COMPOSE_FILE.output]),
];
const snapshot = (name: string, path: string) => fileURLToPath(new URL(`../snapshots/${name}/${path}`, import.meta.url));

/** Every generated file of each case, compared with its file under test/snapshots/<case>/. */
export function snapshotSuite(cases: Case[], pipelines: Case[] = []): void {
  describe('generated files match their snapshots', () => {
    it.each(cases)('$name', async (c) => {
      const { name, answers, facts } = c;
      const plan = await renderPlan(answers, null, facts);
      expect(plan.map((f) => f.path)).toEqual([...dockerPaths(c), ...botFiles(answers)]);
      for (const file of plan) await expect(file.content).toMatchFileSnapshot(snapshot(name, file.path));
    });
  });
  if (!pipelines.length) return;
  describe('generated pipelines match their snapshots', () => {
    it.each(pipelines)('$name', async (c) => {
      const { name, answers, facts } = c;
      const files = (await renderPlan(answers, null, facts)).filter((f) => !dockerPaths(c).includes(f.path));
      expect(files.map((f) => f.path)).toEqual([...answers.ci.map((id) => CI_SYSTEMS[id].output), ...botFiles(answers)]);
      for (const file of files) await expect(file.content).toMatchFileSnapshot(snapshot(name, file.path));
    });
  });
}

/** Every generated Dockerfile and .dockerignore through real validators: dockerfile-utils,
 *  shellcheck on every RUN script, the stage graph, and Docker's own ignore rules. */
export function dockerfileSuite(cases: Case[]): void {
  // Files a project of each registered language has, which its build may read from the context.
  const projectFiles = [
    ...new Set([
      ...SAMPLE_FILES,
      ...languageList().flatMap((l) => [...l.detector.manifests, ...l.detector.knownFiles, ...(l.detector.headOnly ?? [])]),
    ]),
  ];
  const rendered = cases.map((c) => ({ ...c, files: {} as Record<string, string> }));

  beforeAll(async () => {
    // Under the names of a plain project's files, wherever the case puts them.
    for (const c of rendered) {
      const [dockerfile, dockerignore] = dockerPaths(c);
      const plain: Record<string, string> = { [dockerfile!]: 'Dockerfile', [dockerignore!]: '.dockerignore' };
      for (const f of await renderPlan(c.answers, null, c.facts)) c.files[plain[f.path] ?? f.path] = f.content;
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
      expect(await checkDockerignore(c.files['.dockerignore']!, c.files.Dockerfile!, [], projectFiles)).toEqual([]);
    });
  });

  describe('RUN scripts', () => {
    it('pass shellcheck at severity warning, in every Dockerfile', async () => {
      expect(await shellcheckDockerfiles(rendered.map((c) => c.files.Dockerfile!))).toEqual([]);
    });
  });
}
