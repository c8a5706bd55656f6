// Version strings from project files → the image tags the templates support, with a note whenever a
// range had to be resolved or a version was moved to a supported one.
import { pythonSpecAllows } from './python-spec.js';
import { rangeAllowsMajor, rangeMinMajor } from './semver.js';

export const NODE_MAJORS = [18, 20, 22, 24] as const;
export const PYTHON_MINORS = [9, 10, 11, 12, 13] as const; // 3.x
export const JAVA_MAJORS = [11, 17, 21] as const;

/** Node's LTS code names (nvm's `lts/<name>`). */
const NODE_LTS: Record<string, number> = {
  argon: 4, boron: 6, carbon: 8, dubnium: 10, erbium: 12, fermium: 14, gallium: 16, hydrogen: 18, iron: 20, jod: 22, krypton: 24,
};

export interface Resolved {
  value: string;
  note?: string;
}

const resolved = (value: string, note?: string): Resolved => (note ? { value, note } : { value });

/** The supported version itself, else the nearest one above it, else the newest; a note says when moved. */
function snap(want: number, supported: readonly number[], show: (n: number) => string, what: string, context: string): Resolved {
  if (supported.includes(want)) return resolved(show(want));
  const pick = supported.find((n) => n > want) ?? newest(supported);
  const list = supported.map(show).join(', ');
  return resolved(show(pick), `${context}: ${what} ${show(want)} is not supported (${list}): using ${show(pick)}`);
}

const newest = (list: readonly number[]) => list[list.length - 1]!;

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

/** `go 1.22.3`, `go1.23.1` → `1.22`, `1.23` (golang images exist for every minor). */
export function resolveGo(raw: string): Resolved | undefined {
  const m = /^(?:go\s*)?(\d+)\.(\d+)/.exec(raw.trim());
  return m ? resolved(`${m[1]}.${m[2]}`) : undefined;
}

/** An exact Python version (`3.12.1`, `3.11`) → a supported `3.x`. */
export function resolvePythonExact(raw: string, source: string): Resolved | undefined {
  const m = /^(?:cpython-|python-?)?3\.(\d+)(?:\.\d+)?(?:[a-z+-]\S*)?$/i.exec(raw.trim());
  return m ? snap(Number(m[1]), PYTHON_MINORS, (n) => `3.${n}`, 'Python', `${source} ${raw.trim()}`) : undefined;
}

/** A PEP 440 or Poetry specifier (`>=3.10`, `^3.11`, `~=3.9`) → the newest supported `3.x` it allows. */
export function resolvePythonSpec(raw: string, source: string): Resolved | undefined {
  const exact = resolvePythonExact(raw, source);
  if (exact) return exact;
  for (const minor of [...PYTHON_MINORS].reverse()) {
    const ok = pythonSpecAllows(raw, minor);
    if (ok === undefined) return undefined;
    if (ok) return resolved(`3.${minor}`, `${source} ${raw.trim()} resolved to 3.${minor}`);
  }
  return undefined;
}

/** `17`, `1.8`, `VERSION_1_8`, `temurin-17.0.2+8` → a supported Java major. */
export function resolveJava(raw: string, source: string): Resolved | undefined {
  const m = /^(?:[a-z]+-)?(?:VERSION_)?(?:1[._](?=\d))?(\d+)/i.exec(raw.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  if (major < 5) return undefined;
  return snap(major, JAVA_MAJORS, String, 'Java', `${source} ${raw.trim()}`);
}
