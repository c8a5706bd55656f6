// Values templates/node/ reads: per package manager its files and commands, the runtime (node or
// bun) and its images, and what the final stage ships and runs.
import { healthUrl } from '../probe.js';
import { type LanguageAnswers, NONROOT_USER } from '../types.js';

// Per package manager: what to copy before installing, where its cache lives, and its commands.
export const PMS = {
  npm: {
    manifests: 'package.json package-lock.json .npmr[c]',
    cache: '/root/.npm',
    install: 'npm ci --no-audit --no-fund',
    installProd: 'npm ci --omit=dev --no-audit --no-fund',
    run: 'npm run',
    build: 'npm run build --if-present',
    audit: 'npm audit --omit=dev --audit-level=high',
  },
  pnpm: {
    manifests: 'package.json pnpm-lock.yaml pnpm-workspace.yam[l] .npmr[c]',
    cache: '/pnpm/store',
    install: 'pnpm install --frozen-lockfile',
    installProd: 'pnpm install --frozen-lockfile --prod',
    run: 'pnpm run',
    build: 'pnpm run --if-present build',
    audit: 'pnpm audit --prod --audit-level high',
  },
  yarn: {
    manifests: 'package.json yarn.lock .yarnrc.ym[l] .npmr[c]',
    cache: '/root/.yarn/berry/cache',
    install: 'yarn install --immutable',
    installProd: 'yarn workspaces focus --all --production',
    run: 'yarn run',
    build: 'yarn run build',
    audit: 'yarn npm audit --environment production --severity high',
  },
  bun: {
    manifests: 'package.json bun.loc[k] bun.lock[b] .npmr[c]',
    cache: '/root/.bun/install/cache',
    install: 'bun install --frozen-lockfile',
    installProd: 'bun install --frozen-lockfile --production',
    run: 'bun run',
    build: 'bun run build',
    audit: 'bun audit',
  },
} as const;

type Pm = keyof typeof PMS;

/** A one-line JavaScript probe for node and bun: exit 0 on a 2xx/3xx answer. */
const jsProbe = (url: string) => `fetch('${url}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`;

function runtime(a: LanguageAnswers) {
  const alpine = a.final === 'alpine';
  if (a.pm === 'bun') {
    return {
      versionArg: 'BUN_VERSION',
      baseImage: `oven/bun:\${BUN_VERSION}-${alpine ? 'alpine' : 'slim'}`,
      distrolessImage: 'oven/bun:${BUN_VERSION}-distroless',
      bin: 'bun',
      quiet: null,
      inspect: '--inspect=0.0.0.0:6499',
      debugPort: 6499,
    };
  }
  return {
    versionArg: 'NODE_VERSION',
    baseImage: `node:\${NODE_VERSION}-${alpine ? 'alpine' : 'bookworm-slim'}`,
    distrolessImage: 'gcr.io/distroless/nodejs${NODE_VERSION}-debian12:nonroot',
    bin: 'node',
    // pnpm reads npm's settings from the environment too.
    quiet: 'NPM_CONFIG_UPDATE_NOTIFIER=false',
    inspect: '--inspect=0.0.0.0:9229',
    debugPort: 9229,
  };
}

export function nodeView(a: LanguageAnswers) {
  const rt = runtime(a);
  const distroless = a.final === 'distroless';
  // distroless images have no PATH lookup to rely on: call the runtime by its absolute path.
  const bin = distroless ? (a.pm === 'bun' ? '/usr/local/bin/bun' : '/nodejs/bin/node') : rt.bin;
  const slash = a.entry.indexOf('/');
  const isStatic = a.app === 'static';
  const next = a.app === 'next';
  return {
    ...rt,
    static: isStatic,
    next,
    tool: PMS[a.pm as Pm],
    corepack: a.pm === 'pnpm' || a.pm === 'yarn',
    finalImage: distroless ? rt.distrolessImage : rt.baseImage,
    // A built entry (dist/server.js) ships its output folder; an unbuilt one ships the sources.
    outDir: slash > 0 ? a.entry.slice(0, slash) : null,
    prodDeps: a.app === 'server',
    // Next.js: the entry is the standalone server.js; its folder becomes /app.
    standaloneDir: next ? a.entry.slice(0, a.entry.lastIndexOf('/')) : null,
    entrypoint: [bin, next ? a.entry.slice(a.entry.lastIndexOf('/') + 1) : a.entry],
    debugCommand: [rt.bin, rt.inspect, a.entry],
    probe: isStatic
      ? ['curl', '-fsS', '-o', '/dev/null', healthUrl(a.port, a.healthcheck)]
      : [bin, '-e', jsProbe(healthUrl(a.port, a.healthcheck))],
    secretId: 'npmrc',
    // Numeric ids, so that Kubernetes' runAsNonRoot can verify them: node/bun 1000, nginx 101.
    runUser: isStatic ? '101' : distroless ? NONROOT_USER : '1000:1000',
    // The node and bun images' own non-root user.
    debugUser: '1000:1000',
    nginxImage: `nginxinc/nginx-unprivileged:\${NGINX_VERSION}${a.final === 'alpine' ? '-alpine' : ''}`,
    defaultNginxPort: a.port === 8080,
  };
}
