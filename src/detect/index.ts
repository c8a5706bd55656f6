// Detection: defaults read from the project's own files. The CLI merges flags > detection > defaults.
import { languageList, type Language } from '../languages/index.js';
import { readFiles } from './read.js';
import type { DetectDeps, Detection, Facts, Found, LanguageDetector, ProjectFiles } from './types.js';

export type { DetectDeps, Detected, DetectedKey, Detection, Facts, Found, ProjectFiles } from './types.js';

const detectors = () => languageList().map((l) => l.detector);

/** The files every registered language's detector reads from a project. */
export const readProject = (dir: string, rootDir = dir): Promise<ProjectFiles> => readFiles(dir, detectors(), rootDir);

/**
 * Pure. Root manifests decide the language (nested ones, e.g. web/package.json, are never read);
 * manifests of several languages make the result ambiguous, with nothing in `found`. Passing `lang`
 * (a --lang flag, or the language picked after an ambiguous result) detects for that language only.
 */
export function detectFrom(files: ProjectFiles, lang?: string, deps: DetectDeps = {}): Detection {
  const hasManifest = (l: Language) => l.detector.manifests.some((m) => files.has(m));
  const hasSources = (l: Language) => [...files.keys()].some((f) => l.detector.sources?.test(f));
  // Without any manifest, a language's own source files say what the project is.
  const withManifest = languageList().filter(hasManifest);
  const present = withManifest.length ? withManifest : languageList().filter(hasSources);
  if (!lang && present.length > 1) {
    return {
      found: {},
      ambiguous: { candidates: present.map((l) => l.id), files: present.flatMap((l) => l.detector.manifests.filter((m) => files.has(m))) },
    };
  }
  const language = lang ? languageList().find((l) => l.id === lang) : present[0];
  if (!language) return { found: {} };
  let found: Found;
  let warnings: string[];
  let facts: Facts | undefined;
  try {
    found = language.detector.detect(files, deps);
    // Warnings and facts are about a project of this language: none when its files are not here.
    warnings = present.includes(language) ? (language.detector.warnings?.(files) ?? []) : [];
    facts = present.includes(language) ? language.detector.facts?.(files, deps) : undefined;
  } catch {
    // Detection only offers defaults: a file it cannot make sense of must not stop the generator.
    return { found: {} };
  }
  if (!present.includes(language)) delete found.lang;
  return {
    found: Object.fromEntries(Object.entries(found).filter(([, d]) => d !== undefined)),
    ...(warnings.length ? { warnings } : {}),
    ...(facts ? { facts } : {}),
  };
}

/** `rootDir`: a workspace member's root, whose lockfile is the member's. */
export async function detect(dir: string, lang?: string, rootDir = dir): Promise<Detection> {
  return (await detectWithFiles(dir, lang, rootDir)).detection;
}

/** detect, with the files it read. */
export async function detectWithFiles(dir: string, lang?: string, rootDir = dir): Promise<{ files: ProjectFiles; detection: Detection }> {
  const files = await readProject(dir, rootDir);
  // Parsers are large modules: each is loaded only for a project with a file a detector parses with it.
  const reads = (pick: (d: LanguageDetector) => readonly string[] | undefined) =>
    detectors().some((d) => pick(d)?.some((f) => files.has(f)));
  const yaml = reads((d) => d.yamlFiles);
  const jsonc = reads((d) => d.jsoncFiles);
  const detection = detectFrom(files, lang, {
    ...(yaml && { parseYaml: await yamlParser() }),
    ...(jsonc && { parseJsonc: await jsoncParser() }),
  });
  return { files, detection };
}

export async function jsoncParser(): Promise<(text: string) => unknown> {
  // The ESM build: the package's main is a UMD file whose lazy requires a bundle cannot follow.
  const { parse } = await import('jsonc-parser/lib/esm/main.js');
  return (text) => {
    const errors: unknown[] = [];
    const value: unknown = parse(text, errors as never, { allowTrailingComma: true });
    return errors.length ? undefined : value;
  };
}

export async function yamlParser(): Promise<(text: string) => unknown[]> {
  const { parseAllDocuments } = await import('yaml');
  return (text) => parseAllDocuments(text).map((d) => d.toJS() as unknown);
}
