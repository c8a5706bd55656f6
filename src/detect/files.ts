// Small readers over ProjectFiles: presence, JSON, .tool-versions, key=value files, regex captures.
import type { ProjectFiles } from './types.js';

export const firstPresent = (files: ProjectFiles, paths: readonly string[]): string | undefined => paths.find((p) => files.has(p));

/** A JSON object, or undefined when the file is missing or is not an object. */
export function readJson(files: ProjectFiles, path: string): Record<string, unknown> | undefined {
  const text = files.get(path);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The first version asdf/mise's .tool-versions gives for one of the tool names (`nodejs 20.11.0`). */
export function toolVersion(files: ProjectFiles, tools: readonly string[]): string | undefined {
  for (const line of (files.get('.tool-versions') ?? '').split('\n')) {
    const [tool, version] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (tool && version && tools.includes(tool)) return version;
  }
  return undefined;
}

/** The first meaningful line of a one-value file such as .nvmrc or .python-version. */
export function firstLine(text: string | undefined): string | undefined {
  for (const line of (text ?? '').split('\n')) {
    const value = line.replace(/#.*/, '').trim();
    if (value) return value;
  }
  return undefined;
}

/** `key=value` (or `key: value`) from a .properties file. */
export function property(text: string | undefined, key: string): string | undefined {
  const escaped = key.replace(/\./g, '\\.');
  return new RegExp(`^[ \\t]*${escaped}[ \\t]*[=:][ \\t]*(\\S+)`, 'm').exec(text ?? '')?.[1];
}

/** Group 1 of the first match of any pattern, in pattern order. */
export function capture(text: string | undefined, patterns: readonly RegExp[]): string | undefined {
  for (const re of patterns) {
    const m = re.exec(text ?? '');
    if (m?.[1] !== undefined) return m[1];
  }
  return undefined;
}

/**
 * A port the sources agree on: every file is searched with every pattern, and a port is returned only
 * when exactly one distinct number was found (two different literals mean the guess is unreliable).
 */
export function agreedPort(
  files: ProjectFiles,
  paths: readonly string[],
  patterns: readonly RegExp[],
): { port: number; file: string } | undefined {
  const seen = new Map<number, string>();
  for (const path of paths) {
    const text = files.get(path);
    if (!text) continue;
    for (const re of patterns) {
      for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
        const port = Number(m[1]);
        if (!seen.has(port)) seen.set(port, path);
      }
    }
  }
  if (seen.size !== 1) return undefined;
  const [port, file] = [...seen][0]!;
  return { port, file };
}
