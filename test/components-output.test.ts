// Several components in one repository: the one Dockerfile (a target per service), the merged
// .dockerignore and the compose.yaml, as snapshot files and through the real validators.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validate, withDefaults } from '../src/answers/resolve.js';
import { CI_SYSTEMS, UPDATE_BOTS } from '../src/ci/systems.js';
import type { PartialAnswers } from '../src/answers/schema.js';
import type { ComponentKind } from '../src/components/types.js';
import { languageList } from '../src/languages/index.js';
import type { Shape } from '../src/components/shape.js';
import { type ComponentRun, renderComponentsPlan } from '../src/render/components-plan.js';
import { tempProject } from './support/cli.js';
import { composeBin } from './support/validators/compose-cli.js';
import { finalUser, lintDockerfile, shellcheckDockerfiles, stageGraph } from './support/validators/dockerfile.js';
import { SAMPLE_FILES, checkDockerignore } from './support/validators/dockerignore.js';
import { validateCompose, validateDependabot, validateRenovate } from './support/validators/json-schema.js';

const part = (name: string, dir: string, kind: ComponentKind, answers: PartialAnswers): ComponentRun => ({
  component: { name, dir, kind },
  answers: validate(withDefaults({ compose: 'watch', ...answers })),
  facts: {},
});

const CASES: { name: string; runs: ComponentRun[]; shape?: Shape }[] = [
  {
    name: 'static-and-go',
    runs: [
      part('web', 'frontend', 'static', {
        lang: 'node',
        app: 'static',
        entry: 'dist',
        targets: ['development', 'test', 'lint'],
        ci: ['github', 'gitlab', 'jenkins'],
      }),
      part('api', 'backend', 'server', { lang: 'go', healthcheck: '/api/health', targets: ['development', 'test'] }),
    ],
  },
  {
    name: 'static-and-go-combined',
    shape: 'combined',
    runs: [
      part('web', 'frontend', 'static', {
        lang: 'node',
        app: 'static',
        entry: 'dist',
        targets: ['development', 'test'],
        ci: ['github', 'gitlab', 'jenkins'],
        registry: 'docker.io/acme/shop',
        sign: 'none',
        updates: 'renovate',
        platforms: ['linux/amd64', 'linux/arm64'],
      }),
      part('api', 'backend', 'server', { lang: 'go', final: 'distroless', healthcheck: '/api/health', targets: ['development', 'test'] }),
    ],
  },
  {
    name: 'sites-and-java-combined',
    shape: 'combined',
    runs: [
      part('web', 'web', 'static', { lang: 'node', pm: 'pnpm', app: 'static', entry: 'build', targets: ['development'] }),
      part('docs', 'docs', 'docs', { lang: 'node', app: 'static', entry: 'docs/.vitepress/dist', targets: ['development'] }),
      part('api', 'api', 'server', { lang: 'java', pm: 'gradle', targets: ['development', 'test'] }),
    ],
  },
  {
    name: 'node-api-python-worker',
    runs: [
      part('api', 'api', 'server', { lang: 'node', entry: 'server.js', targets: ['development', 'test'] }),
      part('worker', 'worker', 'worker', { lang: 'python', entry: 'worker.py', healthcheck: 'none', targets: ['development'] }),
    ],
  },
  {
    name: 'docs-python-java',
    runs: [
      part('docs', 'docs', 'docs', { lang: 'node', pm: 'pnpm', app: 'static', entry: 'dist', targets: ['development'] }),
      part('api', 'services/api', 'server', { lang: 'python', pm: 'uv', app: 'asgi', entry: 'app.main:app', targets: ['development'] }),
      part('billing', 'services/billing', 'server', { lang: 'java', targets: ['development', 'test'] }),
    ],
  },
];

const snapshot = (name: string, path: string) => fileURLToPath(new URL(`./snapshots/components-${name}/${path}`, import.meta.url));

/** Every file a project of each language may have, under each component's folder. */
const filesUnder = (runs: ComponentRun[]) => {
  const plain = [
    ...SAMPLE_FILES,
    ...languageList().flatMap((l) => [...l.detector.manifests, ...l.detector.knownFiles, ...(l.detector.headOnly ?? [])]),
  ];
  return runs.flatMap((r) => plain.map((f) => `${r.component.dir}/${f}`));
};

describe.each(CASES)('$name', ({ name, runs, shape }) => {
  const files: Record<string, string> = {};
  beforeAll(async () => {
    for (const f of await renderComponentsPlan(runs, shape)) files[f.path] = f.content;
  });

  it('writes one Dockerfile, one .dockerignore, its pipelines, bot config and compose.yaml, each matching its snapshot', async () => {
    const { ci, updates } = runs[0]!.answers;
    const bot = updates === 'none' ? [] : [UPDATE_BOTS[updates].output];
    expect(Object.keys(files)).toEqual(['Dockerfile', '.dockerignore', ...ci.map((id) => CI_SYSTEMS[id].output), ...bot, 'compose.yaml']);
    for (const [path, content] of Object.entries(files)) await expect(content).toMatchFileSnapshot(snapshot(name, path));
  });

  it('has an update bot config that its schema accepts, covering each component’s folder', async () => {
    if (files['.github/dependabot.yml']) {
      expect(await validateDependabot(files['.github/dependabot.yml'])).toEqual([]);
      for (const { component } of runs) expect(files['.github/dependabot.yml']).toContain(`directory: /${component.dir}\n`);
    }
    if (files['renovate.json']) expect(validateRenovate(files['renovate.json'])).toEqual([]);
  });

  it('has a Dockerfile that dockerfile-utils and shellcheck accept, with a sound stage graph', async () => {
    expect(await lintDockerfile(files.Dockerfile!)).toEqual([]);
    expect(await shellcheckDockerfiles([files.Dockerfile!])).toEqual([]);
    expect(files.Dockerfile!.startsWith('# syntax=docker/dockerfile:1\n')).toBe(true);
    const { stages, problems } = stageGraph(files.Dockerfile!);
    expect(problems).toEqual([]);
    // Every component's stages carry its name: none is shared by accident, none is left plain. The
    // combined image is the last stage, what `docker build .` builds.
    const names = runs.map((r) => r.component.name);
    const own = shape === 'combined' ? stages.slice(0, -1) : stages;
    for (const stage of own) expect(names.some((n) => stage.name === n || stage.name!.startsWith(`${n}-`))).toBe(true);
    if (shape === 'combined') {
      expect(stages.at(-1)).toMatchObject({ name: 'production', from: runs.find((r) => r.component.kind === 'server')!.component.name });
      expect(finalUser(files.Dockerfile!)).toMatch(/^(?!root|0(:|$))/);
    }
  });

  it('gives each service a production target of its name, run as a non-root user, and its optional stages under its prefix', () => {
    const names = stageGraph(files.Dockerfile!).stages.map((s) => s.name);
    for (const { component, answers } of runs) {
      expect(names).toEqual(expect.arrayContaining([component.name, ...answers.targets.map((t) => `${component.name}-${t}`)]));
      expect(finalUser(files.Dockerfile!, component.name)).toMatch(/^(?!root|0(:|$))/);
    }
  });

  it('declares each version ARG once, above the first FROM, so that every FROM can read it', () => {
    const lines = files.Dockerfile!.split('\n');
    const firstFrom = lines.findIndex((l) => l.startsWith('FROM '));
    const args = lines.filter((l) => /^ARG [A-Z_]+_VERSION=/.test(l));
    expect(new Set(args).size).toBe(args.length);
    for (const arg of args.filter((a) => files.Dockerfile!.includes(`\${${/^ARG (\w+)/.exec(a)![1]}}`)))
      expect(lines.indexOf(arg)).toBeLessThan(firstFrom);
  });

  it('keeps in the context every file a COPY needs, and leaves out .git, node_modules and .env', async () => {
    expect(await checkDockerignore(files['.dockerignore']!, files.Dockerfile!, [], filesUnder(runs))).toEqual([]);
  });

  it('has a compose.yaml that the compose-spec schema and Docker Compose accept, a watched service per component', () => {
    expect(validateCompose(files['compose.yaml']!)).toEqual([]);
    const dir = tempProject();
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    for (const { component } of runs) mkdirSync(join(dir, component.dir), { recursive: true });
    const r = spawnSync(composeBin(), ['config', '-q'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { services } = parse(files['compose.yaml']!) as {
      services: Record<string, { build: { target: string }; develop: { watch: { path: string }[] } }>;
    };
    expect(Object.keys(services)).toEqual(runs.map((r) => r.component.name));
    for (const { component } of runs) {
      const service = services[component.name]!;
      expect(service.build.target).toBe(`${component.name}-development`);
      expect(service.develop.watch.length).toBeGreaterThan(0);
      for (const rule of service.develop.watch) expect(rule.path.startsWith(component.dir)).toBe(true);
    }
    expect(files['compose.yaml']).not.toMatch(/password|token|secret:/i);
  });
});

it('a site served by nginx hands /api/ to the repository’s server, by its service name and port', async () => {
  const [dockerfile] = await renderComponentsPlan(CASES[0]!.runs);
  expect(dockerfile!.content).toContain("'    location /api/ { proxy_pass http://api:8080; }'");
});

it('combines the sites into the server’s image: the first at /srv/www, the others under their names', async () => {
  const [dockerfile] = await renderComponentsPlan(CASES[2]!.runs, 'combined');
  expect(dockerfile!.content).toMatch(
    /FROM api AS production\nCOPY --from=web-build \/app\/build \/srv\/www\nCOPY --from=docs-build \/app\/docs\/.vitepress\/dist \/srv\/www\/docs\nENV STATIC_DIR=\/srv\/www SPRING_WEB_RESOURCES_STATIC_LOCATIONS=file:\/srv\/www\/\n$/,
  );
});

it.each([
  [CASES[3]!.runs, '--combine: worker (worker) runs a process of its own, and one image runs one; use --per-service'],
  [
    CASES[4]!.runs,
    "--combine puts static sites into one server's image, and this repository has 2 servers (api, billing); use --per-service",
  ],
])('refuses to combine what one process cannot run (%#)', async (runs, message) => {
  await expect(renderComponentsPlan(runs, 'combined')).rejects.toThrow(message);
});

it('refuses two components whose version ARGs differ, naming both and the flag that mends it', async () => {
  const runs = [
    part('a', 'a', 'server', { lang: 'node', entry: 'a.js', runtimeVersion: '24' }),
    part('b', 'b', 'server', { lang: 'node', entry: 'b.js', runtimeVersion: '26' }),
  ];
  await expect(renderComponentsPlan(runs)).rejects.toThrow(
    "a and b share the Dockerfile's NODE_VERSION but differ (24 and 26); give them the same version (--runtime-version b=…)",
  );
});
