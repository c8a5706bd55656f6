// What the user sees after a run: a one-screen summary, the files of a dry run, or one JSON object.
import type { Answers } from '../answers/schema.js';
import type { Decision } from '../write/decide.js';

const LABEL: Record<Decision['action'], string> = {
  create: 'created',
  overwrite: 'overwritten',
  identical: 'identical',
  conflict: 'exists (kept; --force to overwrite)',
};

export function jsonReport(answers: Answers, decisions: Decision[], dryRun: boolean): string {
  const files = decisions.map((d) => ({ path: d.path, action: d.action, ...(dryRun ? { content: d.content } : {}) }));
  return JSON.stringify({ dryRun, answers, files }, null, 2);
}

export function dryRunReport(dir: string, decisions: Decision[]): string {
  const files = decisions.map((d) => `--- ${d.path} (would be ${d.action === 'create' ? 'created' : LABEL[d.action]})\n${d.content}`);
  return `${files.join('\n')}\nDry run: nothing was written to ${dir}.`;
}

export function summary(dir: string, answers: Answers, decisions: Decision[]): string {
  const width = Math.max(...decisions.map((d) => LABEL[d.action].length));
  const targets = answers.targets.map((t) => `  docker build --target ${t} -t app:${t} ${dir}`);
  return [
    `Wrote to ${dir}:`,
    ...decisions.map((d) => `  ${LABEL[d.action].padEnd(width)}  ${d.path}`),
    '',
    'Next:',
    `  docker build -t app ${dir}`,
    ...targets,
    `  docker run --rm -p ${answers.port}:${answers.port} app`,
  ].join('\n');
}
