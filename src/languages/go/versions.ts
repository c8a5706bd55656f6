// Go versions from go.mod → the golang image tags the templates support.
import { resolved, type Resolved } from '../../detect/versions.js';

/** `go 1.22.3`, `go1.23.1` → `1.22`, `1.23` (golang images exist for every minor). */
export function resolveGo(raw: string): Resolved | undefined {
  const m = /^(?:go\s*)?(\d+)\.(\d+)/.exec(raw.trim());
  return m ? resolved(`${m[1]}.${m[2]}`) : undefined;
}
