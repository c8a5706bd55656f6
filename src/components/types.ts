// The deployable parts of a repository: a frontend, an API, docs, a worker.

export type ComponentKind = 'static' | 'server' | 'next' | 'docs' | 'worker';

export const COMPONENT_KINDS: Readonly<Record<ComponentKind, string>> = {
  static: 'a static site',
  server: 'a server',
  next: 'a Next.js app',
  docs: 'a docs site',
  worker: 'a worker, serving nothing',
};

export interface Component {
  name: string;
  /** Relative to the repository root, forward slashes. */
  dir: string;
  lang: string;
  kind: ComponentKind;
}
