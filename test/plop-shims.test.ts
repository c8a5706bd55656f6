// The stand-ins the bundle hands node-plop (tsdown.config.ts) fail loudly if anything reaches them.
import { describe, expect, it } from 'vitest';
import plopInquirer from '../src/render/plop-inquirer.js';
import * as unused from '../src/render/plop-unused.js';

describe("node-plop's stand-ins", () => {
  it('throw, naming what was left out, whichever function is called', () => {
    const { default: resolve, ...named } = unused;
    for (const fn of [resolve.sync, ...Object.values(named)]) expect(fn).toThrow(/^create-multistage bundles node-plop without .+: render through the "render" action/);
    for (const fn of [plopInquirer.prompt, plopInquirer.registerPrompt]) expect(fn).toThrow(/not plop prompts/);
  });
});
