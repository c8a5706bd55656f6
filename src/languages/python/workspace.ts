// uv workspaces: [tool.uv.workspace] members in the root pyproject.toml; a member's
// [project] dependencies name the members it needs.
import { folder } from '../../workspace/folder.js';
import type { Member, WorkspaceKind } from '../../workspace/types.js';

const table = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** A requirement's distribution name, normalised as PEP 503 says: "My_Lib[extra]>=1" is my-lib. */
const distribution = (requirement: string) =>
  (/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1] ?? '').toLowerCase().replace(/[-_.]+/g, '-');

export const uvWorkspace: WorkspaceKind = {
  declaredBy: '[tool.uv.workspace] in pyproject.toml',
  rootFiles: ['pyproject.toml'],
  root(files, { toml }) {
    const text = files.get('pyproject.toml');
    const workspace = table(table(table(text === undefined ? undefined : toml(text)).tool).uv).workspace;
    const members = strings(table(workspace).members).map(folder);
    const exclude = strings(table(workspace).exclude).map((p) => `!${folder(p)}`);
    return members.length ? { patterns: [...members, ...exclude], file: 'pyproject.toml', tool: 'uv' } : undefined;
  },
  memberFiles: ['pyproject.toml'],
  member(dir, text, { toml }): Member | undefined {
    const project = table(toml(text)?.project);
    if (typeof project.name !== 'string') return undefined;
    const groups = Object.values(table(project['optional-dependencies'])).flatMap(strings);
    const deps = [...strings(project.dependencies), ...groups].map(distribution).filter(Boolean);
    return { dir, name: distribution(project.name), deps, outDir: null };
  },
};
