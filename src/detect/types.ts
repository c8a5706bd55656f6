// Shared shapes of the detection module: the files read from a project and what was found in them.
// Detection knows nothing of the answer schema: the answers step decides what to keep.

import type { ComponentKind } from '../components/types.js';

/** Relative path (forward slashes) → content. Lockfiles hold only their first KiB; binary files are ''. */
export type ProjectFiles = ReadonlyMap<string, string>;

/** One detected default, the file it came from, and why it may differ from what the file says. */
export interface Detected {
  value: unknown;
  file: string;
  note?: string;
}

/** The answers detection can offer defaults for. */
export type DetectedKey = 'lang' | 'pm' | 'app' | 'runtimeVersion' | 'port' | 'healthcheck' | 'entry';

export type Found = Partial<Record<DetectedKey, Detected>>;

/**
 * What a language's templates need to know of the project beyond the answers (whether a build
 * script exists, say): read afresh on every run, never asked, never saved.
 */
export type Facts = Readonly<Record<string, unknown>>;

export interface Detection {
  found: Found;
  facts?: Facts;
  /** What the user should fix in the project (a missing lockfile, say), said once per run. */
  warnings?: string[];
  /** Set when manifests of more than one language are present; `found` then holds no lang. */
  ambiguous?: { candidates: string[]; files: string[] };
  /** The workspace the project is a package of: its tool, the file declaring it, and the members the package needs. */
  workspace?: {
    tool: string;
    file: string;
    /** A task runner over it (Turborepo, Nx) and the file that says so. */
    runner?: { name: string; file: string };
    root: string;
    package: string;
    name: string;
    needs: string[];
  };
}

/** Parsers a detector may need, passed in so that the CLI loads them only for projects that need them. */
export interface DetectDeps {
  /** Every document of a YAML file as plain data (Spring's application.yml). */
  parseYaml?: (text: string) => unknown[];
  /** JSON with comments and trailing commas (tsconfig.json); undefined when it does not parse. */
  parseJsonc?: (text: string) => unknown;
}

/** Folder listings for a detector's own file discovery (sorted; hidden and never-source folders left out). */
export interface ProjectLister {
  dirs: (path: string) => Promise<string[]>;
  files: (path: string) => Promise<string[]>;
}

/** One language's detector: which files it reads, and what it finds in them. */
export interface LanguageDetector {
  /** Root files whose presence identifies the language. */
  manifests: readonly string[];
  /** Source files that identify the language when no language's manifest is there (main.go). */
  sources?: RegExp;
  /** Other files read when present (root-relative paths). */
  knownFiles: readonly string[];
  /** Lockfiles and wrapper scripts: only their first KiB is read (presence and header). */
  headOnly?: readonly string[];
  /** Files parsed as YAML: the parser is loaded only for a project that has one. */
  yamlFiles?: readonly string[];
  /** Files parsed as JSON with comments: likewise. */
  jsoncFiles?: readonly string[];
  /** Files found by listing folders (sources whose names are not fixed). */
  discover?: (list: ProjectLister) => Promise<string[]>;
  detect: (files: ProjectFiles, deps: DetectDeps) => Found;
  /** Problems of the project the generated files cannot fix. */
  warnings?: (files: ProjectFiles) => string[];
  /** The project facts its templates use. */
  facts?: (files: ProjectFiles, deps: DetectDeps) => Facts;
  /**
   * What a folder of this language is as a component of a repository, or null for a library;
   * unset: a server when an app or a start file was detected.
   */
  component?: (files: ProjectFiles, found: Found) => ComponentKind | null;
}

/** A version placed on a runtime's lines (its value, and a note when it was moved or resolved). */
export const fromPlaced = (placed: { value: string; note?: string } | undefined, file: string, ...notes: (string | undefined | false)[]) =>
  placed ? hit(placed.value, file, ...notes, placed.note) : undefined;

/** A Detected, or nothing when there is no value; a note is kept only when there is one. */
export function hit(value: unknown, file: string, ...notes: (string | undefined | false)[]): Detected | undefined {
  if (value === undefined) return undefined;
  const note = notes.filter(Boolean).join('; ');
  return note ? { value, file, note } : { value, file };
}
