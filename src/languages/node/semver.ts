// npm's own range semantics for engines.node and friends.
import semver from 'semver';

/** Whether some version of `major` satisfies the npm range; undefined when the range is not valid. */
export function rangeAllowsMajor(range: string, major: number): boolean | undefined {
  if (semver.validRange(range, { loose: true }) === null) return undefined;
  return semver.intersects(range, `${major}.x`, { loose: true });
}

/** The major of the lowest version the npm range allows; undefined when the range is not valid. */
export function rangeMinMajor(range: string): number | undefined {
  if (semver.validRange(range, { loose: true }) === null) return undefined;
  return semver.minVersion(range, { loose: true })?.major;
}
