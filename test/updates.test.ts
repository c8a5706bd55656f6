// The bot configs (--updates) against their published schemas, and the Dockerfile's version ARGs
// as Renovate's own preset reads them: every version stays in one ARG, which the bot can raise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate, withDefaults } from '../src/answers/resolve.js';
import type { PartialAnswers } from '../src/answers/schema.js';
import { languageList } from '../src/languages/index.js';
import { renderPlan } from '../src/render/plan.js';
import { matrixCases } from './support/matrix.js';
import { validateDependabot, validateRenovate } from './support/validators/json-schema.js';

// customManagers:dockerfileVersions, verbatim from renovate 44.121.2
// (dist/config/presets/internal/custom-managers.preset.js); the `g` flag is how Renovate applies it.
const RENOVATE_DOCKERFILE_VERSIONS =
  /# renovate: datasource=(?<datasource>[a-zA-Z0-9-._]+?) depName=(?<depName>[^\s]+?)(?: (lookupName|packageName)=(?<packageName>[^\s]+?))?(?: versioning=(?<versioning>[^\s]+?))?(?: extractVersion=(?<extractVersion>[^\s]+?))?(?: registryUrl=(?<registryUrl>[^\s]+?))?\s(?:ENV|ARG)\s+[A-Za-z0-9_]+?_VERSION[ =]["']?(?<currentValue>.+?)["']?\s/g;

const render = async (answers: PartialAnswers) =>
  Object.fromEntries((await renderPlan(validate(withDefaults(answers)))).map((f) => [f.path, f.content]));

describe('--updates dependabot', () => {
  const ecosystems = (
    JSON.parse(readFileSync(new URL('./support/validators/schemas/dependabot-2.0.json', import.meta.url), 'utf8')) as {
      definitions: { 'package-ecosystem-values': { enum: string[] } };
    }
  ).definitions['package-ecosystem-values'].enum;

  it('is the default with GitHub, and none elsewhere', async () => {
    expect(Object.keys(await render({ lang: 'go', targets: ['test'], ci: ['github'] }))).toContain('.github/dependabot.yml');
    const gitlab = await render({ lang: 'go', targets: ['test'], ci: ['gitlab'] });
    expect(Object.keys(gitlab).filter((p) => /dependabot|renovate/.test(p))).toEqual([]);
  });

  it.each(languageList().flatMap((l) => l.pms.map((pm) => ({ lang: l.id, pm, ecosystem: l.ecosystems[pm] }))))(
    '$lang with $pm: a valid config for github-actions, docker and $ecosystem',
    async ({ lang, pm, ecosystem }) => {
      expect(ecosystems).toContain(ecosystem);
      const text = (await render({ lang, pm, updates: 'dependabot' }))['.github/dependabot.yml']!;
      expect(await validateDependabot(text)).toEqual([]);
      expect([...text.matchAll(/package-ecosystem: (\S+)/g)].map((m) => m[1])).toEqual(['github-actions', 'docker', ecosystem]);
    },
  );
});

describe('--updates renovate', () => {
  it('writes a renovate.json that Renovate 44 accepts, and no Dependabot config', async () => {
    const files = await render({ lang: 'java', targets: ['test'], ci: ['github', 'gitlab'], updates: 'renovate' });
    expect(validateRenovate(files['renovate.json']!)).toEqual([]);
    expect(JSON.parse(files['renovate.json']!).extends).toContain('customManagers:dockerfileVersions');
    expect(files['.github/dependabot.yml']).toBeUndefined();
  });

  describe.each(matrixCases())('$name', ({ answers, facts }) => {
    it('every version is one ARG, marked for Renovate, and FROM lines only refer to it', async () => {
      const plan = await renderPlan({ ...answers, updates: 'renovate' }, null, facts);
      const dockerfile = plan.find((f) => f.path.endsWith('Dockerfile'))!.content;
      const args = [...dockerfile.matchAll(/^ARG ([A-Z0-9_]+_VERSION)=(\S+)$/gm)].map((m) => ({ name: m[1]!, value: m[2]! }));
      const read = [...dockerfile.matchAll(RENOVATE_DOCKERFILE_VERSIONS)].map((m) => ({
        depName: m.groups!.depName,
        currentValue: m.groups!.currentValue,
      }));
      expect(args.length).toBeGreaterThan(0);
      expect(read.map((r) => r.currentValue)).toEqual(args.map((a) => a.value));
      for (const line of dockerfile.split('\n').filter((l) => l.startsWith('FROM '))) {
        // A FROM names a version only through an ARG Renovate reads, never as a second literal.
        const names = args.map((a) => a.name);
        for (const [, name] of line.matchAll(/\$\{?([A-Z0-9_]+_VERSION)/g)) expect(names, line).toContain(name);
        const literal = (value: string) => new RegExp(`[:-]${value.replace(/\./g, '\\.')}\\b`);
        for (const { value } of args) expect(line, `${value} written again`).not.toMatch(literal(value));
      }
    });
  });
});
