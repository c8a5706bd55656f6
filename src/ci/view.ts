// Values the pipeline templates read, derived from the answers.
import type { Answers } from '../answers/schema.js';
import { CHECK_TARGETS } from './systems.js';
import { ACTIONS, IMAGES, imageRef, TOOL_RELEASES, usesOf } from './versions.js';

/**
 * Docker's rule (distribution's reference parser): the first path segment names a registry only
 * if it has a `.` or `:`, or is `localhost`; otherwise the image is on Docker Hub.
 */
const hostOf = (image: string) => {
  const first = image.split('/')[0]!;
  return /[.:]/.test(first) || first === 'localhost' ? first : 'docker.io';
};

export function ciView(a: Answers) {
  const platforms = a.platforms;
  return {
    /** `owner/repo@<sha> # <tag>`, per action. */
    uses: Object.fromEntries(Object.entries(ACTIONS).map(([key, pin]) => [key, usesOf(pin)])) as Record<keyof typeof ACTIONS, string>,
    /** `name:tag[@digest]`, per tool image. */
    images: Object.fromEntries(Object.entries(IMAGES).map(([key, pin]) => [key, imageRef(pin)])) as Record<keyof typeof IMAGES, string>,
    tools: TOOL_RELEASES,
    sign: a.sign === 'cosign',
    checks: CHECK_TARGETS.filter((t) => a.targets.includes(t)),
    // Emulation is needed to run a RUN step for another architecture than the runner's (amd64).
    needsQemu: platforms.some((p) => p !== 'linux/amd64'),
    // The scan needs one image loaded into the local engine: prefer the runner's own platform.
    scanPlatform: platforms.includes('linux/amd64') ? 'linux/amd64' : platforms[0],
    scanExitCode: a.scan === 'block' ? 1 : 0,
    github:
      a.registry === '' || hostOf(a.registry) === 'ghcr.io'
        ? { image: a.registry || 'ghcr.io/${{ github.repository }}', ghcr: true, registryHost: 'ghcr.io' }
        : { image: a.registry, ghcr: false, registryHost: hostOf(a.registry) },
    gitlab:
      a.registry === '' || hostOf(a.registry) === 'registry.gitlab.com'
        ? { image: a.registry || '$CI_REGISTRY_IMAGE', own: true, separator: '/' }
        : { image: a.registry, own: false, registryHost: hostOf(a.registry), separator: '-' },
    jenkins: {
      image: a.registry || 'registry.example.com/app',
      registryHost: hostOf(a.registry || 'registry.example.com/app'),
      placeholder: a.registry === '',
    },
  };
}

/** One image a pipeline of several components builds, checks and pushes. */
export interface CiService {
  name: string;
  /** The Dockerfile stage that is the image. */
  target: string;
  /** What the image's name adds to the registry's (`-api`); nothing for the one combined image. */
  suffix: string;
  /** Folders whose changes rebuild it. */
  paths: string[];
  /** Check stages, built before it is pushed. */
  checks: string[];
}

/** The images of several components: one per component, or the one combined image with every component's checks. */
export function ciServices(parts: { name: string; dir: string; targets: readonly string[] }[], combined: boolean): CiService[] {
  const checksOf = (p: (typeof parts)[number]) => CHECK_TARGETS.filter((t) => p.targets.includes(t)).map((t) => `${p.name}-${t}`);
  if (combined) return [{ name: 'app', target: 'production', suffix: '', paths: parts.map((p) => p.dir), checks: parts.flatMap(checksOf) }];
  return parts.map((p) => ({ name: p.name, target: p.name, suffix: `-${p.name}`, paths: [p.dir], checks: checksOf(p) }));
}
