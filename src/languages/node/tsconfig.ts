// TypeScript as tsc emits it: the tsconfig's outDir and rootDir, and where an entry's .js lands.
import { posix } from 'node:path';
import { isRecord, str } from '../../detect/files.js';
import type { DetectDeps, ProjectFiles } from '../../detect/types.js';

/** Configs a tsconfig.json commonly extends, read so that the chain can be followed. */
export const TSCONFIGS = ['tsconfig.json', 'tsconfig.base.json', 'tsconfig.build.json', 'tsconfig.app.json', 'tsconfig.node.json'];

/**
 * tsconfig.json's outDir and rootDir, when it has an outDir, following `extends` through configs
 * of the project's root (a package's config, in node_modules, is not read: none sets an outDir).
 */
export function tsconfig(files: ProjectFiles, deps: DetectDeps): { outDir: string; rootDir?: string } | undefined {
  const options: Record<string, unknown> = {};
  const seen = new Set<string>();
  // From the config itself down its chain; the nearest value wins.
  for (let file: string | undefined = 'tsconfig.json'; file && !seen.has(file); ) {
    seen.add(file);
    const text = files.get(file);
    const config = text === undefined ? undefined : deps.parseJsonc?.(text);
    if (!isRecord(config)) break;
    if (isRecord(config.compilerOptions)) for (const [k, v] of Object.entries(config.compilerOptions)) options[k] ??= v;
    // TypeScript 5 takes a list too: the last one wins, so it is the nearest parent.
    const parent = Array.isArray(config.extends) ? config.extends.at(-1) : config.extends;
    file = str(parent) && posix.normalize(str(parent)!.replace(/^\.\//, ''));
    if (file && !file.endsWith('.json')) file = `${file}.json`;
  }
  const clean = (v: unknown) => str(v)?.replace(/^\.\//, '').replace(/\/$/, '');
  const outDir = clean(options.outDir);
  return outDir ? { outDir, ...(clean(options.rootDir) && { rootDir: clean(options.rootDir) }) } : undefined;
}

/**
 * What tsc emits for a TypeScript entry: src/server.ts under rootDir src and outDir dist is
 * dist/server.js. Without rootDir, the entry's own folder stands in for it (one source folder).
 */
export function tsEntry(file: string, ts: { outDir: string; rootDir?: string }): string {
  const root = ts.rootDir ?? posix.dirname(file);
  const inside = posix.relative(root === '.' ? '' : root, file);
  return posix
    .join(ts.outDir, inside)
    .replace(/\.ts$/, '.js')
    .replace(/\.mts$/, '.mjs')
    .replace(/\.cts$/, '.cjs');
}
