/** A folder as workspaces list it (./apps/api/, apps\api) in one spelling: apps/api. */
export const folder = (path: string) =>
  path
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
