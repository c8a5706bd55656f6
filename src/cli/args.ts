// argv to options and a partial answer object, with node's own parser (strict: unknown flags fail).
import { parseArgs } from 'node:util';
import { ANSWER_FIELDS, answersFromFlags } from '../answers/fields.js';
import type { PartialAnswers } from '../answers/schema.js';
import { UsageError } from '../errors.js';

export interface Options {
  dir: string;
  yes: boolean;
  force: boolean;
  dryRun: boolean;
  json: boolean;
  help: boolean;
  version: boolean;
}

export const OPTION_FLAGS = [
  { flag: 'yes', short: 'y', help: 'take defaults for anything not given; never prompt' },
  { flag: 'force', short: 'f', help: 'overwrite existing files' },
  { flag: 'dry-run', short: undefined, help: 'print what would be written; write nothing' },
  { flag: 'json', short: undefined, help: 'print one JSON object: answers and each file with its action' },
  { flag: 'help', short: 'h', help: 'show this help' },
  { flag: 'version', short: 'v', help: 'show the version' },
] as const;

export function parseCli(argv: string[]): { options: Options; answers: PartialAnswers } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(ANSWER_FIELDS.map((f) => [f.flag, { type: 'string' as const }])),
        ...Object.fromEntries(
          OPTION_FLAGS.map((o) => [o.flag, { type: 'boolean' as const, ...(o.short ? { short: o.short } : {}) }]),
        ),
      },
    });
  } catch (error) {
    if (!String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) throw error;
    throw new UsageError(`${(error as Error).message.split('. ')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected one project directory, got: ${positionals.join(' ')}`);
  const flag = (name: string) => values[name] === true;
  return {
    options: {
      dir: positionals[0] ?? '.',
      yes: flag('yes'),
      force: flag('force'),
      dryRun: flag('dry-run'),
      json: flag('json'),
      help: flag('help'),
      version: flag('version'),
    },
    answers: answersFromFlags(values),
  };
}
