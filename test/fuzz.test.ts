// Property tests with a fixed seed and run count, so CI is deterministic.
// 1. Any valid answer object renders files that parse and validate, with a sound stage graph.
// 2. Hostile free text is rejected (exit 2, nothing written) or cannot change any file's structure.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validate, withDefaults } from '../src/answers/resolve.js';
import { PLATFORMS, type PartialAnswers } from '../src/answers/schema.js';
import { CI_IDS } from '../src/ci/systems.js';
import { main } from '../src/main.js';
import { appIds, languageList } from '../src/languages/index.js';
import { renderPlan } from '../src/render/plan.js';
import { tempProject } from './support/cli.js';
import { memoryIo } from './support/io.js';
import { actionlintFiles } from './support/validators/actionlint.js';
import { lintDockerfile, stageGraph } from './support/validators/dockerfile.js';
import { gitlabCiLocalList } from './support/validators/gitlab.js';
import { jenkinsStructure } from './support/validators/groovy.js';
import { lintYaml } from './support/validators/yaml.js';

const SEED = 20261128;
const subset = <T>(values: readonly T[], min = 0) => fc.subarray([...values], { minLength: min });

const validAnswers: fc.Arbitrary<PartialAnswers> = fc
  .constantFrom(...languageList())
  .chain((l) => {
    return fc.constantFrom(...appIds(l)).chain((app) =>
      fc.record({
        lang: fc.constant(l.id),
        app: fc.constant(app),
        pm: fc.constantFrom(...l.pms),
        final: fc.constantFrom(...l.finals(app)),
        targets: subset(l.targets(app)),
        ci: subset(CI_IDS),
        platforms: subset(PLATFORMS, 1),
        scan: fc.constantFrom('block', 'report'),
        registry: fc.constantFrom('', 'ghcr.io/acme/api', 'registry.gitlab.com/acme/api', 'docker.io/acme/api', 'localhost:5000/team/svc'),
        port: fc.integer({ min: 1, max: 65535 }),
        healthcheck: fc.oneof(fc.constant('none'), fc.stringMatching(/^\/[a-z0-9._~/-]{0,20}$/)),
        entry: fc.stringMatching(/^[a-z0-9_][a-z0-9._/:@+-]{0,30}$/).filter((s) => !s.split('/').includes('..')),
      }),
    );
  })
  // The schema's own rules: pipelines build the test stage; Next.js runs a server.js inside its
  // build folder; a Node entry with a colon is a server's `<bin>:<path>`. (Distroless Python's
  // pinned version comes from the default.)
  .map((a) => ({
    ...a,
    targets: a.ci.length ? [...new Set([...a.targets, 'test' as const])] : a.targets,
    entry: a.app === 'next' ? `.next/standalone/${a.entry.replace(/:/g, '-')}` : a.lang === 'node' ? nodeEntry(a.entry, a.app) : a.entry,
  }));

function nodeEntry(entry: string, app: string): string {
  return app === 'server' && /^[a-z0-9][\w.-]*:[^:]+$/.test(entry) ? entry : entry.replace(/:/g, '-');
}

describe('any valid answers render valid files', () => {
  it('Dockerfiles parse, lint clean and have a sound stage graph; YAML parses; pipelines validate', async () => {
    const gitlab: string[] = [];
    const github: { path: string; text: string }[] = [];
    await fc.assert(
      fc.asyncProperty(validAnswers, async (partial) => {
        const files = await renderPlan(validate(withDefaults(partial)));
        const byPath = new Map(files.map((f) => [f.path, f.content]));
        const dockerfile = byPath.get('Dockerfile')!;
        expect(DockerfileParser.parse(dockerfile).getInstructions().length).toBeGreaterThan(5);
        expect(await lintDockerfile(dockerfile)).toEqual([]);
        const { stages, problems } = stageGraph(dockerfile);
        expect(problems).toEqual([]);
        expect(stages.at(-1)?.name).toBe('production');
        for (const [path, text] of byPath) {
          if (path.endsWith('.yml')) expect(await lintYaml(text)).toEqual([]);
        }
        if (byPath.has('.gitlab-ci.yml')) gitlab.push(byPath.get('.gitlab-ci.yml')!);
        if (byPath.has('.github/workflows/docker.yml'))
          github.push({ path: `case${github.length}.yml`, text: byPath.get('.github/workflows/docker.yml')! });
        if (byPath.has('Jenkinsfile')) expect(jenkinsStructure(byPath.get('Jenkinsfile')!)).toEqual([]);
      }),
      { seed: SEED, numRuns: 60 },
    );
    // The slow validators run once over everything the property produced.
    expect(github.length).toBeGreaterThan(10);
    expect(await actionlintFiles(github)).toEqual([]);
    expect(await gitlabCiLocalList(gitlab.slice(0, 12).map((text) => ({ text })))).toEqual([]);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------

const HOSTILE_PARTS = [
  '\n',
  '\r\n',
  '"',
  "'",
  '`id`',
  '$(id)',
  '${{ secrets.X }}',
  '{{x}}',
  '../',
  '..',
  ' ',
  '\\',
  ';',
  '&&',
  '|',
  '#',
  '\u0000',
  'é',
  '日本',
  '🐳',
  '\u202e',
  'RUN rm -rf /',
  'FROM scratch',
  'stage:',
  '- ',
  'a'.repeat(300),
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PARTS), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.join(''));

/**
 * Each free-text flag, with benign values that cover every branch the templates take on it (an entry
 * with or without a folder, a health check or none, each kind of registry). An accepted hostile value
 * must render to the structure of one of them: anything else would be injected structure.
 */
const FREE_TEXT: Record<string, string[]> = {
  '--runtime-version': ['22'],
  '--entry': ['server.js', 'dist/server.js'],
  '--healthcheck': ['none', '/x'],
  '--registry': ['', 'ghcr.io/a/b', 'registry.gitlab.com/a/b', 'docker.io/a/b'],
  '--port': ['3000'],
};

/** A structural fingerprint: Dockerfile instructions and stages, YAML key paths, Groovy block lines. */
function shape(dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const read = (p: string) => readFileSync(join(dir, p), 'utf8');
  out.Dockerfile = DockerfileParser.parse(read('Dockerfile'))
    .getInstructions()
    .map((i) => i.getKeyword());
  for (const p of ['.gitlab-ci.yml', '.github/workflows/docker.yml']) {
    const keys: string[] = [];
    const walk = (v: unknown, at: string) => {
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
      else keys.push(at);
    };
    walk(
      parseAllDocuments(read(p)).map((d) => d.toJS()),
      '',
    );
    out[p] = keys;
  }
  out.Jenkinsfile = read('Jenkinsfile')
    .split('\n')
    .filter((l) => /[{}]\s*$/.test(l))
    .map((l) => l.trim().replace(/'.*'/, "''"));
  return out;
}

const run = (args: string[], dir: string) => main(args, memoryIo(dir));

describe('hostile free text', () => {
  const base = ['--yes', '--lang', 'node', '--targets', 'test', '--ci', 'github,gitlab,jenkins'];

  it("is rejected with exit 2 and nothing written, or cannot change any file's structure", async () => {
    const shapes = new Map<string, string[]>();
    for (const [flag, benign] of Object.entries(FREE_TEXT)) {
      const found = [];
      for (const value of benign) {
        const dir = tempProject();
        expect(await run([...base, `${flag}=${value}`], dir)).toBe(0);
        found.push(JSON.stringify(shape(dir)));
      }
      shapes.set(flag, found);
    }
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(FREE_TEXT)), hostile, async (flag, value) => {
        const dir = tempProject();
        const code = await run([...base, `${flag}=${value}`], dir);
        if (code === 2) {
          expect(readdirSync(dir)).toEqual([]);
        } else {
          expect(code).toBe(0);
          accepted++;
          expect(shapes.get(flag)).toContain(JSON.stringify(shape(dir)));
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
    // Most hostile values must be refused outright; a few benign ones (plain letters) may pass.
    expect(accepted).toBeLessThan(40);
  }, 120_000);
});
