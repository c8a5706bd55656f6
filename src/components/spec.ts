// --components: the components a run generates for, as `name=folder[:kind][:lang]` items, e.g.
// `web=frontend:static,api=backend:server`. Pure: the folders are checked against the disk elsewhere.
import { posix } from 'node:path';
import { UsageError } from '../errors.js';
import { languageIds } from '../languages/index.js';
import { COMPONENT_KINDS, type ComponentKind } from './types.js';

export interface ComponentSpec {
  name: string;
  dir: string;
  kind?: ComponentKind;
  lang?: string;
}

/** Lower case, as image names and Compose services require; it prefixes the component's stages. */
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const DIR = /^[A-Za-z0-9_.][A-Za-z0-9_./-]*$/;

const bad = (item: string, why: string) =>
  new UsageError(`--components ${item}: ${why} (expected name=folder[:kind][:lang], e.g. web=frontend:static,api=backend:server)`);

function parseItem(item: string): ComponentSpec {
  const [name, rest] = item.split(/=(.*)/s);
  if (!name || rest === undefined) throw bad(item, 'no name=');
  if (!NAME.test(name) || name.length > 40) throw bad(item, `"${name}" is not a name: lower-case letters, digits and single hyphens`);
  const [folder = '', ...tags] = rest.split(':');
  const dir = posix.normalize(folder.replace(/\/+$/, ''));
  if (!DIR.test(folder) || dir === '.' || dir.split('/').includes('..'))
    throw bad(item, `"${folder}" is not a folder inside the project (relative, no "..", not the root itself)`);
  const spec: ComponentSpec = { name, dir };
  for (const tag of tags) {
    const field = tag in COMPONENT_KINDS ? 'kind' : languageIds().includes(tag) ? 'lang' : null;
    if (!field)
      throw bad(
        item,
        `"${tag}" is neither a kind (${Object.keys(COMPONENT_KINDS).join(', ')}) nor a language (${languageIds().join(', ')})`,
      );
    if (spec[field]) throw bad(item, `names its ${field} twice`);
    (spec as unknown as Record<string, string>)[field] = tag;
  }
  return spec;
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}/`);

/**
 * The items, each valid, with no two sharing a name or a folder, no folder inside another (a
 * component is built from its whole folder), and no name that another's stages would take.
 */
export function parseComponents(raw: string): ComponentSpec[] {
  const specs = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseItem);
  if (!specs.length) throw new UsageError('--components names no component (expected name=folder[:kind][:lang], …)');
  for (const [i, a] of specs.entries()) {
    for (const b of specs.slice(i + 1)) {
      if (a.name === b.name) throw new UsageError(`--components: two components are named ${a.name}`);
      if (within(a.dir, b.dir) || within(b.dir, a.dir))
        throw new UsageError(
          a.dir === b.dir
            ? `--components: ${a.name} and ${b.name} are both ${a.dir}`
            : `--components: ${a.name} (${a.dir}) and ${b.name} (${b.dir}) overlap: one folder is inside the other`,
        );
      const [short, long] = a.name.length < b.name.length ? [a, b] : [b, a];
      if (long.name.startsWith(`${short.name}-`))
        throw new UsageError(`--components: ${long.name} would clash with the stages of ${short.name} (${short.name}-<stage>); rename one`);
    }
  }
  return specs;
}
