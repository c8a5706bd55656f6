// Three-way merge of one file with node-diff3: base = last generated, ours = on disk,
// theirs = the new render. Conflicts get standard diff3 markers.
import { mergeDiff3 } from 'node-diff3';

export interface MergeResult {
  content: string;
  conflict: boolean;
}

export function threeWay(base: string, ours: string, theirs: string): MergeResult {
  const { conflict, result } = mergeDiff3(ours.split('\n'), base.split('\n'), theirs.split('\n'), {
    label: { a: 'yours', o: 'last generated', b: 'new template' },
  });
  return { content: result.join('\n'), conflict };
}
