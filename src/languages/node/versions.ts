// Node.js and bun versions from project files → the image tags the templates support.
import { newest, resolved, snap, type Resolved } from '../../detect/versions.js';
import { rangeAllowsMajor, rangeMinMajor } from './semver.js';

export const NODE_MAJORS = [18, 20, 22, 24] as const;

/** Node's LTS code names (nvm's `lts/<name>`). */
const NODE_LTS: Record<string, number> = {
  argon: 4,
  boron: 6,
  carbon: 8,
  dubnium: 10,
  erbium: 12,
  fermium: 14,
  gallium: 16,
  hydrogen: 18,
  iron: 20,
  jod: 22,
  krypton: 24,
};

/** .nvmrc / .node-version / engines.node / .tool-versions / volta → a supported Node major. */
export function resolveNode(raw: string, source: string): Resolved | undefined {
  const v = raw.trim().toLowerCase();
  const context = `${source} ${raw.trim()}`;
  const alias = (major: number) => {
    const out = snap(major, NODE_MAJORS, String, 'Node.js', context);
    return out.note ? out : resolved(out.value, `${context} resolved to ${out.value}`);
  };
  // The newest supported major is an LTS line (every even major reaches LTS).
  if (v === 'lts/*' || v === 'lts' || v === 'lts/latest') return alias(newest(NODE_MAJORS.filter((m) => m % 2 === 0)));
  const codename = /^(?:lts\/)?([a-z]+)$/.exec(v)?.[1];
  if (codename && codename in NODE_LTS) return alias(NODE_LTS[codename]!);
  if (['node', 'stable', 'latest', 'current'].includes(v)) return alias(newest(NODE_MAJORS));
  const exact = /^v?(\d+)(?:\.(?:\d+|x|\*)){0,2}$/.exec(v);
  if (exact) return snap(Number(exact[1]), NODE_MAJORS, String, 'Node.js', context);
  const fits = [...NODE_MAJORS].reverse().find((m) => rangeAllowsMajor(v, m));
  if (fits !== undefined) return resolved(String(fits), `${context} resolved to ${fits}`);
  // A valid range no supported major satisfies (^16, <18): the nearest supported one, with a note.
  const lowest = rangeMinMajor(v);
  return lowest === undefined ? undefined : snap(lowest, NODE_MAJORS, String, 'Node.js', context);
}

/** bun@1.1.38 / `bun 1.1.38` → the oven/bun tag `1.1`. */
export function resolveBun(raw: string): Resolved | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(raw.trim());
  return m ? resolved(`${m[1]}.${m[2]}`) : undefined;
}
