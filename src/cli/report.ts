// What the user sees after a run: a one-screen summary, the files of a dry run, diffs, or one JSON object.
import type { Answers } from '../answers/schema.js';
import type { Saved } from '../state/state.js';
import type { Notices } from '../answers/versions.js';
import type { Detection } from '../detect/index.js';
import type { Decision, FileAction } from '../write/decide.js';
import { unifiedDiff } from '../cli/diff.js';
import { oneLine } from './printable.js';
import type { Paint } from './color.js';

export const LABEL: Record<FileAction, string> = {
  create: 'created',
  deleted: 'deleted by you, left deleted',
  identical: 'identical',
  replace: 'updated',
  overwrite: 'overwritten',
  merged: 'merged with your edits',
  edited: 'kept (your edits; no template change)',
  conflict: 'CONFLICT (markers written)',
  kept: 'kept as you had it (template change not applied)',
  unresolved: 'NOT UPDATED: conflict markers still there',
  exists: 'exists, kept (--force to overwrite)',
};

/** `saved`: what the state file saves, `{ answers }` or `{ components }`. */
export function jsonReport(saved: Saved, decisions: Decision[], dryRun: boolean, detection: Detection, notices: Notices): string {
  const files = decisions.map((d) => ({ path: d.path, action: d.action, ...(dryRun ? { content: d.write } : {}) }));
  const { notes, warnings } = notices;
  return JSON.stringify(
    {
      dryRun,
      ...saved,
      detected: detection.found,
      ...(detection.ambiguous ? { ambiguous: detection.ambiguous } : {}),
      ...(detection.workspace ? { workspace: detection.workspace } : {}),
      notes,
      warnings,
      files,
    },
    null,
    2,
  );
}

/** Each detected value with the file it came from (flags still win over it). */
export function detectedReport(detection: Detection): string {
  const lines = Object.entries(detection.found).map(([key, d]) =>
    oneLine(`  ${key.padEnd(15)} ${JSON.stringify(d!.value)} from ${d!.file}${d!.note ? ` (${d!.note})` : ''}`),
  );
  const ws = detection.workspace;
  const member = ws && [
    oneLine(`  ${'workspace'.padEnd(15)} ${ws.tool} from ${ws.file} at ${ws.root}: package ${ws.package} (${ws.name})`),
    ...(ws.runner ? [oneLine(`  ${''.padEnd(15)} ${ws.runner.name} from ${ws.runner.file}`)] : []),
    ...(ws.needs.length ? [oneLine(`  ${''.padEnd(15)} needs ${ws.needs.join(', ')}`)] : []),
  ];
  return ['Detected in the project:', ...(member ?? []), ...lines, ''].join('\n');
}

export function dryRunReport(dir: string, decisions: Decision[]): string {
  const files = decisions.map((d) => `--- ${d.path} (would be: ${LABEL[d.action]})\n${d.write}`);
  return `${files.join('\n')}\nDry run: nothing was written to ${dir}.`;
}

/** The unified diff of each file an update would change. */
function fileDiffs(decisions: Decision[], onDisk: ReadonlyMap<string, string | null>): { path: string; diff: string }[] {
  return decisions
    .map((d) => ({ d, before: onDisk.get(d.path) ?? '' }))
    .filter(({ d, before }) => d.write !== before && d.action !== 'deleted' && d.action !== 'exists')
    .map(({ d, before }) => ({ path: d.path, diff: unifiedDiff(d.path, before, d.write) }));
}

export function diffReport(decisions: Decision[], onDisk: ReadonlyMap<string, string | null>, json: boolean): string {
  const diffs = fileDiffs(decisions, onDisk);
  if (json) return JSON.stringify({ diffs }, null, 2);
  return diffs.length ? diffs.map((d) => d.diff).join('') : 'No changes.';
}

const STYLE: Record<FileAction, Parameters<Paint>[0]> = {
  create: 'green',
  replace: 'green',
  overwrite: 'yellow',
  merged: 'cyan',
  edited: 'cyan',
  identical: 'dim',
  deleted: 'dim',
  kept: 'yellow',
  unresolved: 'red',
  exists: 'yellow',
  conflict: 'red',
};

/** What to run next. `pkg`: a workspace package's folder, whose Dockerfile builds with the workspace root (`dir`) as context. */
function nextSteps(dir: string, pkg: string, saved: Saved): string[] {
  const compose = (a: Answers) =>
    a.compose === 'none' ? [] : [`  docker compose${dir === '.' ? '' : ` --project-directory ${dir}`} watch`];
  if (saved.components) {
    const server = saved.components.find((c) => c.kind === 'server');
    const combined =
      saved.shape === 'combined' && server
        ? [`  docker build -t app ${dir}`, `  docker run --rm -p ${server.answers.port}:${server.answers.port} app`]
        : [];
    return [
      ...combined,
      ...saved.components.flatMap((c) => [
        `  docker build --target ${c.name} -t ${c.name} ${dir}`,
        ...c.answers.targets.map((t) => `  docker build --target ${c.name}-${t} -t ${c.name}:${t} ${dir}`),
      ]),
      ...compose(saved.components[0]!.answers),
    ];
  }
  const { answers } = saved;
  const file = pkg ? `-f ${dir === '.' ? '' : `${dir}/`}${pkg}/Dockerfile ` : '';
  return [
    `  docker build ${file}-t app ${dir}`,
    ...answers.targets.map((t) => `  docker build ${file}--target ${t} -t app:${t} ${dir}`),
    `  docker run --rm -p ${answers.port}:${answers.port} app`,
    ...compose(answers),
  ];
}

export function summary(dir: string, pkg: string, saved: Saved, decisions: Decision[], stateFile: string, paint: Paint): string {
  const width = Math.max(...decisions.map((d) => LABEL[d.action].length));
  return [
    `Wrote to ${dir} (answers saved in ${stateFile}):`,
    ...decisions.map((d) => `  ${paint(STYLE[d.action], LABEL[d.action].padEnd(width))}  ${d.path}`),
    '',
    paint('bold', 'Next:'),
    ...nextSteps(dir, pkg, saved),
  ].join('\n');
}
