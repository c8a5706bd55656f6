// Pure: what detection read of a workspace package, completed with what its workspace says.
import type { Detection } from '../detect/types.js';
import type { Located } from './locate.js';

/** The workspace facts the templates read: the package's folder and the members it needs (itself last). */
export interface WorkspaceFacts {
  tool: string;
  /** What declares the workspace (go.work; or "go.mod files" for modules no file joins). */
  file: string;
  /** The task runner over the workspace (Turborepo, Nx), if any. */
  runner?: string;
  dir: string;
  name: string;
  closure: { dir: string; name: string; outDir: string | null }[];
}

/**
 * A workspace member's build tool is the workspace's (its lockfile is at the root), and its
 * templates build from the root: both join the detection, with their source.
 */
export function inWorkspace(detection: Detection, located: Located): Detection {
  const { workspace, target } = located;
  if (!workspace || !target) return detection;
  const facts: WorkspaceFacts = {
    tool: workspace.tool,
    file: workspace.file,
    ...(workspace.runner && { runner: workspace.runner.name }),
    dir: target.dir,
    name: target.name,
    closure: target.closure.map((m) => ({ dir: m.dir, name: m.name, outDir: m.outDir })),
  };
  return {
    ...detection,
    found: { ...detection.found, pm: { value: workspace.tool, file: workspace.file, note: 'the workspace tool' } },
    facts: { ...detection.facts, workspace: facts },
    workspace: {
      tool: workspace.tool,
      file: workspace.file,
      ...(workspace.runner && { runner: workspace.runner }),
      root: workspace.root,
      package: target.dir,
      name: target.name,
      needs: target.closure.slice(0, -1).map((m) => m.dir),
    },
  };
}
