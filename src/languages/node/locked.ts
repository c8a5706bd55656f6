/** The frozen install when the project has a lockfile, else the plain one (and a warning at generation). */
export const locked = (lockfiles: string[], frozen: string, unlocked: string) =>
  `if ${lockfiles.map((f) => `[ -f ${f} ]`).join(' || ')}; then ${frozen}; else ${unlocked}; fi`;
