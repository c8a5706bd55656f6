import { ANSWER_FIELDS } from '../answers/fields.js';
import { defaultLanguage } from '../languages/index.js';
import { OPTION_FLAGS } from './args.js';

const row = (left: string, right: string) => `  ${left.padEnd(26)} ${right}`;

export function helpText(version: string): string {
  return [
    `create-multistage ${version}: a production-grade multi-stage Dockerfile and .dockerignore for your project`,
    '',
    'Usage:',
    '  npx create-multistage [dir] [options]          generate, asking for what no flag or default gives',
    '  npx create-multistage update [dir] [options]   regenerate from the saved answers (flags change them),',
    '                                                 merging your edits with the new templates',
    '',
    'Answers (prompted in a terminal when not given):',
    ...ANSWER_FIELDS.map((f) => row(`--${f.flag} <value>`, `${f.help}: ${f.values()}`)),
    '',
    'Options:',
    ...OPTION_FLAGS.map((o) => row(`${o.short ? `-${o.short}, ` : ''}--${o.flag}`, o.help)),
    row('--templates <dir>', 'override any template by its relative path under templates/ (saved; "" drops it)'),
    row('--workspace <pkg>', 'from a workspace root: the package to build (its folder or name); the root is the context'),
    row('--components <list>', 'components of a repository, one image each: name=folder[:kind][:lang],… (kinds: static,'),
    row('', 'server, next, docs, worker); found in its folders when its root has no manifest'),
    '',
    'Several components: an answer for one of them alone is <name>=<value>, e.g. --port api=9090 --entry web=dist.',
    '',
    'Example:',
    `  npx create-multistage . --yes --lang ${defaultLanguage().id} --final distroless --targets test,lint --platforms linux/amd64,linux/arm64`,
    '',
    'Exit codes: 0 ok; 1 conflicts (markers written, or a file kept: nothing written) or, with --check, drift; 2 bad input;',
    '            3 the machine failed (a full disk, a read-only folder, stdout closed) or another run is writing.',
  ].join('\n');
}
