// Which project a run is about: a plain folder, or one package of a workspace, whose root is then
// the build context and where the run writes (the package's files under its folder).
import { relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { deployable, memberNamed, targetOf } from './closure.js';
import { findWorkspace, workspaceFiles } from './find.js';
import type { Target, Workspace } from './types.js';

export interface Located {
  /** Where files are written, and the build context. */
  root: string;
  /** The package's folder under the root; '' for a plain project. */
  pkg: string;
  workspace: Workspace | null;
  target: Target | null;
}

const SAFE = /^[A-Za-z0-9@._/:-]+$/;

const plain = (dir: string): Located => ({ root: dir, pkg: '', workspace: null, target: null });
const list = (workspace: Workspace) =>
  deployable(workspace.members)
    .map((m) => `${m.dir} (${m.name})`)
    .join(', ');

/**
 * `given` is --workspace (a member's folder or name). Run from a workspace root without it, a root
 * with one service builds that one; with several, `choose` picks one, or the run stops naming them.
 */
export async function locate(
  dir: string,
  given: string | null,
  choose: ((workspace: Workspace) => Promise<string>) | null,
): Promise<Located> {
  const workspace = await findWorkspace(dir, given !== null);
  const at = (name: string) => {
    const member = workspace && memberNamed(workspace.members, name);
    if (!workspace || !member)
      throw new UsageError(
        workspace
          ? `--workspace ${name} is no package of the ${workspace.tool} workspace at ${workspace.root}; its services: ${list(workspace)}`
          : `--workspace ${name}: ${dir} is in no workspace: nothing up to the repository root declares one (${workspaceFiles()})`,
      );
    const target = targetOf(workspace.members, member);
    // Names and folders end up in the Dockerfile's commands: only characters that cannot change them.
    const unsafe = target.closure.find((m) => !SAFE.test(m.dir) || !SAFE.test(m.name));
    if (unsafe)
      throw new UsageError(
        `workspace package ${JSON.stringify(unsafe.dir)} (${JSON.stringify(unsafe.name)}) has characters a build command cannot take safely`,
      );
    return { root: workspace.root, pkg: member.dir, workspace, target };
  };
  if (given !== null) return at(given);
  if (!workspace) return plain(dir);
  const rel = relative(workspace.root, dir).split(sep).join('/');
  if (rel) return at(rel);
  const services = deployable(workspace.members);
  if (services.length === 0) return plain(dir);
  if (services.length === 1) return at(services[0]!.dir);
  if (!choose)
    throw new UsageError(
      `${dir} is the root of a ${workspace.tool} workspace: pass --workspace with the service to build, one of: ${list(workspace)}`,
    );
  return at(await choose(workspace));
}
