// A private Handlebars instance: strict (a missing value is an error, not an empty string) and
// unescaped (the output is Dockerfile/YAML/Groovy, not HTML). Partials come from templates/partials.
// Template folders are layered: a file in an earlier folder overrides the same relative path later.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';

export type Render = (templatePath: string, view: object) => string;

/** Dockerfile exec form: a JSON array, which also escapes any quote or backslash in a value. */
const exec = (args: unknown[]) => `[${args.map((a) => JSON.stringify(String(a))).join(', ')}]`;

export function createRenderer(templateDirs: string[]): Render {
  const find = (rel: string) => templateDirs.map((d) => join(d, rel)).find((p) => existsSync(p)) ?? join(templateDirs.at(-1)!, rel);
  const hbs = Handlebars.create();
  hbs.registerHelper('exec', exec);
  hbs.registerHelper('join', (list: unknown[], separator: string) => list.join(separator));
  // Handlebars passes its options object last; drop it to get the positional arguments.
  hbs.registerHelper('array', (...args: unknown[]) => args.slice(0, -1));
  const partials = new Set(templateDirs.flatMap((d) => (existsSync(join(d, 'partials')) ? readdirSync(join(d, 'partials')) : [])));
  for (const file of [...partials].filter((f) => f.endsWith('.hbs'))) {
    hbs.registerPartial(basename(file, '.hbs'), readFileSync(find(join('partials', file)), 'utf8'));
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return (templatePath, view) => {
    let template = compiled.get(templatePath);
    if (!template) {
      const source = readFileSync(find(templatePath), 'utf8');
      template = hbs.compile(source, { strict: true, noEscape: true });
      compiled.set(templatePath, template);
    }
    return template(view);
  };
}
