// A private Handlebars instance compiling with COMPILE_OPTIONS (strict, unescaped). Partials come
// from templates/partials (by name) and templates/<lang>/partials (as `<lang>/<name>`). Template folders are layered: a file in an earlier folder overrides the
// same relative path later. Built-in templates may come precompiled (scripts/precompile-templates.mjs):
// then a run without overrides needs only Handlebars' runtime, and the compiler is never loaded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type Handlebars from 'handlebars';
import runtime from 'handlebars/runtime';
import { COMPILE_OPTIONS } from './compile-options.mjs';

export type Render = (templatePath: string, view: object) => string;

/** Dockerfile exec form: a JSON array, which also escapes any quote or backslash in a value. */
const exec = (args: unknown[]) => `[${args.map((a) => JSON.stringify(String(a))).join(', ')}]`;

export type Precompiled = Record<string, TemplateSpecification>;

export async function createRenderer(templateDirs: string[], precompiled: Precompiled = {}): Promise<Render> {
  // An override folder, or a run from source (nothing precompiled), needs the compiler.
  const compiles = templateDirs.length > 1 || Object.keys(precompiled).length === 0;
  const hbs: typeof Handlebars = compiles ? (await import('handlebars')).default.create() : runtime.create();
  const builtIn = templateDirs.at(-1)!;
  const find = (rel: string) => templateDirs.map((d) => join(d, rel)).find((p) => existsSync(p)) ?? join(builtIn, rel);
  const load = (rel: string) => {
    const path = find(rel);
    const spec = path === join(builtIn, rel) ? precompiled[rel] : undefined;
    return spec ? hbs.template(spec) : hbs.compile(readFileSync(path, 'utf8'), COMPILE_OPTIONS);
  };
  hbs.registerHelper('exec', exec);
  hbs.registerHelper('join', (list: unknown[], separator: string) => list.join(separator));
  // Shell commands run one after another in one RUN, one per line.
  hbs.registerHelper('chain', (commands: string[]) => commands.join(' \\\n && '));
  // Handlebars passes its options object last; drop it to get the positional arguments.
  hbs.registerHelper('array', (...args: unknown[]) => args.slice(0, -1));
  // Shared partials by name; a language's own (templates/<lang>/partials) as `<lang>/<name>`.
  const entries = (rel: string) =>
    templateDirs.flatMap((d) => (existsSync(join(d, rel)) ? readdirSync(join(d, rel), { withFileTypes: true }) : []));
  const folders = new Set(entries('').filter((e) => e.isDirectory()).map((e) => e.name));
  for (const folder of ['', ...folders]) {
    const rel = join(folder, 'partials');
    for (const file of new Set(entries(rel).filter((e) => e.isFile() && e.name.endsWith('.hbs')).map((e) => e.name))) {
      hbs.registerPartial(join(folder, basename(file, '.hbs')), load(join(rel, file)));
    }
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return (templatePath, view) => {
    let template = compiled.get(templatePath);
    if (!template) {
      template = load(templatePath);
      compiled.set(templatePath, template);
    }
    return template(view);
  };
}
