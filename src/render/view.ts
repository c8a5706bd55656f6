// Answers to the values the templates read. Every key a template may test is present (strict mode).
// Shared values sit at the top; a language's own values sit under its id (`<lang>.tool.install`),
// so a template reads only its own language's view.
import type { Answers } from '../answers/schema.js';
import { ciView } from '../ci/view.js';
import type { Part } from '../components/naming.js';
import { composeServices } from '../compose/services.js';
import type { Facts } from '../detect/types.js';
import { APP_UID, getLanguage, TARGETS, type Target } from '../languages/index.js';
import type { WorkspaceFacts } from '../workspace/detection.js';

export interface GeneratorInfo {
  version: string;
}

/** Where the Docker files go: the project's root, or a workspace package's folder (the root is the context). */
function layoutOf(facts: Facts) {
  const pkg = (facts.workspace as WorkspaceFacts | undefined)?.dir;
  return pkg
    ? { dockerfile: `${pkg}/Dockerfile`, dockerignore: `${pkg}/Dockerfile.dockerignore`, fileFlag: `-f ${pkg}/Dockerfile ` }
    : { dockerfile: 'Dockerfile', dockerignore: '.dockerignore', fileFlag: '' };
}

export function viewOf(answers: Answers, generator: GeneratorInfo, facts: Facts = {}, component: Part | null = null) {
  const language = getLanguage(answers.lang)!;
  const langView = language.view(answers, facts);
  return {
    ...answers,
    generator,
    has: Object.fromEntries(TARGETS.map((t) => [t, answers.targets.includes(t)])) as Record<Target, boolean>,
    alpine: answers.final === 'alpine',
    distroless: answers.final === 'distroless',
    hasHealthcheck: answers.healthcheck !== 'none',
    multiPlatform: answers.platforms.length > 1,
    platformList: answers.platforms.join(','),
    appUid: APP_UID,
    secretId: langView.secretId,
    runUser: langView.runUser,
    [answers.lang]: langView,
    // The answer (a list of systems) is renamed, so that `ci` can hold the pipeline values.
    ciSystems: answers.ci,
    layout: layoutOf(facts),
    // The component of a repository this view renders, whose stages and paths carry its name and folder.
    component,
    proxy: component?.proxy ?? null,
    // A worker listens on no port, so its image exposes none.
    serves: component?.kind !== 'worker',
    ci: ciView(answers),
    // compose.yaml's one service: the development container.
    services: composeServices([{ answers, component: null, facts }]),
    several: false,
    bot: botView(answers, [{ answers, dir: '' }]),
  };
}

export type View = ReturnType<typeof viewOf>;

/** The update bots' values: Dependabot's package ecosystem in each project folder ('' for the root). */
export function botView(shared: Answers, projects: { answers: Answers; dir: string }[]) {
  const ecosystems = projects.map(({ answers, dir }) => ({
    ecosystem: getLanguage(answers.lang)!.ecosystems[answers.pm],
    directory: `/${dir}`,
  }));
  return {
    // Renovate reads a `# renovate:` comment above each version ARG; Dependabot reads no ARG.
    renovate: shared.updates === 'renovate',
    ecosystems,
    ecosystemNames: [...new Set(ecosystems.map((e) => e.ecosystem))],
    // Days a release waits before a bot proposes it: most hijacked releases are pulled sooner.
    cooldownDays: 7,
  };
}
