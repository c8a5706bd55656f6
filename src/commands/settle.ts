// The decisions that need the user: files we would overwrite, and merge conflicts.
// In a terminal they are asked; otherwise the safe choice is made and reported.
import type { Io } from '../io.js';
import { ConflictError } from '../errors.js';
import { unifiedDiff } from '../cli/diff.js';
import type { Decision } from '../write/decide.js';

/**
 * Files that exist but were never generated are replaced only with --force or a yes at the prompt.
 * Otherwise a first run writes nothing; a later run (there is a state) keeps them and updates the
 * rest, and reports them (exit 1).
 */
export async function settleExisting(decisions: Decision[], io: Io, yes: boolean, hasState: boolean): Promise<Decision[]> {
  const existing = decisions.filter((d) => d.action === 'exists').map((d) => d.path);
  if (existing.length === 0) return decisions;
  const keep = () => {
    if (hasState) return decisions;
    const s = existing.length === 1 ? 's' : '';
    throw new ConflictError(`${existing.join(', ')} already exist${s} and would change; pass --force to overwrite (nothing was written)`);
  };
  if (!io.interactive || yes) return keep();
  const prompter = await io.prompter();
  const { overwrite } = await prompter.prompt(
    [{ type: 'confirm', name: 'overwrite', message: `Overwrite ${existing.join(', ')}?`, default: () => false }],
    {},
  );
  if (!overwrite) return keep();
  return decisions.map((d) => (d.action === 'exists' ? { ...d, action: 'overwrite', write: d.content } : d));
}

type Choice = 'merge' | 'overwrite' | 'keep' | 'diff';

/** Per conflicting file in a terminal: write the markers, take the new render, keep yours, or see the diff first. */
export async function settleConflicts(
  decisions: Decision[],
  io: Io,
  onDisk: ReadonlyMap<string, string | null>,
): Promise<{ decisions: Decision[]; keepBase: Set<string> }> {
  const keepBase = new Set<string>();
  if (!io.interactive || !decisions.some((d) => d.action === 'conflict')) return { decisions, keepBase };
  const prompter = await io.prompter();
  const settled: Decision[] = [];
  for (const d of decisions) {
    let choice: Choice = d.action === 'conflict' ? 'diff' : 'merge';
    while (choice === 'diff' && d.action === 'conflict') {
      ({ choice } = (await prompter.prompt(
        [
          {
            type: 'list',
            name: 'choice',
            message: `${d.path}: your edits and the new template change the same lines`,
            choices: () => [
              { name: 'merge: write both with conflict markers, resolve them by hand', value: 'merge' },
              { name: 'overwrite: take the new template, drop your edits here', value: 'overwrite' },
              { name: 'keep: leave your file as it is', value: 'keep' },
              { name: 'show diff between your file and the new template', value: 'diff' },
            ],
          },
        ],
        {},
      )) as { choice: Choice });
      if (choice === 'diff') io.stdout.write(unifiedDiff(d.path, onDisk.get(d.path) ?? '', d.content));
    }
    if (choice === 'overwrite') settled.push({ ...d, action: 'overwrite', write: d.content });
    else if (choice === 'keep') {
      keepBase.add(d.path);
      settled.push({ ...d, action: 'kept', write: onDisk.get(d.path) ?? '' });
    } else settled.push(d);
  }
  return { decisions: settled, keepBase };
}
