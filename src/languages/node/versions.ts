// Node.js and bun: their release lines, and version strings from project files placed on them.
import { placeVersion, type Placed, type VersionTable } from '../versions.js';
import { rangeAllowsMajor, rangeMinMajor } from './semver.js';

// Lines and dates: nodejs/Release schedule.json (2026-06-01 revision). Images: nodejs/docker-node
// has trixie variants of 20 to 26 (20 and 25 are no longer rebuilt); distroless builds nodejs
// images of even lines only (nodejs/config.bzl: 22, 24, 26 on debian13; nodejs20 deprecated
// 2026-05-01). Checked 2026-12-01.
export const NODE: VersionTable = {
  runtime: 'Node.js',
  default: '26',
  lines: [
    { line: '20', released: '2023-04-18', lts: '2023-10-24', eol: '2026-04-30' },
    { line: '22', released: '2024-04-24', lts: '2024-10-29', eol: '2027-04-30' },
    { line: '24', released: '2025-05-06', lts: '2025-10-28', eol: '2028-04-30' },
    { line: '25', released: '2025-10-15', eol: '2026-06-01', missing: ['distroless'] },
    { line: '26', released: '2026-05-05', lts: '2026-10-28', eol: '2029-04-30' },
  ],
};

// Bun has no dated end of life. Lines and dates: the x.y.0 releases of the bun package on the npm
// registry (`npm view bun time`; newest 1.4.5, 2026-11-19). oven/bun's Debian images are
// trixie-based since 1.3.4. Checked 2026-12-01.
export const BUN: VersionTable = {
  runtime: 'bun',
  default: '1.4',
  lines: [
    { line: '1.1', released: '2024-12-11' },
    { line: '1.2', released: '2025-01-22' },
    { line: '1.3', released: '2025-10-10' },
    { line: '1.4', released: '2026-08-20' },
  ],
};

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

const majors = NODE.lines.map((l) => Number(l.line));
const newestLts = NODE.lines.filter((l) => l.lts).at(-1)!.line;

/** .nvmrc / .node-version / engines.node / .tool-versions / volta → a Node line with images. */
export function resolveNode(raw: string, source: string): Placed | undefined {
  const v = raw.trim().toLowerCase();
  const context = `${source} ${raw.trim()}`;
  const alias = (major: string) => {
    const placed = placeVersion(NODE, major, context);
    return placed.note ? placed : { value: placed.value, note: `${context} resolved to ${placed.value}` };
  };
  if (v === 'lts/*' || v === 'lts' || v === 'lts/latest') return alias(newestLts);
  const codename = /^(?:lts\/)?([a-z]+)$/.exec(v)?.[1];
  if (codename && codename in NODE_LTS) return alias(String(NODE_LTS[codename]));
  if (['node', 'stable', 'latest', 'current'].includes(v)) return alias(NODE.lines.at(-1)!.line);
  const exact = /^v?(\d+)(?:\.(?:\d+|x|\*)){0,2}$/.exec(v);
  if (exact) return placeVersion(NODE, exact[1]!, context);
  const fits = [...majors].reverse().find((m) => rangeAllowsMajor(v, m));
  if (fits !== undefined) return { value: String(fits), note: `${context} resolved to ${fits}` };
  // A valid range no known line satisfies (^16, >=27): its lowest major, placed like an exact one.
  const lowest = rangeMinMajor(v);
  return lowest === undefined ? undefined : placeVersion(NODE, String(lowest), context);
}

/** bun@1.1.38 / `bun 1.1.38` → the oven/bun tag `1.1`. */
export function resolveBun(raw: string, source: string): Placed | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(raw.trim());
  return m ? placeVersion(BUN, `${m[1]}.${m[2]}`, `${source} ${raw.trim()}`) : undefined;
}
