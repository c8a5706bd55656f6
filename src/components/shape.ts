// The two shapes of several components' images: a target per service, or one combined image in
// which a server also serves the static sites, built in parallel stages. Pure.
import { UsageError } from '../errors.js';
import { getLanguage } from '../languages/index.js';
import { stageName } from './naming.js';
import type { ComponentRun } from '../render/components-plan.js';

export const SHAPES = ['per-service', 'combined'] as const;
export type Shape = (typeof SHAPES)[number];

/** Where the combined image holds the sites: the first at the root, the others under their names. */
export const SITE_ROOT = '/srv/www';

export interface CombinedView {
  server: string;
  sites: { name: string; fromStage: string; from: string; to: string }[];
  env: string[];
}

/**
 * One image runs one process: the server, serving the sites from STATIC_DIR. Refused, with the
 * reason, for anything that is a process of its own (a second server, a worker, a Next.js app).
 */
export function combinedView(runs: ComponentRun[]): CombinedView {
  const servers = runs.filter((r) => r.component.kind === 'server');
  const others = runs.filter((r) => r.component.kind !== 'server');
  if (servers.length !== 1)
    throw new UsageError(
      `--combine puts static sites into one server's image, and this repository has ${servers.length ? `${servers.length} servers (${servers.map((s) => s.component.name).join(', ')})` : 'no server'}; use --per-service`,
    );
  const site = (r: ComponentRun) => getLanguage(r.answers.lang)?.site?.(r.answers) ?? null;
  const apart = others.find((r) => !site(r));
  if (apart)
    throw new UsageError(
      `--combine: ${apart.component.name} (${apart.component.kind}) runs a process of its own, and one image runs one; use --per-service`,
    );
  const [server] = servers;
  const language = getLanguage(server!.answers.lang)!;
  return {
    server: server!.component.name,
    sites: others.map((r, i) => ({
      name: r.component.name,
      fromStage: stageName('build', r.component),
      from: site(r)!,
      to: i === 0 ? SITE_ROOT : `${SITE_ROOT}/${r.component.name}`,
    })),
    env: [`STATIC_DIR=${SITE_ROOT}`, ...(language.staticEnv?.(SITE_ROOT) ?? [])],
  };
}
