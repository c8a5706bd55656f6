// A thin, synchronous wrapper over Debian's docker 20.10 client (see scripts/docker-engine.sh for
// why that client), with BuildKit on. Everything the end-to-end suite does to the engine is here.
import { spawnSync } from 'node:child_process';

export const DOCKER = process.env.DOCKER_BIN ?? '/usr/bin/docker';

export interface Result {
  code: number;
  out: string;
}

export function docker(args: string[], opts: { cwd?: string; input?: string } = {}): Result {
  const r = spawnSync(DOCKER, args, {
    cwd: opts.cwd,
    input: opts.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DOCKER_BUILDKIT: '1', BUILDKIT_PROGRESS: 'plain' },
  });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** Runs docker and fails with its output when it fails. */
export function must(args: string[], opts: { cwd?: string } = {}): string {
  const r = docker(args, opts);
  if (r.code !== 0) throw new Error(`docker ${args.join(' ')} exited ${r.code}:\n${r.out.slice(-6000)}`);
  return r.out;
}

/** Why the engine cannot be used, or null when it answers. */
export function engineProblem(): string | null {
  const r = docker(['info', '--format', '{{.ServerVersion}}']);
  return r.code === 0
    ? null
    : `no Docker engine answers (${r.out.trim().split('\n').pop()}); start one with: bash scripts/docker-engine.sh start`;
}

/** `file`: a Dockerfile elsewhere than the context's root (a workspace package's, say). */
export function build(context: string, tag: string, target: string, file?: string): string {
  return must(['build', '--progress=plain', ...(file ? ['-f', file] : []), '--target', target, '-t', tag, context]);
}

/** BuildKit's plain progress, reduced to "step name -> CACHED or ran" for the steps of a build. */
export function steps(log: string): Map<string, 'CACHED' | 'ran'> {
  const names = new Map<string, string>();
  const result = new Map<string, 'CACHED' | 'ran'>();
  for (const line of log.split('\n')) {
    const named = /^#(\d+) (\[[^\]]+\] .*)$/.exec(line);
    if (named) names.set(named[1]!, named[2]!);
    const cached = /^#(\d+) CACHED$/.exec(line);
    const done = /^#(\d+) DONE /.exec(line);
    const id = (cached ?? done)?.[1];
    const name = id && names.get(id);
    if (name && !result.has(name)) result.set(name, cached ? 'CACHED' : 'ran');
  }
  return result;
}

/** The uids of a container's processes: `docker top` runs ps on the host, so images without a shell work too. */
export const processUids = (container: string): number[] =>
  must(['top', container, '-eo', 'pid,uid'])
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => Number(l.trim().split(/\s+/)[1]));

export async function waitHealthy(container: string, seconds: number): Promise<string> {
  let status = '';
  for (let i = 0; i < seconds; i++) {
    status = docker([
      'inspect',
      '--format',
      '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.State.Status}}',
      container,
    ]).out.trim();
    if (status.startsWith('healthy') || status.startsWith('unhealthy') || status.endsWith('exited')) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return status;
}

/** The paths in an image's filesystem, from `docker export` of a created (never started) container. */
export function imageFiles(image: string): string[] {
  const id = must(['create', image]).trim().split('\n').pop()!;
  try {
    const r = spawnSync('sh', ['-c', `${DOCKER} export ${id} | tar -t`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return r.stdout
      .split('\n')
      .filter(Boolean)
      .map((p) => `/${p.replace(/\/$/, '')}`);
  } finally {
    docker(['rm', '-f', id]);
  }
}

/** The body at `url`, retried while the app starts or restarts, until it holds `wanted` or the time is up. */
export async function bodyAt(url: string, wanted: string, seconds: number): Promise<string> {
  let last = '';
  for (let i = 0; i < seconds; i++) {
    // While the app starts, the engine's port proxy may accept a connection and never answer.
    last = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      async (r) => (await r.text()).trim(),
      (e: Error) => e.message,
    );
    if (last.includes(wanted)) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return last;
}

/** A response from `url`, retried each second while nothing accepts the connection. */
export async function answer(url: string, seconds: number): Promise<Response> {
  for (let i = 0; ; i++) {
    try {
      return await fetch(url);
    } catch (error) {
      if (i >= seconds) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
