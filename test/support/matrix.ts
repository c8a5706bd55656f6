// Every registered language x build tool x final (x app kind), with every optional stage, plus cases
// that switch the optional parts off. Shared by the snapshot, validation and stage-graph tests; a
// newly registered language joins the matrix without an edit here.
import { withDefaults, validate } from '../../src/answers/resolve.js';
import type { Answers, PartialAnswers } from '../../src/answers/schema.js';
import type { Facts } from '../../src/detect/types.js';
import type { WorkspaceFacts } from '../../src/workspace/detection.js';
import { appIds, languageList, type Language } from '../../src/languages/index.js';

export interface Case {
  name: string;
  answers: Answers;
  /** What detection would have read of the project (none: as for the API, with no project). */
  facts?: Facts;
}

function allOptions(languages: Language[]): PartialAnswers[] {
  return languages.flatMap((l) =>
    // next and asgi change only the final stage or the start command: variants below cover them.
    appIds(l)
      .filter((app) => app !== 'asgi' && app !== 'next')
      .flatMap((app) =>
        l.pms.flatMap((pm) => l.finals(app).map((final) => ({ lang: l.id, app, pm, final, targets: [...l.targets(app)] }))),
      ),
  );
}

/** apps/api of a workspace, needing a built library and one shipped as it is. */
const API_IN_WORKSPACE = (tool: string): WorkspaceFacts => ({
  tool,
  file: tool === 'pnpm' ? 'pnpm-workspace.yaml' : 'package.json',
  dir: 'apps/api',
  name: '@acme/api',
  closure: [
    { dir: 'packages/shared', name: '@acme/shared', outDir: 'dist' },
    { dir: 'packages/config', name: '@acme/config', outDir: null },
    { dir: 'apps/api', name: '@acme/api', outDir: null },
  ],
});

const VARIANTS: { name: string; answers: PartialAnswers; facts?: Facts }[] = [
  { name: 'go-no-module', answers: { lang: 'go', targets: ['test', 'lint', 'audit', 'development', 'debug'] }, facts: { module: false } },
  { name: 'node-unbuilt-no-stages-no-healthcheck', answers: { lang: 'node', targets: [], healthcheck: 'none', entry: 'server.js' } },
  {
    name: 'node-static-port-9000-multiarch',
    answers: { lang: 'node', app: 'static', port: 9000, platforms: ['linux/amd64', 'linux/arm64'] },
  },
  {
    name: 'go-cmd-entry-healthcheck-multiarch',
    answers: {
      lang: 'go',
      targets: [],
      final: 'distroless',
      entry: './cmd/server',
      healthcheck: '/healthz',
      platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
    },
  },
  { name: 'python-file-entry-no-healthcheck', answers: { lang: 'python', targets: [], entry: 'main.py', healthcheck: 'none' } },
  { name: 'python-poetry-module-entry', answers: { lang: 'python', pm: 'poetry', targets: ['test'], entry: 'myapp' } },
  // Every version ARG carries the comment Renovate reads.
  { name: 'python-uv-renovate', answers: { lang: 'python', pm: 'uv', targets: ['audit'], updates: 'renovate' } },
  { name: 'node-pnpm-renovate', answers: { lang: 'node', pm: 'pnpm', targets: [], updates: 'renovate' } },
  { name: 'go-renovate', answers: { lang: 'go', targets: ['audit', 'debug'], updates: 'renovate' } },
  // Workspace packages: built from the workspace root, with the members they need.
  // A Nitro server (Nuxt) carries its modules: no production dependencies beside it.
  {
    name: 'node-nitro-workspace',
    answers: { lang: 'node', pm: 'npm', targets: [], entry: '.output/server/index.mjs' },
    facts: { builds: true, workspace: API_IN_WORKSPACE('npm') },
  },
  {
    name: 'node-npm-workspace',
    answers: { lang: 'node', pm: 'npm', targets: ['test', 'lint', 'development', 'debug'] },
    facts: { builds: true, workspace: API_IN_WORKSPACE('npm') },
  },
  {
    name: 'node-yarn-workspace',
    answers: { lang: 'node', pm: 'yarn', targets: ['test'] },
    facts: { builds: true, workspace: API_IN_WORKSPACE('yarn') },
  },
  {
    name: 'node-pnpm-turbo-workspace',
    answers: { lang: 'node', pm: 'pnpm', targets: ['test', 'lint'] },
    facts: { builds: true, workspace: { ...API_IN_WORKSPACE('pnpm'), runner: 'Turborepo' } },
  },
  {
    name: 'node-pnpm-workspace-distroless',
    answers: { lang: 'node', pm: 'pnpm', final: 'distroless', targets: ['test'] },
    facts: { builds: true, workspace: API_IN_WORKSPACE('pnpm') },
  },
  {
    name: 'go-workspace-distroless',
    answers: { lang: 'go', final: 'distroless', targets: ['test', 'lint', 'audit', 'development', 'debug'], entry: './cmd/api' },
    facts: {
      module: true,
      workspace: {
        tool: 'go',
        file: 'go.work',
        dir: 'services/api',
        name: 'example.com/api',
        closure: [
          { dir: 'libs/greet', name: 'example.com/greet', outDir: null },
          { dir: 'services/api', name: 'example.com/api', outDir: null },
        ],
      },
    },
  },
  {
    name: 'go-modules-workspace',
    answers: { lang: 'go', targets: ['test', 'lint', 'development', 'debug'], entry: './cmd/api' },
    facts: {
      module: true,
      workspace: {
        tool: 'go',
        file: 'go.mod files',
        dir: 'services/api',
        name: 'example.com/api',
        closure: [
          { dir: 'libs/greet', name: 'example.com/greet', outDir: null },
          { dir: 'services/api', name: 'example.com/api', outDir: null },
        ],
      },
    },
  },
  {
    name: 'java-maven-workspace',
    answers: { lang: 'java', pm: 'maven', final: 'distroless', targets: ['test', 'development', 'debug'], entry: 'target/app.jar' },
    facts: {
      workspace: {
        tool: 'maven',
        dir: 'app',
        name: 'app',
        closure: [
          { dir: 'lib', outDir: null },
          { dir: 'app', outDir: null },
        ],
      },
    },
  },
  {
    name: 'java-gradle-workspace',
    answers: { lang: 'java', pm: 'gradle', targets: ['test'], entry: 'build/libs/*.jar' },
    facts: {
      workspace: {
        tool: 'gradle',
        file: 'settings.gradle.kts',
        dir: 'services/api',
        name: ':services:api',
        closure: [
          { dir: 'lib', name: ':lib', outDir: null },
          { dir: 'services/api', name: ':services:api', outDir: null },
        ],
      },
    },
  },
  {
    name: 'python-uv-workspace',
    answers: { lang: 'python', pm: 'uv', app: 'asgi', targets: ['test', 'lint'], entry: 'api.main:app' },
    facts: {
      workspace: {
        tool: 'uv',
        file: 'pyproject.toml',
        dir: 'packages/api',
        name: 'api',
        closure: [
          { dir: 'packages/greet', name: 'greet', outDir: null },
          { dir: 'packages/api', name: 'api', outDir: null },
        ],
      },
    },
  },
  {
    name: 'node-static-npm-workspace',
    answers: { lang: 'node', app: 'static' },
    facts: {
      builds: true,
      workspace: {
        tool: 'npm',
        file: 'package.json',
        dir: 'apps/web',
        name: '@acme/web',
        closure: [{ dir: 'apps/web', name: '@acme/web', outDir: null }],
      },
    },
  },
  {
    name: 'node-next-pnpm-distroless',
    answers: { lang: 'node', app: 'next', pm: 'pnpm', final: 'distroless', targets: ['test', 'lint', 'debug'] },
  },
  { name: 'node-next-npm-slim', answers: { lang: 'node', app: 'next', targets: [] } },
  // compose.yaml with Compose Watch, per language: synced sources or a rebuild.
  ...['node', 'go', 'python', 'java'].map((lang) => ({
    name: `${lang}-compose-watch`,
    answers: { lang, targets: ['development' as const], compose: 'watch' as const },
  })),
  // No dev script: the built app's own command, rebuilt on a change; a static site served by nginx.
  // No test script: the test stage runs one once there is one.
  {
    name: 'node-no-dev-or-test-script',
    answers: { lang: 'node', targets: ['test' as const, 'development' as const], compose: 'watch' as const },
    facts: { builds: true, devScript: null, testScript: false },
  },
  {
    name: 'node-pnpm-workspace-no-test-script',
    answers: { lang: 'node', pm: 'pnpm', targets: ['test' as const] },
    facts: { builds: true, testScript: false, workspace: API_IN_WORKSPACE('pnpm') },
  },
  { name: 'node-bun-no-test-script', answers: { lang: 'node', pm: 'bun', targets: ['test' as const] }, facts: { testScript: false } },
  {
    name: 'node-static-compose-watch-no-dev-script',
    answers: { lang: 'node', app: 'static', targets: ['development' as const], compose: 'watch' as const },
    facts: { builds: true, devScript: null },
  },
  // No standalone output: Next.js's own server with the whole built app.
  { name: 'node-next-start-whole-app', answers: { lang: 'node', app: 'next', targets: ['test'], entry: '.bin/next start' } },
  // A start command that names no file (fastify-cli's), run as written.
  {
    name: 'node-command-entry-distroless',
    answers: { lang: 'node', final: 'distroless', targets: ['debug'], entry: '.bin/fastify start -l info app.js' },
    facts: { builds: false },
  },
  {
    name: 'python-asgi-uv-distroless',
    answers: { lang: 'python', app: 'asgi', pm: 'uv', final: 'distroless', targets: ['debug'], entry: 'app.main:app' },
  },
  {
    name: 'java-gradle-explicit-jar',
    answers: { lang: 'java', pm: 'gradle', targets: [], entry: 'build/libs/app.jar', healthcheck: '/actuator/health' },
  },
];

const nameOf = (a: PartialAnswers) => [a.lang, a.app === 'server' ? undefined : a.app, a.pm, a.final].filter(Boolean).join('-');

/** Pipelines: language x platforms (single or multi) x scan mode, every CI system at once. */
function ciOptions(languages: Language[]): { name: string; answers: PartialAnswers }[] {
  return languages.flatMap((l) =>
    (['single', 'multi'] as const).flatMap((arch) =>
      (['block', 'report'] as const).map((scan) => ({
        name: `ci-${l.id}-${arch}-${scan}`,
        answers: {
          lang: l.id,
          targets: [...l.targets(appIds(l)[0]!)],
          ci: ['github', 'gitlab', 'jenkins'],
          scan,
          platforms: arch === 'single' ? ['linux/amd64'] : ['linux/amd64', 'linux/arm64'],
        },
      })),
    ),
  );
}

const CI_VARIANTS: { name: string; answers: PartialAnswers; facts?: Facts }[] = [
  {
    name: 'ci-npm-workspace',
    answers: { lang: 'node', targets: ['test'], ci: ['github', 'gitlab', 'jenkins'] },
    facts: { builds: true, workspace: API_IN_WORKSPACE('npm') },
  },
  {
    name: 'ci-docker-hub-registry',
    answers: { lang: 'go', targets: ['test'], ci: ['github', 'gitlab', 'jenkins'], registry: 'docker.io/acme/api' },
  },
  {
    name: 'ci-unsigned-renovate',
    answers: { lang: 'python', targets: ['test'], ci: ['github', 'gitlab', 'jenkins'], sign: 'none', updates: 'renovate' },
  },
  {
    name: 'ci-arm-only',
    answers: {
      lang: 'node',
      targets: ['test'],
      ci: ['github', 'gitlab', 'jenkins'],
      registry: 'ghcr.io/acme/web',
      platforms: ['linux/arm64'],
    },
  },
];

const toCase = (v: { name: string; answers: PartialAnswers; facts?: Facts }): Case => ({
  name: v.name,
  answers: validate(withDefaults(v.answers)),
  ...(v.facts && { facts: v.facts }),
});
const of = (languages: Language[]) => (v: { answers: PartialAnswers }) => languages.some((l) => l.id === v.answers.lang);

/** Cases whose pipelines are snapshotted and validated (their Dockerfiles are covered by matrixCases). */
export const pipelineCases = (languages = languageList()): Case[] =>
  [...ciOptions(languages), ...CI_VARIANTS.filter(of(languages))].map(toCase);

export const matrixCases = (languages = languageList()): Case[] => [
  ...allOptions(languages).map((a) => toCase({ name: nameOf(a), answers: a })),
  ...VARIANTS.filter(of(languages)).map(toCase),
];
