// Runtime lines as data, and one policy for every version a run ends up with, whether a flag, the
// project's files or the saved state gave it:
// - a line the table knows is used as given; past its end of life it gets one warning naming the
//   date and the newest supported line;
// - a version newer than every line is used as given, with a note: image names are regular;
// - a version with no image (older than the table, a gap in it, or a final that lacks the line) is
//   moved to the nearest newer line that has one, with a note. Nothing is ever moved down.

/** One release line of a runtime and what its images offer. Dates are ISO days. */
export interface RuntimeLine {
  /** The line as image tags spell it: '26', '3.14', '1.27'. */
  line: string;
  released: string;
  /** When it became an LTS line (Node), where the runtime has such lines. */
  lts?: string;
  /** End of life; unset while the project has not dated it. */
  eol?: string;
  /** Finals that publish no image of this line. */
  missing?: readonly string[];
}

export interface VersionTable {
  /** The runtime's name in messages: 'Node.js', 'Python'. */
  runtime: string;
  /** Oldest first. */
  lines: readonly RuntimeLine[];
  /** The line a new project gets. */
  default: string;
}

export interface Placed {
  value: string;
  note?: string;
  warning?: string;
}

const parts = (v: string) => v.split('.').map(Number);

/** Compares two versions part by part; a missing part counts as equal ('22' and '22.1.0'). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/** The line a version belongs to: `22.11.0` to 22; `3` names no single Python line. */
const lineOf = (table: VersionTable, version: string) =>
  table.lines.find((l) => parts(version).length >= parts(l.line).length && compareVersions(l.line, version) === 0);

/** How many lines past the newest known one a version may be, and still have an image some day soon. */
const AHEAD = 3;

/** Why a version cannot be an image tag yet: too far past the newest line (`99`, `4.0` for Python). */
export function tooNew(table: VersionTable, version: string): string | undefined {
  const newest = parts(table.lines.at(-1)!.line);
  const want = parts(version).slice(0, newest.length);
  const last = newest.length - 1;
  const sameFamily = want.length === newest.length && newest.slice(0, last).every((n, i) => n === want[i]);
  if (sameFamily && want[last]! - newest[last]! <= AHEAD) return undefined;
  if (compareVersions(version, table.lines.at(-1)!.line) <= 0) return undefined;
  return `is further ahead of ${table.runtime} ${table.lines.at(-1)!.line}, the newest line this generator knows, than any release can be`;
}

/** The newest line that is not past its end of life on `today`. */
const newestSupported = (table: VersionTable, today: Date) =>
  [...table.lines].reverse().find((l) => !l.eol || new Date(l.eol) > today)?.line ?? table.default;

/**
 * Where `wanted` lands for a final (any final when unset), and on `today` (no end-of-life check
 * when unset). `context`, when given, starts each message: `.nvmrc 14`.
 */
export function placeVersion(table: VersionTable, wanted: string, context: string, final?: string, today?: Date): Placed {
  const what = `${context ? `${context}: ` : ''}${table.runtime} ${wanted}`;
  const newest = table.lines.at(-1)!;
  const hasImage = (l: RuntimeLine) => !final || !l.missing?.includes(final);
  const known = lineOf(table, wanted);
  if (known && hasImage(known)) {
    const ended = today && known.eol && new Date(known.eol) <= today;
    return ended
      ? {
          value: wanted,
          warning: `${what} reached its end of life on ${known.eol}; the newest supported line is ${newestSupported(table, today)}`,
        }
      : { value: wanted };
  }
  if (!known && compareVersions(wanted, newest.line) > 0) {
    return { value: wanted, note: `${what} is newer than the lines this generator knows (up to ${newest.line}); used as given` };
  }
  const next = table.lines.find((l) => compareVersions(l.line, wanted) > 0 && hasImage(l));
  if (!next) return { value: wanted };
  const why = known ? `has no ${final} image` : `is not a line this generator builds (${table.lines.map((l) => l.line).join(', ')})`;
  const placed = placeVersion(table, next.line, context, final, today);
  return { ...placed, note: `${what} ${why}; using ${next.line}, the nearest newer line that has one` };
}
