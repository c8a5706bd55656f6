// argv to options and a partial answer object, with node's own parser (strict: unknown flags fail).
import { parseArgs } from 'node:util';
import { ANSWER_FIELDS, answersFromFlags, type FlaggedAnswers } from '../answers/fields.js';
import type { Shape } from '../components/shape.js';
import { UsageError } from '../errors.js';

export interface Options {
  command: 'generate' | 'update';
  dir: string;
  /** A folder whose files override templates/ by relative path. */
  templates: string | null;
  /** The workspace package to build (its folder or name), from the workspace root. */
  workspace: string | null;
  /** --components as given: the components of a repository to generate for together. */
  components: string | null;
  /** --combine or --per-service: how several components' images are built; null when neither is given. */
  shape: Shape | null;
  check: boolean;
  diff: boolean;
  yes: boolean;
  force: boolean;
  dryRun: boolean;
  json: boolean;
  help: boolean;
  version: boolean;
}

export const OPTION_FLAGS = [
  { flag: 'yes', short: 'y', help: 'take defaults for anything not given; never prompt' },
  { flag: 'force', short: 'f', help: 'overwrite existing files and take the new render over your edits' },
  { flag: 'update', short: 'u', help: 'same as the update command: saved answers, new templates, your edits merged' },
  { flag: 'combine', short: undefined, help: 'several components: one image, a server serving the static sites (STATIC_DIR)' },
  { flag: 'per-service', short: undefined, help: 'several components: an image per component, --target <name> (the default)' },
  { flag: 'check', short: undefined, help: 'exit 1 naming the files an update would change; write nothing' },
  { flag: 'diff', short: undefined, help: 'print unified diffs of what would change; write nothing' },
  { flag: 'dry-run', short: undefined, help: 'print what would be written; write nothing' },
  { flag: 'json', short: undefined, help: 'print one JSON object: answers and each file with its action' },
  { flag: 'help', short: 'h', help: 'show this help' },
  { flag: 'version', short: 'v', help: 'show the version' },
] as const;

/** node's parser, strict: an unknown flag or a missing value is bad input, named in one line. */
function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        // Repeatable: `--port api=8080 --port web=8081` gives each component its own.
        ...Object.fromEntries(ANSWER_FIELDS.map((f) => [f.flag, { type: 'string' as const, multiple: true }])),
        templates: { type: 'string' as const },
        workspace: { type: 'string' as const },
        components: { type: 'string' as const },
        ...Object.fromEntries(OPTION_FLAGS.map((o) => [o.flag, { type: 'boolean' as const, ...(o.short ? { short: o.short } : {}) }])),
      },
    });
  } catch (error) {
    if (!String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) throw error;
    // node's message runs over several lines; its first sentence says what was wrong.
    throw new UsageError(`${(error as Error).message.split('\n')[0]!.split('. ')[0]} (see --help)`);
  }
}

export function parseCli(argv: string[]): { options: Options } & FlaggedAnswers {
  const parsed = parseFlags(argv);
  const { values } = parsed;
  const flag = (name: string) => (values as Record<string, unknown>)[name] === true;
  // `update` as the first word is the command; a directory of that name is written ./update.
  const isUpdate = parsed.positionals[0] === 'update';
  const positionals = isUpdate ? parsed.positionals.slice(1) : parsed.positionals;
  if (positionals.length > 1) throw new UsageError(`expected one project directory, got: ${positionals.join(' ')}`);
  if (flag('combine') && flag('per-service')) throw new UsageError('--combine and --per-service ask for different images; pass one');
  return {
    options: {
      command: isUpdate || flag('update') ? 'update' : 'generate',
      dir: positionals[0] ?? '.',
      templates: typeof values.templates === 'string' ? values.templates : null,
      workspace: typeof values.workspace === 'string' ? values.workspace : null,
      components: typeof values.components === 'string' ? values.components : null,
      shape: flag('combine') ? 'combined' : flag('per-service') ? 'per-service' : null,
      check: flag('check'),
      diff: flag('diff'),
      yes: flag('yes'),
      force: flag('force'),
      dryRun: flag('dry-run'),
      json: flag('json'),
      help: flag('help'),
      version: flag('version'),
    },
    ...answersFromFlags(values),
  };
}
