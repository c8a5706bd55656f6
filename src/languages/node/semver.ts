// npm's own range semantics for engines.node and friends. Only the three functions, not semver's
// index: that builds comparators when it loads (ranges/subset), about 10 ms of every run.
import intersects from 'semver/ranges/intersects.js';
import minVersion from 'semver/ranges/min-version.js';
import validRange from 'semver/ranges/valid.js';

/** Whether some version of `major` satisfies the npm range; undefined when the range is not valid. */
export function rangeAllowsMajor(range: string, major: number): boolean | undefined {
  if (validRange(range, { loose: true }) === null) return undefined;
  return intersects(range, `${major}.x`, { loose: true });
}

/** The major of the lowest version the npm range allows; undefined when the range is not valid. */
export function rangeMinMajor(range: string): number | undefined {
  if (validRange(range, { loose: true }) === null) return undefined;
  return minVersion(range, { loose: true })?.major;
}
