// What a language registration provides. Templates for a language live in templates/<id>/.
export const FINALS = ['slim', 'alpine', 'distroless', 'scratch'] as const;
export const TARGETS = ['development', 'test', 'lint', 'audit', 'debug'] as const;
export const APPS = ['server', 'static', 'next', 'asgi'] as const;

export type Final = (typeof FINALS)[number];
export type Target = (typeof TARGETS)[number];
export type App = (typeof APPS)[number];

/** What the defaults of one language may depend on. */
export interface Choice {
  pm: string;
  app: App;
  final: Final;
}

/** The answers a language's view sees (kept structural to avoid a cycle with the schema). */
export interface LanguageAnswers extends Choice {
  runtimeVersion: string;
  port: number;
  entry: string;
  healthcheck: string;
}

/** Per-language values for the templates; secretId and runUser are shared by every language. */
export interface LanguageView extends Record<string, unknown> {
  secretId: string;
  runUser: string;
}

export interface Language {
  id: string;
  label: string;
  pms: readonly string[];
  apps: readonly App[];
  finals: (app: App) => readonly Final[];
  targets: (app: App) => readonly Target[];
  defaults: {
    pm: string;
    runtimeVersion: (c: Choice) => string;
    port: (c: Choice) => number;
    healthcheck: (c: Choice) => string;
    entry: (c: Choice) => string;
  };
  /** Extra rule the schema enforces, returning a message when the combination cannot work. */
  check?: (a: LanguageAnswers) => string | undefined;
  /** Values derived from the answers for this language's templates (commands, paths). */
  view: (a: LanguageAnswers) => LanguageView;
}
