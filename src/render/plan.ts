// Answers to a plan of files, rendered through plop's generator runner. Touches no project file.
import nodePlop from 'node-plop';
import { registerMultistage } from '../../generators/multistage.js';
import type { PlannedFile } from './planned-file.js';
import type { Answers } from '../answers/schema.js';
import { TEMPLATES_DIR, VERSION } from '../paths.js';
import { createRenderer, type Precompiled, type Render } from './handlebars.js';
import { viewOf } from './view.js';
import type { Facts } from '../detect/types.js';
import { languageList } from '../languages/index.js';

export type { PlannedFile };

/**
 * Renders with the built-in templates, each overridable by the same relative path in `overrideDir`,
 * from the answers and what detection read of the project (nothing, without a project).
 */
export async function renderPlan(answers: Answers, overrideDir: string | null = null, facts: Facts = {}): Promise<PlannedFile[]> {
  const plan: PlannedFile[] = [];
  const plop = await nodePlop(undefined, { destBasePath: '/nonexistent', force: false });
  let renderError: unknown;
  registerMultistage(plop, await renderer(overrideDir), plan, (error) => (renderError ??= error));
  const { failures } = await plop.getGenerator('multistage').runActions(viewOf(answers, { version: VERSION }, facts));
  // A template's error (a UsageError naming file and line) rather than plop's aggregate of it.
  if (renderError) throw renderError;
  if (failures.length) throw new Error(`rendering failed: ${failures.map((f) => `${f.path}: ${f.error}`).join('; ')}`);
  return plan;
}

/** Overrides first, then the template folders of languages registered from elsewhere, then ours. */
export async function renderer(overrideDir: string | null): Promise<Render> {
  const languageDirs = languageList().flatMap((l) => (l.templates ? [l.templates] : []));
  return createRenderer([...(overrideDir ? [overrideDir] : []), ...languageDirs, TEMPLATES_DIR], await precompiled());
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
