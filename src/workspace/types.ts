// Workspaces (monorepos): the shapes a language's workspace kind reads and the finder returns.
import type { ProjectFiles } from '../detect/types.js';

/** One package of a workspace. */
export interface Member {
  /** Its folder, relative to the workspace root, forward slashes. */
  dir: string;
  name: string;
  /** Names of what it depends on (other members among them). */
  deps: string[];
  /** The folder its entry point sits in (dist for dist/index.js); null when that is the package root. */
  outDir: string | null;
}

/** Parsers a workspace kind may need, loaded only when a root has a file of their format. */
export interface Parsers {
  /** Every document of a YAML file. */
  yaml: (text: string) => unknown[];
  /** A TOML document; undefined when it does not parse. */
  toml: (text: string) => Record<string, unknown> | undefined;
}

export interface WorkspaceRoot {
  patterns: string[];
  file: string;
  tool: string;
  runner?: Runner;
}

/** A monorepo task runner over the workspace. */
export interface Runner {
  name: string;
  file: string;
}

/** How a language recognises a workspace root and reads its members. */
export interface WorkspaceKind {
  /** What declares one, for messages (a file, or a table in one). */
  declaredBy: string;
  /** Root files read to decide whether a folder is a workspace root. */
  rootFiles: readonly string[];
  /**
   * The member patterns a root declares, the file that declares them, the tool, and a task runner
   * on top (Turborepo, Nx) with its file; undefined when it is no workspace root.
   */
  root: (files: ProjectFiles, parsers: Parsers) => WorkspaceRoot | undefined;
  /**
   * A workspace no file declares: at the repository root, every folder holding a member file
   * (several module files with no file joining them), described as `file` in reports.
   */
  implicit?: { file: string; tool: string };
  /** The file each member has (package.json); the first of them a member has is read. */
  memberFiles: readonly string[];
  member: (dir: string, text: string, parsers: Parsers) => Member | undefined;
  /** Why a package of the workspace cannot be built with these answers, if it cannot. */
  refuse?: (answers: { app: string; pm: string; entry: string }) => { key: 'app' | 'pm' | 'entry'; message: string } | undefined;
}

export interface Workspace {
  /** The tool the workspace belongs to (npm, pnpm), and the file that declares it. */
  tool: string;
  file: string;
  runner?: Runner;
  /** Absolute path of the root, which is the build context. */
  root: string;
  members: Member[];
}

/** The package being built: its folder and name, and the members it needs, dependencies first, itself last. */
export interface Target {
  dir: string;
  name: string;
  closure: Member[];
}
