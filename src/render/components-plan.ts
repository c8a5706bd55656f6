// Several components to a plan of files: one Dockerfile (a target per service, or one combined
// image), one .dockerignore, and the pipelines, bot config and compose.yaml of them all.
import type { Answers } from '../answers/schema.js';
import { CI_SYSTEMS, UPDATE_BOTS } from '../ci/systems.js';
import { ciServices, ciView } from '../ci/view.js';
import { mergeGlobalArgs, splitGlobalArgs, underFolder } from '../components/assemble.js';
import { combinedView, type Shape } from '../components/shape.js';
import { COMPONENT_KINDS, type ComponentKind } from '../components/types.js';
import { COMPOSE_FILE } from '../compose/modes.js';
import { composeServices } from '../compose/services.js';
import type { Facts } from '../detect/types.js';
import { getLanguage } from '../languages/index.js';
import { VERSION } from '../paths.js';
import { renderer, type PlannedFile } from './plan.js';
import { botView, viewOf } from './view.js';

/** A component of a repository, with its validated answers and what detection read of its folder. */
export interface ComponentRun {
  component: { name: string; dir: string; kind: ComponentKind };
  answers: Answers;
  facts: Facts;
}

/**
 * Several components: one Dockerfile with a target per service, one .dockerignore, and a
 * compose.yaml with a service per component when asked for. Each component's part is its
 * language's own template, rendered with its stages and paths under its name and folder.
 */
export async function renderComponentsPlan(
  runs: ComponentRun[],
  shape: Shape = 'per-service',
  overrideDir: string | null = null,
): Promise<PlannedFile[]> {
  const render = await renderer(overrideDir);
  const generator = { version: VERSION };
  // A site served by nginx hands /api/ to the repository's (first) server.
  const api = runs.find((r) => r.component.kind === 'server');
  const proxyOf = ({ component, answers }: ComponentRun) =>
    api && component.kind === 'static' && answers.app === 'static'
      ? { path: '/api/', service: api.component.name, port: api.answers.port }
      : null;
  const parts = runs.map((run) => {
    const { component, answers, facts } = run;
    const view = viewOf(answers, generator, facts, { ...component, proxy: proxyOf(run) });
    const { args, body } = splitGlobalArgs(render(`${answers.lang}/Dockerfile.hbs`, view));
    const label = `${getLanguage(answers.lang)!.label}, ${COMPONENT_KINDS[component.kind]}`;
    const ignore = underFolder(render(`${answers.lang}/dockerignore.hbs`, view), component.dir);
    return { ...component, label, targets: answers.targets, secretId: view.secretId, args, body, ignore };
  });
  const shared = runs[0]!.answers;
  const combined = shape === 'combined' ? combinedView(runs) : null;
  const view = {
    generator,
    component: null,
    layout: { fileFlag: '' },
    parts,
    args: mergeGlobalArgs(parts),
    combined,
    ci: { ...ciView(shared), services: ciServices(parts, combined !== null), combined: combined !== null },
    bot: botView(
      shared,
      runs.map(({ answers, component }) => ({ answers, dir: component.dir })),
    ),
    multiPlatform: shared.platforms.length > 1,
    platformList: shared.platforms.join(','),
    services: composeServices(runs),
    several: true,
  };
  return [
    { path: 'Dockerfile', content: render('components/Dockerfile.hbs', view) },
    { path: '.dockerignore', content: render('components/dockerignore.hbs', view) },
    ...shared.ci.map((id) => ({ path: CI_SYSTEMS[id].output, content: render(CI_SYSTEMS[id].services, view) })),
    ...(shared.updates === 'none'
      ? []
      : [{ path: UPDATE_BOTS[shared.updates].output, content: render(UPDATE_BOTS[shared.updates].template, view) }]),
    ...(shared.compose === 'none' ? [] : [{ path: COMPOSE_FILE.output, content: render(COMPOSE_FILE.template, view) }]),
  ];
}
