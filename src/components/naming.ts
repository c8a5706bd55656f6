// How one component's stages and files are named inside a Dockerfile shared with other components:
// its stages carry its name (`api-build`, and `api` for its production stage, so that
// `--target api` builds the service), and its files are read from its folder of the build context.
// A project on its own (no component) keeps the plain names and the context's root.
import type { ComponentKind } from './types.js';

export interface Part {
  name: string;
  /** The component's folder, relative to the context, forward slashes. */
  dir: string;
  kind?: ComponentKind;
  /** For a site served by nginx: the path it hands to a server of the repository (its API). */
  proxy?: { path: string; service: string; port: number } | null;
}

export const stageName = (stage: string, part: Part | null): string =>
  !part ? stage : stage === 'production' ? part.name : `${part.name}-${stage}`;

/** Paths of the build context, space-separated as a COPY lists them, under the component's folder. */
export const contextPaths = (paths: string, part: Part | null): string =>
  !part
    ? paths
    : paths
        .split(' ')
        .map((p) => (p === '.' ? part.dir : `${part.dir}/${p}`))
        .join(' ');

/** A bind mount of the context's sources: the component's folder, where it is one. */
export const bindSource = (part: Part | null): string => (part ? `,source=${part.dir}` : '');
