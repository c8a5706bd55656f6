// A private Handlebars instance: strict (a missing value is an error, not an empty string) and
// unescaped (the output is Dockerfile/YAML/Groovy, not HTML). Partials come from templates/partials.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';

export type Render = (templatePath: string, view: object) => string;

/** Dockerfile exec form: a JSON array, which also escapes any quote or backslash in a value. */
const exec = (args: unknown[]) => `[${args.map((a) => JSON.stringify(String(a))).join(', ')}]`;

export function createRenderer(templatesDir: string): Render {
  const hbs = Handlebars.create();
  hbs.registerHelper('exec', exec);
  hbs.registerHelper('join', (list: unknown[], separator: string) => list.join(separator));
  // Handlebars passes its options object last; drop it to get the positional arguments.
  hbs.registerHelper('array', (...args: unknown[]) => args.slice(0, -1));
  const partialsDir = join(templatesDir, 'partials');
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'))) {
    hbs.registerPartial(basename(file, '.hbs'), readFileSync(join(partialsDir, file), 'utf8'));
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return (templatePath, view) => {
    let template = compiled.get(templatePath);
    if (!template) {
      const source = readFileSync(join(templatesDir, templatePath), 'utf8');
      template = hbs.compile(source, { strict: true, noEscape: true });
      compiled.set(templatePath, template);
    }
    return template(view);
  };
}
