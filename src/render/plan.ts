// Answers to a plan of files, rendered through plop's generator runner. Touches no project file.
import nodePlop from 'node-plop';
import { registerMultistage } from '../../generators/multistage.js';
import type { PlannedFile } from './planned-file.js';
import type { Answers } from '../answers/schema.js';
import { TEMPLATES_DIR, VERSION } from '../paths.js';
import { createRenderer, type Precompiled } from './handlebars.js';
import { botView, viewOf } from './view.js';
import type { Facts } from '../detect/types.js';
import { getLanguage, languageList } from '../languages/index.js';
import { mergeGlobalArgs, splitGlobalArgs, underFolder } from '../components/assemble.js';
import { combinedView, type Shape } from '../components/shape.js';
import { COMPONENT_KINDS, type ComponentKind } from '../components/types.js';
import { CI_SYSTEMS, UPDATE_BOTS } from '../ci/systems.js';
import { ciServices, ciView } from '../ci/view.js';
import { COMPOSE_FILE } from '../compose/modes.js';
import { composeServices } from '../compose/services.js';

export type { PlannedFile };

/**
 * Renders with the built-in templates, each overridable by the same relative path in `overrideDir`,
 * from the answers and what detection read of the project (nothing, without a project).
 */
export async function renderPlan(answers: Answers, overrideDir: string | null = null, facts: Facts = {}): Promise<PlannedFile[]> {
  const plan: PlannedFile[] = [];
  const plop = await nodePlop(undefined, { destBasePath: '/nonexistent', force: false });
  // Overrides first, then the template folders of languages registered from elsewhere, then ours.
  const languageDirs = languageList().flatMap((l) => (l.templates ? [l.templates] : []));
  const dirs = [...(overrideDir ? [overrideDir] : []), ...languageDirs, TEMPLATES_DIR];
  let renderError: unknown;
  registerMultistage(plop, await createRenderer(dirs, await precompiled()), plan, (error) => (renderError ??= error));
  const { failures } = await plop.getGenerator('multistage').runActions(viewOf(answers, { version: VERSION }, facts));
  // A template's error (a UsageError naming file and line) rather than plop's aggregate of it.
  if (renderError) throw renderError;
  if (failures.length) throw new Error(`rendering failed: ${failures.map((f) => `${f.path}: ${f.error}`).join('; ')}`);
  return plan;
}

/** The built-in templates precompiled at build time: beside the bundle, absent when run from source. */
async function precompiled(): Promise<Precompiled> {
  try {
    return (await import(new URL('./templates.mjs', import.meta.url).href)).default;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return {};
    throw error;
  }
}

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
  const languageDirs = languageList().flatMap((l) => (l.templates ? [l.templates] : []));
  const render = await createRenderer([...(overrideDir ? [overrideDir] : []), ...languageDirs, TEMPLATES_DIR], await precompiled());
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
