// The plop generator: which template renders to which file. A custom "render" action collects
// the output into a plan instead of writing, so that writing stays one all-or-nothing step.
import type { NodePlopAPI } from 'node-plop';
import { CI_SYSTEMS, UPDATE_BOTS } from '../src/ci/systems.js';
import { COMPOSE_FILE } from '../src/compose/modes.js';
import type { Render } from '../src/render/handlebars.js';
import type { PlannedFile } from '../src/render/planned-file.js';
import type { View } from '../src/render/view.js';

interface RenderAction {
  type: 'render';
  path: string;
  template: string;
}

/** `failed` receives a render's own error: plop's runner keeps only a flattened failure record. */
export function registerMultistage(plop: NodePlopAPI, render: Render, plan: PlannedFile[], failed: (error: unknown) => void) {
  plop.setActionType('render', (data, config) => {
    const { path, template } = config as unknown as RenderAction;
    try {
      plan.push({ path, content: render(template, data) });
    } catch (error) {
      failed(error);
      throw error; // so that plop aborts the remaining actions
    }
    return path;
  });
  plop.setGenerator('multistage', {
    description: 'multi-stage Dockerfile, .dockerignore and CI pipelines',
    prompts: [],
    actions: (data) => {
      const { lang, ciSystems, updates, compose, layout } = data as View;
      const actions: RenderAction[] = [
        { type: 'render', path: layout.dockerfile, template: `${lang}/Dockerfile.hbs` },
        { type: 'render', path: layout.dockerignore, template: `${lang}/dockerignore.hbs` },
        ...ciSystems.map((id) => ({ type: 'render' as const, path: CI_SYSTEMS[id].output, template: CI_SYSTEMS[id].template })),
        ...(updates === 'none'
          ? []
          : [{ type: 'render' as const, path: UPDATE_BOTS[updates].output, template: UPDATE_BOTS[updates].template }]),
        ...(compose === 'none' ? [] : [{ type: 'render' as const, path: COMPOSE_FILE.output, template: COMPOSE_FILE.template }]),
      ];
      return actions as never;
    },
  });
}
