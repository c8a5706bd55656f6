// A private Handlebars instance compiling with COMPILE_OPTIONS (strict, unescaped). Partials come
// from templates/partials (by name) and templates/<lang>/partials (as `<lang>/<name>`). Template
// folders are layered: a file in an earlier folder overrides the same relative path later. Built-in templates may come precompiled (scripts/precompile-templates.mjs):
// then a run without overrides needs only Handlebars' runtime, and the compiler is never loaded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type Handlebars from 'handlebars';
import runtime from 'handlebars/runtime';
import { bindSource, contextPaths, type Part, stageName } from '../components/naming.js';
import { UsageError } from '../errors.js';
import { COMPILE_OPTIONS } from './compile-options.mjs';

export type Render = (templatePath: string, view: object) => string;

/** Dockerfile exec form: a JSON array, which also escapes any quote or backslash in a value. */
const exec = (args: unknown[]) => `[${args.map((a) => JSON.stringify(String(a))).join(', ')}]`;

export type Precompiled = Record<string, TemplateSpecification>;

/**
 * A template's failure as one UsageError: its file, the line (and column) when Handlebars gives
 * them, and Handlebars' own message. Each template and partial is wrapped, so an error already
 * located by the innermost one (a partial) passes through its callers unchanged.
 */
function templateError(error: unknown, file: string): UsageError {
  if (error instanceof UsageError) return error;
  const e = error as { message?: string; lineNumber?: number; column?: number };
  // Handlebars appends " - line:column", printed before the message instead.
  const message = String(e.message ?? error).replace(/ - \d+:\d+$/, '');
  // Parse errors carry no location fields, only "Parse error on line N:" in the message.
  const line = e.lineNumber ?? /^(?:Parse|Lexical) error on line (\d+)/.exec(message)?.[1];
  // Handlebars counts columns from 0, editors from 1.
  const at = line === undefined ? '' : e.column === undefined ? `:${line}` : `:${line}:${e.column + 1}`;
  return new UsageError(`${file}${at}: ${message}`);
}

export async function createRenderer(templateDirs: string[], precompiled: Precompiled = {}): Promise<Render> {
  // An override folder, or a run from source (nothing precompiled), needs the compiler.
  const compiles = templateDirs.length > 1 || Object.keys(precompiled).length === 0;
  const hbs: typeof Handlebars = compiles ? (await import('handlebars')).default.create() : runtime.create();
  const builtIn = templateDirs.at(-1)!;
  const find = (rel: string) => templateDirs.map((d) => join(d, rel)).find((p) => existsSync(p)) ?? join(builtIn, rel);
  const load = (rel: string): HandlebarsTemplateDelegate => {
    const path = find(rel);
    const isBuiltIn = path === join(builtIn, rel);
    const spec = isBuiltIn ? precompiled[rel] : undefined;
    const template = spec ? hbs.template(spec) : hbs.compile(readFileSync(path, 'utf8'), COMPILE_OPTIONS);
    const file = isBuiltIn ? `built-in template ${rel}` : `template ${path}`;
    // compile() parses lazily, so syntax errors surface here too, at the first render.
    return (context, options) => {
      try {
        return template(context, options);
      } catch (error) {
        throw templateError(error, file);
      }
    };
  };
  hbs.registerHelper('exec', exec);
  hbs.registerHelper('join', (list: unknown[], separator: string) => list.join(separator));
  // Shell commands run one after another in one RUN, one per line.
  hbs.registerHelper('chain', (commands: string[]) => commands.join(' \\\n && '));
  // Handlebars passes its options object last; drop it to get the positional arguments.
  hbs.registerHelper('array', (...args: unknown[]) => args.slice(0, -1));
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).flat());
  // Stage names and context paths, under the component the view renders (`component`), if any.
  const part = (options: Handlebars.HelperOptions) => (options.data.root as { component: Part | null }).component;
  hbs.registerHelper('stage', (name: string, options: Handlebars.HelperOptions) => stageName(name, part(options)));
  hbs.registerHelper('ctx', (paths: string, options: Handlebars.HelperOptions) => contextPaths(paths, part(options)));
  hbs.registerHelper('bindSource', (options: Handlebars.HelperOptions) => bindSource(part(options)));
  // Shared partials by name; a language's own (templates/<lang>/partials) as `<lang>/<name>`.
  const entries = (rel: string) =>
    templateDirs.flatMap((d) => (existsSync(join(d, rel)) ? readdirSync(join(d, rel), { withFileTypes: true }) : []));
  const folders = new Set(
    entries('')
      .filter((e) => e.isDirectory())
      .map((e) => e.name),
  );
  for (const folder of ['', ...folders]) {
    const rel = join(folder, 'partials');
    for (const file of new Set(
      entries(rel)
        .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
        .map((e) => e.name),
    )) {
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
