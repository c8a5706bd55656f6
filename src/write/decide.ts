// What to do with each planned file, given what is on disk. Pure.
import type { PlannedFile } from '../render/plan.js';

/** create: absent; overwrite: differs and may be replaced; identical: nothing to do; conflict: differs, not allowed. */
export type FileAction = 'create' | 'overwrite' | 'identical' | 'conflict';

export interface Decision extends PlannedFile {
  action: FileAction;
}

export function decide(plan: PlannedFile[], onDisk: ReadonlyMap<string, string | null>, overwrite: boolean): Decision[] {
  return plan.map((file) => {
    const current = onDisk.get(file.path) ?? null;
    const action: FileAction =
      current === null ? 'create' : current === file.content ? 'identical' : overwrite ? 'overwrite' : 'conflict';
    return { ...file, action };
  });
}

export const toWrite = (decisions: Decision[]) => decisions.filter((d) => d.action === 'create' || d.action === 'overwrite');
