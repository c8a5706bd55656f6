// Pure: which members a package needs, in build order, and which members are deployable.
import { folder } from './folder.js';
import type { Member, Target } from './types.js';

/** The member and every member it depends on, transitively: dependencies before dependents. */
export function targetOf(members: readonly Member[], member: Member): Target {
  const byName = new Map(members.map((m) => [m.name, m]));
  const ordered: Member[] = [];
  const seen = new Set<string>();
  const visit = (m: Member) => {
    if (seen.has(m.name)) return; // also ends a cycle, which the tools themselves refuse
    seen.add(m.name);
    for (const dep of m.deps) {
      const inner = byName.get(dep);
      if (inner) visit(inner);
    }
    ordered.push(m);
  };
  visit(member);
  return { dir: member.dir, name: member.name, closure: ordered };
}

/** Members no other member depends on: the services, where the others are their libraries. */
export const deployable = (members: readonly Member[]): Member[] =>
  members.filter((m) => !members.some((other) => other !== m && other.deps.includes(m.name)));

/** The member a --workspace value names: its folder (./apps/api or apps/api) or its package name. */
export function memberNamed(members: readonly Member[], value: string): Member | undefined {
  return members.find((m) => m.dir === folder(value)) ?? members.find((m) => m.name === value);
}
