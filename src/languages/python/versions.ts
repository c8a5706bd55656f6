// Python versions from project files → the python image tags the templates support.
import { resolved, snap, type Resolved } from '../../detect/versions.js';
import { pythonSpecAllows } from './python-spec.js';

export const PYTHON_MINORS = [9, 10, 11, 12, 13] as const; // 3.x

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
