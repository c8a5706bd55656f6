// How the development target runs a Node.js project, from what package.json offers.
import type { Facts } from '../../detect/types.js';
import type { LanguageAnswers } from '../types.js';

/**
 * - `script`: its dev script (without a project to read, the conventional `dev`), from the sources;
 *   a site's start script is its dev server, a server's is the app itself;
 * - `next`: Next.js's own dev server, when the project has no dev script;
 * - `watch`: the app's own command under the runtime's --watch, when nothing is built;
 * - `built`: the app's own command in the build stage, when a build makes what it runs;
 * - `site`: a static site with no dev server, built and served by nginx as in production.
 */
export type DevMode = 'script' | 'next' | 'watch' | 'built' | 'site';

export function devMode(a: LanguageAnswers, facts: Facts): DevMode {
  if (facts.devScript !== null && (facts.devScript !== 'start' || a.app === 'static')) return 'script';
  if (a.app === 'static') return 'site';
  if (a.app === 'next') return 'next';
  return facts.builds !== false || facts.tsc === true ? 'built' : 'watch';
}

/** Whether a change in the sources takes a rebuild, rather than a sync the dev process picks up. */
export const rebuildsOnChange = (mode: DevMode) => mode === 'built' || mode === 'site';
