// The plop generator: which template renders to which file. A custom "render" action collects
// the output into a plan instead of writing, so that writing stays one all-or-nothing step.
import type { NodePlopAPI } from 'node-plop';
import type { Render } from '../src/render/handlebars.js';
import type { View } from '../src/render/view.js';

export interface PlannedFile {
  path: string;
  content: string;
}

interface RenderAction {
  type: 'render';
  path: string;
  template: string;
}

export function registerMultistage(plop: NodePlopAPI, render: Render, plan: PlannedFile[]) {
  plop.setActionType('render', (data, config) => {
    const { path, template } = config as unknown as RenderAction;
    plan.push({ path, content: render(template, data) });
    return path;
  });
  plop.setGenerator('multistage', {
    description: 'multi-stage Dockerfile and .dockerignore',
    prompts: [],
    actions: (data) => {
      const { lang } = data as View;
      return [
        { type: 'render', path: 'Dockerfile', template: `${lang}/Dockerfile.hbs` },
        { type: 'render', path: '.dockerignore', template: `${lang}/dockerignore.hbs` },
      ] as never;
    },
  });
}
