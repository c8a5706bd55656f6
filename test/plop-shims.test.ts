// The stand-ins the bundle hands node-plop (src/render/plop-shims, tsdown.config.ts) fail loudly
// whichever of their functions is reached.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../src/render/plop-shims');
const shims = readdirSync(DIR).filter((f) => f !== 'left-out.ts');

describe("node-plop's stand-ins", () => {
  it.each(shims)('%s throws, naming what was left out', async (file) => {
    const { default: fallback, ...named } = await import(join(DIR, file));
    const fns = [...Object.values(named), ...Object.values(fallback ?? {})];
    expect(fns.length).toBeGreaterThan(0);
    for (const fn of fns) expect(fn).toThrow(new RegExp(`^create-multistage bundles node-plop without ${file.replace(/\.ts$/, '')} \\(`));
  });
});
