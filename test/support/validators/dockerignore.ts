// Checks a .dockerignore against the Dockerfile it ships with, using
// @balena/dockerignore (a port of Docker's own matcher) for both directions.
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { Add, Copy, DockerfileParser, Run } from 'dockerfile-ast';

// The package is CommonJS (`module.exports = factory`) but its typings say
// `export default`, so a default import is mistyped under NodeNext; require
// returns the factory under every TypeScript module setting.
const ignore = createRequire(import.meta.url)('@balena/dockerignore') as typeof import('@balena/dockerignore').default;

/** Files a typical project's build needs; globs and directory sources are expanded against these. */
export const SAMPLE_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'src/index.ts',
  'go.mod',
  'go.sum',
  'main.go',
  'requirements.txt',
  'pyproject.toml',
  'pom.xml',
  'src/main/java/com/example/App.java',
  // Sources the Dockerfiles reach through globs or bind mounts rather than by name.
  '.npmrc',
  'cmd/server/main.go',
  'requirements-dev.txt',
];

/** VCS data, host dependencies and secrets must never reach the build context. */
export const MUST_IGNORE = ['.git/HEAD', 'node_modules/x/index.js', '.env', '.env.local'];

interface Need {
  path: string;
  why: string;
}

/** Context-relative form Docker uses: "./src/" -> "src", "/" -> "."; null for paths leaving the context. */
function contextPath(source: string): string | null {
  const path = posix.normalize(source).replace(/^\/+/, '').replace(/\/+$/, '') || '.';
  return path === '..' || path.startsWith('../') ? null : path;
}

/** COPY/ADD source arguments in either form, without the destination or URLs. */
function sources(ins: Copy | Add): string[] {
  const args = ins.getClosingBracket() ? ins.getJSONStrings().map((s) => s.getJSONValue()) : ins.getArguments().map((a) => a.getValue());
  // Heredoc COPY/ADD (`COPY <<EOF /dst`) carries inline content, not context files.
  if (args.some((a) => a.startsWith('<<'))) return [];
  return args.slice(0, -1).filter((a) => !/^([a-z]+:\/\/|git@)/i.test(a));
}

/** Every context path the Dockerfile reads: COPY/ADD sources and RUN bind mounts without from=. */
function contextNeeds(dockerfileText: string): Need[] {
  const needs: Need[] = [];
  for (const ins of DockerfileParser.parse(dockerfileText).getInstructions()) {
    const line = ins.getRange().start.line + 1;
    if ((ins instanceof Copy && !ins.getFromFlag()) || ins instanceof Add) {
      for (const path of sources(ins)) needs.push({ path, why: `${ins.getKeyword()} at line ${line}` });
    }
    if (!(ins instanceof Run)) continue;
    for (const flag of ins.getFlags().filter((f) => f.getName() === 'mount')) {
      const opt = (name: string): string | undefined => flag.getOption(name)?.getValue() ?? undefined;
      // type defaults to bind, and a bind mount's source defaults to the context root.
      if ((opt('type') ?? 'bind') === 'bind' && !opt('from')) {
        needs.push({ path: opt('source') ?? opt('src') ?? '.', why: `RUN --mount at line ${line}` });
      }
    }
  }
  return needs;
}

/**
 * Problems with `ignoreText`: a context path the Dockerfile needs (or one of
 * `extraMustSend`) is excluded, or a MUST_IGNORE path is sent. Sources with
 * globs, brackets or directories are checked through the `sampleFiles` they
 * cover; sources containing `$` depend on build args and are skipped.
 */
export async function checkDockerignore(
  ignoreText: string,
  dockerfileText: string,
  extraMustSend: string[] = [],
  sampleFiles: readonly string[] = SAMPLE_FILES,
): Promise<string[]> {
  const ig = ignore().add(ignoreText);
  const problems = new Set<string>();
  const needs = [...contextNeeds(dockerfileText), ...extraMustSend.map((path) => ({ path, why: 'extraMustSend' }))];
  for (const { path: raw, why } of needs) {
    const path = contextPath(raw);
    if (path === null || path.includes('$')) continue;
    if (path !== '.' && !/[*?[]/.test(path) && ig.ignores(path)) {
      problems.add(`${why} needs "${raw}" but .dockerignore excludes it`);
      continue;
    }
    // A dockerignore-style matcher of the source covers exact files, globs and everything below a directory.
    const source = ignore().add(path);
    const covered = path === '.' ? sampleFiles : sampleFiles.filter((f) => source.ignores(f));
    for (const file of covered.filter((f) => ig.ignores(f))) {
      problems.add(`${why} needs "${file}" (via "${raw}") but .dockerignore excludes it`);
    }
  }
  for (const path of MUST_IGNORE.filter((p) => !ig.ignores(p))) problems.add(`.dockerignore does not exclude "${path}"`);
  return [...problems];
}
