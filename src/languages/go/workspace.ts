// Go workspaces: a go.work whose `use` directives name the modules; a module's requirements say
// which other modules of the workspace it needs.
import { folder } from '../../workspace/folder.js';
import type { Member, WorkspaceKind } from '../../workspace/types.js';

/** The paths of a go.mod or go.work directive, in its one-line or block form (`use ./a` or `use ( ./a ./b )`). */
function directive(text: string, name: string): string[] {
  const body = text.replace(/\/\/.*$/gm, '');
  const blocks = [...body.matchAll(new RegExp(`^${name}\\s*\\(([^)]*)\\)`, 'gm'))].flatMap((m) => m[1]!.split('\n'));
  const lines = [...body.matchAll(new RegExp(`^${name}\\s+([^(\\s][^\\n]*)$`, 'gm'))].map((m) => m[1]!);
  return [...blocks, ...lines].map((l) => l.trim().split(/\s+/)[0]!.replace(/^"|"$/g, '')).filter(Boolean);
}

export const goWorkspace: WorkspaceKind = {
  declaredBy: 'go.work',
  rootFiles: ['go.work'],
  root(files) {
    const work = files.get('go.work');
    const uses = work === undefined ? [] : directive(work, 'use').map(folder);
    // `use .` makes the root a module itself: a plain project, not a workspace of several.
    const members = uses.filter((p) => p !== '.' && p !== '');
    return members.length ? { patterns: members, file: 'go.work', tool: 'go' } : undefined;
  },
  // Modules joined by replace directives, with no go.work.
  implicit: { file: 'go.mod files', tool: 'go' },
  memberFiles: ['go.mod'],
  member(dir, text): Member | undefined {
    const name = directive(text, 'module')[0];
    return name ? { dir, name, deps: directive(text, 'require'), outDir: null } : undefined;
  },
};
