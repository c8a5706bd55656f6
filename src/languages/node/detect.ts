// Node.js: package manager, runtime (or bun) version, framework → app kind and entry, port.
import { agreedPort, firstLine, firstPresent, isRecord, readJson, str, toolVersion } from '../../detect/files.js';
import {
  type DetectDeps,
  fromPlaced,
  hit,
  type Detected,
  type Found,
  type LanguageDetector,
  type ProjectFiles,
} from '../../detect/types.js';
import { SITE_CONFIGS, SITE_TOOLS, siteOf } from './sites.js';
import { parseStart } from './start.js';
import { TSCONFIGS, tsconfig, tsEntry } from './tsconfig.js';
import { resolveBun, resolveNode } from './versions.js';

const LOCKFILES = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
] as const;

/** Frameworks that serve requests themselves: with one of them, Vite is a dev tool, not the app. */
const SERVERS = [
  'express',
  'fastify',
  'koa',
  '@hapi/hapi',
  'hono',
  'restify',
  'polka',
  '@nestjs/core',
  'next',
  'nuxt',
  '@sveltejs/kit',
  '@remix-run/node',
  '@remix-run/serve',
  '@react-router/serve',
  'astro',
  '@adonisjs/core',
];

/** Where a server's sources usually are; the port is read from these. */
const NODE_SOURCES = ['src', ''].flatMap((dir) =>
  ['server', 'index', 'app', 'main'].flatMap((name) => ['ts', 'js', 'mjs', 'cjs'].map((ext) => `${dir ? `${dir}/` : ''}${name}.${ext}`)),
);
const NEXT_CONFIGS = ['next.config.js', 'next.config.mjs', 'next.config.cjs', 'next.config.ts'];

const PORT_PATTERNS = [
  /process\.env\.PORT\s*\)?\s*(?:\|\||\?\?)\s*['"]?(\d{1,5})\b/,
  /\.listen\(\s*(\d{1,5})\s*[,)]/,
  /\.listen\(\s*\{[^}]*?\bport\s*:\s*(\d{1,5})\b/,
  /\b(?:const|let|var)\s+PORT\s*=\s*(\d{1,5})\b/,
];

type Pkg = Record<string, unknown>;

const deps = (pkg: Pkg): Set<string> =>
  new Set(['dependencies', 'devDependencies'].flatMap((k) => (isRecord(pkg[k]) ? Object.keys(pkg[k]) : [])));

/** A yarn.lock of Yarn 2 and later: a __metadata header. Yarn 1's starts with "# yarn lockfile v1". */
const berryLock = (text: string | undefined) => (text ?? '').includes('__metadata:');

function detectPm(files: ProjectFiles, pkg: Pkg): Detected | undefined {
  const field = str(pkg.packageManager);
  const named = field && /^(npm|pnpm|yarn|bun)@(\d+)?/.exec(field);
  if (named) {
    const pm = named[1] === 'yarn' && named[2] === '1' ? 'yarn1' : named[1];
    return hit(pm, 'package.json', `packageManager ${field.split('+')[0]}`);
  }
  const locks = LOCKFILES.filter(([file]) => files.has(file));
  const [lock] = locks;
  // pnpm's settings file, where no lockfile has been written yet.
  if (!lock) return files.has('pnpm-workspace.yaml') ? hit('pnpm', 'pnpm-workspace.yaml') : undefined;
  const several = new Set(locks.map(([, pm]) => pm)).size > 1 && `several lockfiles (${locks.map(([f]) => f).join(', ')})`;
  if (lock[1] !== 'yarn') return hit(lock[1], lock[0], several);
  const rc = files.get('.yarnrc.yml');
  if (rc === undefined && !berryLock(files.get('yarn.lock')))
    return hit('yarn1', 'yarn.lock', 'Yarn 1 (a v1 lockfile, no .yarnrc.yml)', several);
  const yarnPath = rc && /^\s*yarnPath\s*:/m.test(rc) && '.yarnrc.yml sets yarnPath, but only .yarnrc.yml is copied before install';
  return hit('yarn', 'yarn.lock', `Yarn Berry${rc !== undefined ? ' (.yarnrc.yml)' : ''}`, yarnPath, several);
}

function detectVersion(files: ProjectFiles, pkg: Pkg, pm: unknown): Detected | undefined {
  if (pm === 'bun') {
    // With bun the runtime is bun, so the version answer is bun's.
    const field = str(pkg.packageManager);
    if (field?.startsWith('bun@')) return fromPlaced(resolveBun(field.slice(4), 'packageManager'), 'package.json');
    const tv = toolVersion(files, ['bun']);
    return tv ? fromPlaced(resolveBun(tv, 'bun'), '.tool-versions') : undefined;
  }
  const engines = isRecord(pkg.engines) ? str(pkg.engines.node) : undefined;
  const volta = isRecord(pkg.volta) ? str(pkg.volta.node) : undefined;
  const sources: [string | undefined, string, string][] = [
    [firstLine(files.get('.nvmrc')), '.nvmrc', '.nvmrc'],
    [firstLine(files.get('.node-version')), '.node-version', '.node-version'],
    [toolVersion(files, ['nodejs', 'node']), '.tool-versions', '.tool-versions'],
    [volta, 'package.json', 'volta.node'],
    [engines, 'package.json', 'engines.node'],
  ];
  for (const [raw, file, label] of sources) {
    const r = raw === undefined ? undefined : resolveNode(raw, label);
    if (r) return hit(r.value, file, r.note);
  }
  return undefined;
}

/**
 * Where `ng build` writes the browser files of angular.json's first project: the application
 * builder's `<outputPath>/browser` (outputPath defaults to dist/<project>, or is { base, browser });
 * the older browser builder's outputPath itself.
 */
function angularOutput(files: ProjectFiles): string | undefined {
  const projects = readJson(files, 'angular.json')?.projects;
  const [name, project] = isRecord(projects) ? (Object.entries(projects)[0] ?? []) : [];
  const build = isRecord(project) && isRecord(project.architect) ? project.architect.build : undefined;
  if (!name || !isRecord(build)) return undefined;
  const options = isRecord(build.options) ? build.options : {};
  const out = options.outputPath;
  const clean = (p: string) => p.replace(/^\.\//, '').replace(/\/$/, '');
  if (!String(build.builder).endsWith(':application')) return clean(str(out) ?? `dist/${name}`);
  // `browser: ''` puts them in the base folder itself.
  const browser = isRecord(out) && typeof out.browser === 'string' ? out.browser : 'browser';
  if (isRecord(out)) return `${clean(str(out.base) ?? `dist/${name}`)}/${browser}`.replace(/\/$/, '');
  return `${clean(str(out) ?? `dist/${name}`)}/browser`;
}

function detectApp(files: ProjectFiles, pkg: Pkg, pm: unknown, parsers: DetectDeps): Found {
  const has = deps(pkg);
  if (has.has('next')) {
    const config = firstPresent(files, NEXT_CONFIGS);
    const standalone = config && /output\s*:\s*['"]standalone['"]/.test(files.get(config) ?? '');
    // Without standalone output, the build makes no server file: Next.js's own server runs the app.
    return {
      app: hit('next', 'package.json', 'Next.js'),
      entry: standalone
        ? hit('.next/standalone/server.js', config!, `Next.js: standalone output (output: 'standalone' is set in ${config})`)
        : hit(
            '.bin/next start',
            'package.json',
            `Next.js: next start with the whole built app; set output: 'standalone' in ${config ?? 'next.config.js'} for an image with only the modules the server uses`,
          ),
    };
  }
  // A framework server has no health route of its own: probe its home page.
  const home = hit('/', 'package.json', 'a framework server: its home page');
  if (has.has('@nestjs/core'))
    return { app: hit('server', 'package.json', 'NestJS'), entry: hit('dist/main.js', 'package.json', 'NestJS'), healthcheck: home };
  if (has.has('nuxt'))
    return {
      app: hit('server', 'package.json', 'Nuxt'),
      entry: hit('.output/server/index.mjs', 'package.json', 'Nuxt: Nitro server output'),
      healthcheck: home,
    };
  if (has.has('astro'))
    return has.has('@astrojs/node')
      ? {
          app: hit('server', 'package.json', 'Astro'),
          entry: hit('dist/server/entry.mjs', 'package.json', "Astro: the Node adapter's standalone server"),
          healthcheck: home,
        }
      : { app: hit('static', 'package.json', 'Astro without the Node adapter: a static site'), entry: hit('dist', 'package.json') };
  if (has.has('@sveltejs/kit') && has.has('@sveltejs/adapter-node')) {
    return {
      app: hit('server', 'package.json', 'SvelteKit'),
      entry: hit('build/index.js', 'package.json', 'SvelteKit: adapter-node output'),
      healthcheck: home,
    };
  }
  if (!SERVERS.some((s) => has.has(s))) {
    // VitePress builds <root>/.vitepress/dist, the root being what `vitepress build` is given.
    if (has.has('vitepress')) {
      const build = isRecord(pkg.scripts) ? str(pkg.scripts.build) : undefined;
      const root = /vitepress build(?:\s+(?!-)([\w./-]+))?/.exec(build ?? '')?.[1]?.replace(/^\.\/|\/$/g, '');
      const out = `${root && root !== '.' ? `${root}/` : ''}.vitepress/dist`;
      return {
        app: hit('static', 'package.json', 'VitePress: a static docs site'),
        entry: hit(out, 'package.json', build && `scripts.build: ${build}`),
      };
    }
    const angular = has.has('@angular/core') && !has.has('@angular/ssr') && angularOutput(files);
    if (angular) return { app: hit('static', 'package.json', 'Angular: a static site'), entry: hit(angular, 'angular.json') };
    if (has.has('@docusaurus/core'))
      return { app: hit('static', 'package.json', 'Docusaurus: a static docs site'), entry: hit('build', 'package.json') };
    const site = siteOf(files, has, isRecord(pkg.scripts) ? str(pkg.scripts.build) : undefined);
    if (site)
      return { app: hit('static', 'package.json', `${site.tool.label} without a server framework: a static site`), entry: site.entry };
    if (has.has('react-scripts'))
      return { app: hit('static', 'package.json', 'Create React App: a static site'), entry: hit('build', 'package.json') };
  }
  const found: Found = {};
  if (SERVERS.some((s) => has.has(s))) found.app = hit('server', 'package.json');
  const scripts = isRecord(pkg.scripts) ? pkg.scripts : {};
  const start = str(scripts.start);
  const fromStart = start ? parseStart(start, pm === 'bun', scripts) : undefined;
  const main = str(pkg.main)?.replace(/^\.\//, '');
  const ts = tsconfig(files, parsers);
  // A TypeScript file runs as what tsc emits; bun runs TypeScript as it is.
  const emitted = (file: string, source: string) =>
    pm === 'bun' || !/\.[mc]?ts$/.test(file)
      ? hit(file, 'package.json', source)
      : ts && hit(tsEntry(file, ts), 'tsconfig.json', source, `TypeScript: tsc emits ${file} to ${ts.outDir}`);
  const command = fromStart?.entry.startsWith('.bin/');
  if (command)
    found.entry = hit(
      fromStart!.entry,
      'package.json',
      `scripts.start: ${start}: not a file node runs, so the image runs it as written from node_modules/.bin, with the whole built app`,
    );
  else if (fromStart) found.entry = emitted(fromStart.entry, `scripts.start: ${start}`);
  else if (main && /\.([mc]?js|[mc]?ts)$/.test(main)) found.entry = emitted(main, 'main');
  // A framework server, or a command of unknown kind, has no health route of its own: probe its home page.
  if (command || fromStart?.entry.includes(':')) {
    found.app = hit('server', 'package.json', command ? undefined : fromStart!.entry.split(':')[0]);
    found.healthcheck = home;
  } else {
    // Sources read, and none has a /health route: the home page is what surely answers.
    const read = NODE_SOURCES.filter((f) => files.has(f));
    if (read.length && !read.some((f) => /['"`]\/health/.test(files.get(f)!)))
      found.healthcheck = hit('/', read[0]!, `no /health route in ${read.join(', ')}: probes the home page`);
  }
  return found;
}

function workspaces(files: ProjectFiles, pkg: Pkg): string | undefined {
  const ws = Array.isArray(pkg.workspaces) ? pkg.workspaces : isRecord(pkg.workspaces) ? pkg.workspaces.packages : undefined;
  const list = Array.isArray(ws)
    ? ws.filter((w) => typeof w === 'string').join(', ')
    : /^packages\s*:/m.test(files.get('pnpm-workspace.yaml') ?? '')
      ? 'pnpm-workspace.yaml'
      : undefined;
  return list && `workspaces (${list}): a monorepo root; the template copies only the root manifests before installing`;
}

/** What in package.json makes builds or the test stage fail or drift. */
function nodeWarnings(files: ProjectFiles): string[] {
  const scripts = readJson(files, 'package.json')?.scripts;
  return [
    // Without a lockfile, every build resolves versions anew.
    ...(LOCKFILES.some(([file]) => files.has(file))
      ? []
      : [
          'no lockfile (package-lock.json, pnpm-lock.yaml, yarn.lock or bun.lock): builds install whatever the registry serves that day, so they are not reproducible; commit one',
        ]),
    ...(isRecord(scripts) && NPM_PLACEHOLDER.test(str(scripts.test) ?? '')
      ? ["package.json's test script is npm init's placeholder, which exits 1: the test stage fails until it runs tests (or is removed)"]
      : []),
  ];
}

/** `npm init`'s test script. */
const NPM_PLACEHOLDER = /Error: no test specified/;

/**
 * Whether the build makes anything (without a build script, the entry's folder is source, not
 * output), and the node options scripts.start runs the app with.
 */
const nodeFacts = (files: ProjectFiles, parsers: DetectDeps) => {
  const pkg = readJson(files, 'package.json') ?? {};
  const scripts = isRecord(pkg.scripts) ? pkg.scripts : {};
  const start = str(scripts.start);
  const builds = str(scripts.build) !== undefined;
  return {
    builds,
    // Astro's standalone server listens on localhost unless HOST says otherwise.
    bindAll: deps(pkg).has('astro'),
    // No build script but a tsconfig with an outDir: the build runs tsc itself.
    tsc: !builds && tsconfig(files, parsers) !== undefined,
    nodeFlags: (start && parseStart(start, false, scripts)?.flags) || [],
    // The test stage runs the test script only if there is one (see the view), so that a project's
    // pipelines pass until it has tests, and run them from then on.
    testScript: str(scripts.test) !== undefined,
    // What the development target runs: the dev script, NestJS's start:dev, or start (a site's dev
    // server: ng serve, docusaurus start; a server's start is the app itself, see dev.ts), else a
    // serve script that runs a bundler's dev server (create-webpack-app's).
    devScript: DEV_SCRIPTS.find((name) => str(scripts[name]) !== undefined) ?? (DEV_SERVER.test(str(scripts.serve) ?? '') ? 'serve' : null),
    // Whether a site's dev server is told --host as well as --port (Eleventy's takes no --host).
    devHost: SITE_TOOLS.find((t) => deps(pkg).has(t.dep))?.devHost ?? true,
  };
};

/** Scripts that run the app for development, in order of preference. */
const DEV_SCRIPTS = ['dev', 'start:dev', 'start'];
/** A bundler's dev server; `serve` alone may serve the built site instead (`serve -s dist`, `docusaurus serve`). */
const DEV_SERVER = /\b(?:webpack(?:-cli)? serve|webpack-dev-server|rspack (?:serve|dev))\b/;

/** Docs generators, whose build is a static site. */
const DOCS = ['vitepress', '@docusaurus/core'];

/** A package nothing starts (no app kind, no start script) is a library, whatever its main says. */
const nodeComponent: LanguageDetector['component'] = (files, { app }) => {
  const pkg = readJson(files, 'package.json') ?? {};
  if (app?.value === 'static') return DOCS.some((d) => deps(pkg).has(d)) ? 'docs' : 'static';
  if (app?.value === 'next') return 'next';
  return app || (isRecord(pkg.scripts) && str(pkg.scripts.start)) ? 'server' : null;
};

export const nodeDetector: LanguageDetector = {
  warnings: nodeWarnings,
  component: nodeComponent,
  facts: nodeFacts,
  manifests: ['package.json'],
  jsoncFiles: TSCONFIGS,
  knownFiles: [
    '.yarnrc.yml',
    'pnpm-workspace.yaml',
    '.nvmrc',
    '.node-version',
    '.tool-versions',
    ...TSCONFIGS,
    'angular.json',
    ...NEXT_CONFIGS,
    ...SITE_CONFIGS,
    ...NODE_SOURCES,
  ],
  headOnly: LOCKFILES.map(([file]) => file),
  detect(files, deps) {
    const pkg = readJson(files, 'package.json') ?? {};
    const found: Found = { lang: hit('node', 'package.json', workspaces(files, pkg)) };
    found.pm = detectPm(files, pkg);
    found.runtimeVersion = detectVersion(files, pkg, found.pm?.value);
    Object.assign(found, detectApp(files, pkg, found.pm?.value, deps));
    if (found.app?.value !== 'static') {
      const port = agreedPort(files, NODE_SOURCES, PORT_PATTERNS);
      if (port) found.port = hit(port.port, port.file);
    }
    return found;
  },
};
