// Just enough of PEP 440 version specifiers (and Poetry's ^ ~ shorthands) to ask one question:
// does some CPython 3.<minor>.<patch> satisfy `requires-python`? Unknown syntax answers undefined.
type Version = number[];

const cmp = (a: Version, b: Version): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
};

const prefixEq = (v: Version, prefix: Version) => prefix.every((n, i) => v[i] === n);

/** One clause (`>=3.10`, `==3.11.*`, `^3.9`) → a predicate over versions, or undefined if unknown. */
function clause(text: string): ((v: Version) => boolean) | undefined {
  const m = /^(~=|===|==|!=|<=|>=|<|>|\^|~|=)?\s*v?(\d+(?:\.\d+)*)(\.\*)?$/.exec(text.trim());
  if (!m) return text.trim() === '*' ? () => true : undefined;
  const op = m[1] ?? '==';
  const ver = m[2]!.split('.').map(Number);
  const wild = Boolean(m[3]);
  const upperAt = (i: number): Version => [...ver.slice(0, i), (ver[i] ?? 0) + 1];
  switch (op) {
    case '==':
    case '===':
    case '=':
      return wild ? (v) => prefixEq(v, ver) : (v) => cmp(v, ver) === 0;
    case '!=':
      return wild ? (v) => !prefixEq(v, ver) : (v) => cmp(v, ver) !== 0;
    case '>=':
      return (v) => cmp(v, ver) >= 0;
    case '>':
      return (v) => cmp(v, ver) > 0;
    case '<=':
      return (v) => cmp(v, ver) <= 0;
    case '<':
      return (v) => cmp(v, ver) < 0;
    case '~=': // compatible release: >= ver, same prefix without the last component
      return ver.length < 2 ? undefined : (v) => cmp(v, ver) >= 0 && prefixEq(v, ver.slice(0, -1));
    case '^': // Poetry: below the next bump of the first non-zero component
      return (v) =>
        cmp(v, ver) >= 0 &&
        cmp(
          v,
          upperAt(
            Math.max(
              0,
              ver.findIndex((n) => n !== 0),
            ),
          ),
        ) < 0;
    case '~': // Poetry: ~3.11 → >=3.11,<3.12; ~3 → >=3,<4
      return (v) => cmp(v, ver) >= 0 && cmp(v, upperAt(Math.min(1, ver.length - 1))) < 0;
    default:
      return undefined;
  }
}

/** Whether some 3.<minor>.<patch> satisfies the specifier (`,` = and, `||`/`|` = or). */
export function pythonSpecAllows(spec: string, minor: number): boolean | undefined {
  const groups: ((v: Version) => boolean)[][] = [];
  for (const group of spec.split(/\|\|?/)) {
    const preds = group
      .split(',')
      .filter((c) => c.trim())
      .map(clause);
    if (!preds.length || preds.some((p) => p === undefined)) return undefined;
    groups.push(preds as ((v: Version) => boolean)[]);
  }
  // Patch releases of one minor stay well below 50; trying each keeps bounds like >=3.10.4 exact.
  for (let patch = 0; patch < 50; patch++) {
    const v = [3, minor, patch];
    if (groups.some((preds) => preds.every((p) => p(v)))) return true;
  }
  return false;
}
