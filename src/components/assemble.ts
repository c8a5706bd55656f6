// One Dockerfile and one .dockerignore from the files each component's language renders. Pure.
import { UsageError } from '../errors.js';

export interface RenderedPart {
  name: string;
  dir: string;
  dockerfile: string;
  dockerignore: string;
}

/** A version ARG with the `# renovate:` comment above it, if any. */
interface VersionArg {
  name: string;
  lines: string[];
}

/**
 * A component's Dockerfile, split: the ARGs before its first FROM, which must move above the
 * shared file's first FROM to stay global (a FROM line reads only those), and the rest.
 */
export function splitGlobalArgs(dockerfile: string): { args: VersionArg[]; body: string } {
  const lines = dockerfile.split('\n');
  const first = lines.findIndex((l) => l.startsWith('FROM '));
  const args: VersionArg[] = [];
  const kept: string[] = [];
  for (const [i, line] of lines.slice(0, first).entries()) {
    const arg = /^ARG ([A-Z0-9_]+)=/.exec(line);
    if (arg) args.push({ name: arg[1]!, lines: lines[i - 1]?.startsWith('# renovate:') ? [lines[i - 1]!, line] : [line] });
    else if (!line.startsWith('# renovate:') && (line.trim() || kept.length)) kept.push(line);
  }
  return { args, body: [...kept, ...lines.slice(first)].join('\n').trim() };
}

/** The global ARGs of every component, each once; two components must agree on a shared one. */
export function mergeGlobalArgs(parts: { name: string; args: VersionArg[] }[]): string[] {
  const seen = new Map<string, { owner: string; text: string }>();
  for (const { name, args } of parts) {
    for (const arg of args) {
      const text = arg.lines.join('\n');
      const earlier = seen.get(arg.name);
      if (!earlier) seen.set(arg.name, { owner: name, text });
      else if (earlier.text !== text)
        throw new UsageError(
          `${earlier.owner} and ${name} share the Dockerfile's ${arg.name} but differ (${value(earlier.text)} and ${value(text)}); give them the same version (--runtime-version ${name}=…)`,
        );
    }
  }
  return [...seen.values()].map((v) => v.text);
}

const value = (text: string) => text.slice(text.lastIndexOf('=') + 1);

/**
 * A component's .dockerignore patterns, made relative to the repository: under its folder, except
 * those that already match at any depth (`**​/`).
 */
export function underFolder(dockerignore: string, dir: string): string {
  return dockerignore
    .trim()
    .split('\n')
    .map((line) => {
      if (!line.trim() || line.startsWith('#') || line.startsWith('**/') || line.startsWith('!**/')) return line;
      const negated = line.startsWith('!');
      return `${negated ? '!' : ''}${dir}/${line.slice(negated ? 1 : 0).replace(/^\//, '')}`;
    })
    .join('\n');
}
