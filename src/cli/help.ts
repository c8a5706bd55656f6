import { ANSWER_FIELDS } from '../answers/fields.js';
import { OPTION_FLAGS } from './args.js';

const row = (left: string, right: string) => `  ${left.padEnd(30)} ${right}`;

export function helpText(version: string): string {
  return [
    `create-multistage ${version}: a production-grade multi-stage Dockerfile and .dockerignore for your project`,
    '',
    'Usage: npx create-multistage [dir] [options]',
    '',
    'Answers (prompted in a terminal when not given):',
    ...ANSWER_FIELDS.map((f) => row(`--${f.flag} <${f.values.startsWith('e.g.') ? 'value' : f.values}>`, f.help + (f.values.startsWith('e.g.') ? ` (${f.values})` : ''))),
    '',
    'Options:',
    ...OPTION_FLAGS.map((o) => row(`${o.short ? `-${o.short}, ` : ''}--${o.flag}`, o.help)),
    '',
    'Example:',
    '  npx create-multistage . --yes --lang go --final distroless --targets test,lint --platforms linux/amd64,linux/arm64',
    '',
    'Exit codes: 0 ok, 1 existing files would be overwritten (nothing written), 2 bad input.',
  ].join('\n');
}
