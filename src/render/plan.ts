// Answers to a plan of files, rendered through plop's generator runner. Touches no project file.
import nodePlop from 'node-plop';
import { registerMultistage } from '../../generators/multistage.js';
import type { PlannedFile } from './planned-file.js';
import type { Answers } from '../answers/schema.js';
import { TEMPLATES_DIR, VERSION } from '../paths.js';
import { createRenderer } from './handlebars.js';
import { viewOf } from './view.js';

export type { PlannedFile };

/** Renders with the built-in templates, each overridable by the same relative path in `overrideDir`. */
export async function renderPlan(answers: Answers, overrideDir: string | null = null): Promise<PlannedFile[]> {
  const plan: PlannedFile[] = [];
  const plop = await nodePlop(undefined, { destBasePath: '/nonexistent', force: false });
  registerMultistage(plop, createRenderer(overrideDir ? [overrideDir, TEMPLATES_DIR] : [TEMPLATES_DIR]), plan);
  const { failures } = await plop.getGenerator('multistage').runActions(viewOf(answers, { version: VERSION }));
  if (failures.length) throw new Error(`rendering failed: ${failures.map((f) => `${f.path}: ${f.error}`).join('; ')}`);
  return plan;
}
