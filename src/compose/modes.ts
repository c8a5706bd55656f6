// compose.yaml for local development: the development target, kept current with Compose Watch.
export const COMPOSE_MODES = ['none', 'watch'] as const;
export type ComposeMode = (typeof COMPOSE_MODES)[number];

export const COMPOSE_FILE = { output: 'compose.yaml', template: 'compose/compose.yaml.hbs' } as const;

/**
 * How Compose Watch keeps a language's development container current (compose-spec `develop.watch`):
 * sources synced into its working folder (restarting the process when it does not reload itself),
 * or the image rebuilt; the manifests always rebuild it, since they change the installed dependencies.
 */
export interface DevWatch {
  sync: { action: 'sync' | 'sync+restart'; target: string; ignore: string[] } | null;
  /** Paths relative to the project: files that rebuild the image when they change. */
  rebuild: string[];
}

/** `package-lock.jso[n]` (a COPY glob that tolerates a missing file) → `package-lock.json`. */
export const plainNames = (globs: string): string[] => globs.split(/\s+/).map((g) => g.replace(/\[(.)\]/g, '$1'));
