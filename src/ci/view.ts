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
        ? { image: a.registry || '$CI_REGISTRY_IMAGE', own: true }
        : { image: a.registry, own: false, registryHost: hostOf(a.registry) },
    jenkins: {
      image: a.registry || 'registry.example.com/app',
      registryHost: hostOf(a.registry || 'registry.example.com/app'),
      placeholder: a.registry === '',
    },
  };
}
