// What a language registration provides. A language is one folder here (src/languages/<id>/) plus
// its templates (templates/<id>/); nothing else in the generator names it.
import type { DevWatch } from '../compose/modes.js';
import type { Facts, LanguageDetector } from '../detect/types.js';
import type { WorkspaceKind } from '../workspace/types.js';
import type { VersionTable } from './versions.js';

/** Optional stages besides production; every language offers some of them. */
export const TARGETS = ['development', 'test', 'lint', 'audit', 'debug'] as const;
export type Target = (typeof TARGETS)[number];

/** The uid (and gid) of the app user our finals create when the base image has no non-root user. */
export const APP_UID = 10001;
export const APP_USER = `${APP_UID}:${APP_UID}`;
/** distroless's `nonroot` user; on scratch, a uid that needs no passwd entry. */
export const NONROOT_USER = '65532:65532';

/** What the defaults of one language may depend on. */
export interface Choice {
  pm: string;
  app: string;
  final: string;
}

/** The answers a language's view sees (kept structural, so languages do not depend on the schema). */
export interface LanguageAnswers extends Choice {
  runtimeVersion: string;
  port: number;
  entry: string;
  healthcheck: string;
  targets: readonly Target[];
}

/** Values every language's view has: the shared partials and the header read them. */
export interface LanguageView {
  /** The id of the build secret holding private-registry credentials. */
  secretId: string;
  /** The numeric uid:gid the production stage runs as. */
  runUser: string;
}

export interface Language<V extends LanguageView = LanguageView> {
  id: string;
  label: string;
  /** Build tools; the first is the default. */
  pms: readonly string[];
  /** Dependabot's package-ecosystem for each build tool (the config Renovate needs is the same for all). */
  ecosystems: Readonly<Record<string, string>>;
  /** App kinds and their prompt labels; the first is the default. */
  apps: Readonly<Record<string, string>>;
  finals: (app: string) => readonly string[];
  targets: (app: string) => readonly Target[];
  defaults: {
    runtimeVersion: (c: Choice) => string;
    port: (c: Choice) => number;
    healthcheck: (c: Choice) => string;
    entry: (c: Choice) => string;
  };
  /** The runtime's release lines for this choice (node or bun, say): what every version is placed on. */
  versions?: (c: Choice) => VersionTable;
  /** Example values for help text. */
  examples: { runtimeVersion: string; entry: string };
  /**
   * How Compose Watch keeps the development container current (`--compose watch`), given what
   * detection read of the project; unset: any change in the project rebuilds it.
   */
  devWatch?: (a: LanguageAnswers, facts: Facts) => DevWatch;
  /**
   * A command that exits 0 when the development container answers `url`, for Compose to wait on
   * (`depends_on: service_healthy`); unset: services wait only for it to start.
   */
  devProbe?: (a: LanguageAnswers, url: string) => string[];
  /** Where the build stage leaves a static site (an absolute path), for a combined image; null: it makes none. */
  site?: (a: LanguageAnswers) => string | null;
  /** Settings that make a server of the language serve a folder of static files without code (Spring Boot's). */
  staticEnv?: (dir: string) => string[];
  /** Whether an entry may be a command of the project's binaries (Node.js: `.bin/next start`). */
  entryCommands?: boolean;
  /** Extra rule the schema enforces: the answer at fault and why, when the combination cannot work. */
  check?: (a: LanguageAnswers) => { key: keyof LanguageAnswers; message: string } | undefined;
  /** What it reads from a project to offer defaults. */
  detector: LanguageDetector;
  /** How its workspaces (monorepos) are declared, per build tool, when the language has them. */
  workspaces?: readonly WorkspaceKind[];
  /**
   * Values derived from the answers, and the project's facts when there is a project to read, for
   * this language's templates (commands, paths, images).
   */
  view: (a: LanguageAnswers, facts: Facts) => V;
  /**
   * The file the image starts from, and whether the build makes it, so that a run can refuse an
   * entry the project does not have (unset: the language cannot say).
   */
  startFile?: (a: LanguageAnswers, facts: Facts) => { path: string; built: boolean } | undefined;
  /** The folder holding `<id>/Dockerfile.hbs` and `<id>/dockerignore.hbs`; the built-in templates/ when unset. */
  templates?: string;
}

/** Declares a language with its view type checked against the LanguageView contract. */
export const defineLanguage = <V extends LanguageView>(language: Language<V>): Language<V> => language;

export const appIds = (language: Language): string[] => Object.keys(language.apps);
