// Not a TOML parser: reads `key = "string"` lines under a [table] header, and whether a table exists.
// That covers the few keys detection needs (requires-python, Poetry's python, Pipfile's python_version);
// multi-line strings, inline tables and arrays are ignored, so they yield nothing rather than a wrong value.

const header = (line: string) => /^\s*\[\s*([A-Za-z0-9_.'"-]+?)\s*\]\s*(?:#.*)?$/.exec(line)?.[1]?.replace(/["']/g, '');

export function tomlHasTable(text: string | undefined, table: string): boolean {
  return (text ?? '').split('\n').some((line) => {
    const h = header(line);
    return h !== undefined && (h === table || h.startsWith(`${table}.`));
  });
}

export function tomlString(text: string | undefined, table: string, key: string): string | undefined {
  let current = '';
  for (const line of (text ?? '').split('\n')) {
    const h = header(line);
    if (h !== undefined) {
      current = h;
      continue;
    }
    if (current !== table) continue;
    const m = /^\s*["']?([A-Za-z0-9_-]+)["']?\s*=\s*(?:"([^"]*)"|'([^']*)')\s*(?:#.*)?$/.exec(line);
    if (m && m[1] === key) return m[2] ?? m[3];
  }
  return undefined;
}
