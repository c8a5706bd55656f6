// Version strings from project files → the versions a language's images support, with a note
// whenever a range had to be resolved or a version was moved to a supported one. Each language's
// folder holds its own table and parsers; these are the shared steps.

export interface Resolved {
  value: string;
  note?: string;
}

export const resolved = (value: string, note?: string): Resolved => (note ? { value, note } : { value });

export const newest = (list: readonly number[]) => list[list.length - 1]!;

/** The supported version itself, else the nearest one above it, else the newest; a note says when moved. */
export function snap(want: number, supported: readonly number[], show: (n: number) => string, what: string, context: string): Resolved {
  if (supported.includes(want)) return resolved(show(want));
  const pick = supported.find((n) => n > want) ?? newest(supported);
  const list = supported.map(show).join(', ');
  return resolved(show(pick), `${context}: ${what} ${show(want)} is not supported (${list}): using ${show(pick)}`);
}
