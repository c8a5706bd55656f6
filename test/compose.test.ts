// compose.yaml (--compose watch): valid against the Compose Specification's schema and to Docker
// Compose itself for every language and build tool, a development service with watch rules, and no
// secrets.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validate, withDefaults } from '../src/answers/resolve.js';
import { languageList } from '../src/languages/index.js';
import { type PlannedFile, renderPlan } from '../src/render/plan.js';
import { tempProject } from './support/cli.js';
import { composeBin } from './support/validators/compose-cli.js';
import { validateCompose } from './support/validators/json-schema.js';

/** What `docker compose config -q` says of the files written to a folder: nothing when it accepts them. */
function composeConfig(plan: PlannedFile[]): string {
  const dir = tempProject();
  for (const f of plan) writeFileSync(join(dir, f.path.replaceAll('/', '_')), f.content);
  const r = spawnSync(composeBin(), ['config', '-q'], { cwd: dir, encoding: 'utf8' });
  return r.status === 0 ? '' : `exit ${r.status}: ${r.stderr}`;
}

interface Service {
  build: unknown;
  ports: string[];
  develop: { watch: { action: string; path: string }[] };
}

const cases = languageList().flatMap((l) => l.pms.map((pm) => ({ lang: l.id, pm })));

describe.each(cases)('$lang with $pm', ({ lang, pm }) => {
  it('writes a compose.yaml that the compose-spec schema accepts, watching the development target', async () => {
    const answers = validate(withDefaults({ lang, pm, compose: 'watch' }));
    const plan = await renderPlan(answers);
    const file = plan.find((f) => f.path === 'compose.yaml');
    expect(file).toBeDefined();
    expect(validateCompose(file!.content)).toEqual([]);
    expect(composeConfig(plan)).toBe('');
    const compose = parse(file!.content) as { services: Record<string, Service> };
    // Secrets arrive at run time, never from this file.
    expect(Object.keys(compose)).toEqual(['services']);
    for (const service of Object.values(compose.services)) {
      expect(Object.keys(service).sort()).toEqual(['build', 'develop', 'ports']);
      expect(service.build).toEqual({ context: '.', target: 'development' });
      expect(service.ports).toEqual([`${answers.port}:${answers.port}`]);
      expect(service.develop.watch.length).toBeGreaterThan(0);
      expect(service.develop.watch.some((rule) => rule.action === 'rebuild')).toBe(true);
    }
  });
});

describe('the answers', () => {
  it('bring in the development stage by default, and refuse compose without it', () => {
    expect(validate(withDefaults({ lang: 'go', compose: 'watch' })).targets).toEqual(['development']);
    expect(() => validate(withDefaults({ lang: 'go', compose: 'watch', targets: [] }))).toThrow(
      /--compose runs the development stage: add development to --targets/,
    );
    expect(validate(withDefaults({ lang: 'go' })).compose).toBe('none');
  });
});
