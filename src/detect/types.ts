// Shared shapes of the detection module: the files read from a project and what was found in them.
import type { AnswerKey } from '../answers/schema.js';
import type { LanguageId } from '../languages/index.js';

/** Relative path (forward slashes) → content. Lockfiles hold only their first KiB; binary files are ''. */
export type ProjectFiles = ReadonlyMap<string, string>;

/** One detected default, the file it came from, and why it may differ from what the file says. */
export interface Detected {
  value: unknown;
  file: string;
  note?: string;
}

export type Found = Partial<Record<AnswerKey, Detected>>;

export interface Detection {
  found: Found;
  /** Set when manifests of more than one language are present; `found` then holds no lang. */
  ambiguous?: { candidates: string[]; files: string[] };
}

/** Parsers a detector may need, passed in so that the CLI loads them only for projects that need them. */
export interface DetectDeps {
  /** Every document of a YAML file as plain data (Spring's application.yml). */
  parseYaml?: (text: string) => unknown[];
}

/** One language's detector: the root manifests that identify it, and what it reads from a project. */
export interface LanguageDetector {
  id: LanguageId;
  manifests: readonly string[];
  detect: (files: ProjectFiles, deps: DetectDeps) => Found;
}

/** A Detected, or nothing when there is no value; a note is kept only when there is one. */
export function hit(value: unknown, file: string, ...notes: (string | undefined | false)[]): Detected | undefined {
  if (value === undefined) return undefined;
  const note = notes.filter(Boolean).join('; ');
  return note ? { value, file, note } : { value, file };
}
