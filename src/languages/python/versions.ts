// Python: its release lines, and version pins and specifiers from project files placed on them.
import { compareVersions, placeVersion, type Placed, type VersionTable } from '../versions.js';
import { pythonSpecAllows } from './python-spec.js';

// Dates: python/peps release_management/python-releases.toml. Images: docker-library/python
// publishes -slim-trixie variants of 3.10 to 3.14; 3.9's were built from 2025-08-08 until its end
// of life. Distroless ships Debian 13's 3.13 only (the language's check enforces it). Checked
// 2026-12-01.
export const PYTHON: VersionTable = {
  runtime: 'Python',
  default: '3.14',
  lines: [
    { line: '3.9', released: '2020-10-05', eol: '2025-10-31' },
    { line: '3.10', released: '2021-10-04', eol: '2026-10-01' },
    { line: '3.11', released: '2022-10-24', eol: '2027-10-01' },
    { line: '3.12', released: '2023-10-02', eol: '2028-10-01' },
    { line: '3.13', released: '2024-10-07', eol: '2029-10-01' },
    { line: '3.14', released: '2025-10-07', eol: '2030-10-01' },
  ],
};

/** Debian 13's interpreter, the one distroless ships. */
export const DISTROLESS_PYTHON = '3.13';

/** An exact Python version (`3.12.1`, `3.11`) → its `3.x` line, placed on a line with images. */
export function resolvePythonExact(raw: string, source: string): Placed | undefined {
  const m = /^(?:cpython-|python-?)?3\.(\d+)(?:\.\d+)?(?:[a-z+-]\S*)?$/i.exec(raw.trim());
  return m ? placeVersion(PYTHON, `3.${m[1]}`, `${source} ${raw.trim()}`) : undefined;
}

/** How far past the newest known line a specifier may point (`>=3.15`) and still be used as given. */
const AHEAD = 5;

/**
 * A PEP 440 or Poetry specifier (`>=3.10`, `^3.11`, `~=3.9`) → the newest known line it allows;
 * when it allows none, the oldest newer one it allows, used as given.
 */
export function resolvePythonSpec(raw: string, source: string): Placed | undefined {
  const exact = resolvePythonExact(raw, source);
  if (exact) return exact;
  const context = `${source} ${raw.trim()}`;
  for (const { line } of [...PYTHON.lines].reverse()) {
    const ok = pythonSpecAllows(raw, Number(line.split('.')[1]));
    if (ok === undefined) return undefined;
    if (ok) return { value: line, note: `${context} resolved to ${line}` };
  }
  const newest = Number(PYTHON.lines.at(-1)!.line.split('.')[1]);
  for (let minor = newest + 1; minor <= newest + AHEAD; minor++) {
    if (pythonSpecAllows(raw, minor)) return placeVersion(PYTHON, `3.${minor}`, context);
  }
  return undefined;
}

export const isDistrolessPython = (version: string) => compareVersions(version, DISTROLESS_PYTHON) === 0;
