// Go: its release lines, and go.mod's version placed on them.
import { placeVersion, type Placed, type VersionTable } from '../versions.js';

// Dates: golang/website internal/history/release.go. A minor is supported until two newer ones
// exist, so 1.26's and 1.27's ends are not dated yet. Images: docker-library/golang has trixie
// variants of 1.24 onwards (only the two supported minors are rebuilt). Checked 2026-12-01.
export const GO: VersionTable = {
  runtime: 'Go',
  default: '1.27',
  lines: [
    { line: '1.24', released: '2025-02-11', eol: '2026-02-10' },
    { line: '1.25', released: '2025-08-12', eol: '2026-08-19' },
    { line: '1.26', released: '2026-02-10' },
    { line: '1.27', released: '2026-08-19' },
  ],
};

/** `go 1.22.3`, `go1.23.1` → `1.22`, `1.23`, placed on a line with images. */
export function resolveGo(raw: string, source: string): Placed | undefined {
  const m = /^(?:go\s*)?(\d+)\.(\d+)/.exec(raw.trim());
  return m ? placeVersion(GO, `${m[1]}.${m[2]}`, `${source} ${raw.trim()}`) : undefined;
}
