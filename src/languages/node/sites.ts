// Static-site build tools with no server of their own: which folder each builds into, and whether its
// dev server takes --host. Defaults and options read on 2026-12-01 from vite.dev/config/build-options
// (build.outDir), rsbuild.rs/config/output/dist-path (output.distPath.root), parcel 2.16.4's CLI
// help (--dist-dir; `parcel serve --host`), 11ty.dev/docs/config (dir.output) and eleventy 3.1.8's
// --help (--output; --port, and no --host: it exits on one, and listens on every interface).
// Rspack 2.2.8 and webpack 5.113 (webpack-cli 7.3.1, webpack-dev-server 5.2.7 and 6.1.0): output.path,
// dist by default, or -o/--output-path; `rspack dev` and `webpack serve` take --host and --port (each
// run with them; create-rspack 2.2.3's and create-webpack-app 2.1.0's starters also in the engine).
// Both bundle servers too: only a config with an HTML plugin makes a site.
import { capture, firstPresent } from '../../detect/files.js';
import { type Detected, hit, type ProjectFiles } from '../../detect/types.js';

interface SiteTool {
  dep: string;
  label: string;
  out: string;
  /** Config files, and the pattern whose group 1 is the output folder in one, with its setting's name. */
  config: { files: string[]; pattern: RegExp; setting: string } | null;
  /** The build script's option naming the output folder. */
  flag: RegExp | null;
  /** Whether the dev server takes --host (it listens on localhost without it). */
  devHost: boolean;
  /** What the config must contain for the project to be a site, if the tool builds other things too. */
  page?: RegExp;
}

const configs = (base: string, exts: string[]) => exts.map((ext) => `${base}.${ext}`);
const JS_TS = ['js', 'mjs', 'cjs', 'ts', 'mts'];
// A quoted relative folder, without ./ or a trailing slash.
const FOLDER = `['"](?:\\./)?([^'"]+?)/?['"]`;
// output.path, absolute: path.resolve(__dirname, 'dist'), join(import.meta.dirname, 'dist').
const OUTPUT_PATH = `\\bpath\\s*:\\s*(?:\\w+\\.)?(?:resolve|join)\\(\\s*(?:__dirname|import\\.meta\\.dirname|process\\.cwd\\(\\))\\s*,\\s*${FOLDER}\\s*\\)`;
const OUTPUT_FLAG = /(?:^|\s)(?:-o|--output-path)[= ](?:\.\/)?([^\s'"]+?)\/?(?:\s|$)/;
const HTML_PLUGIN = /\bHtml(?:Rspack|Webpack)Plugin\b|html-(?:webpack|rspack)-plugin/;
const bundler = (dep: string, label: string, base: string): SiteTool => ({
  dep,
  label: `${label}, with an HTML plugin,`,
  out: 'dist',
  config: { files: configs(base, JS_TS), pattern: new RegExp(OUTPUT_PATH), setting: 'output.path' },
  flag: OUTPUT_FLAG,
  devHost: true,
  page: HTML_PLUGIN,
});

/** In order of precedence: an Eleventy site may build its assets with Vite, into Eleventy's folder. */
export const SITE_TOOLS: SiteTool[] = [
  {
    dep: '@11ty/eleventy',
    label: 'Eleventy',
    out: '_site',
    config: {
      files: [...configs('eleventy.config', ['js', 'mjs', 'cjs']), '.eleventy.js'],
      pattern: new RegExp(`\\boutput\\s*:\\s*${FOLDER}`),
      setting: 'dir.output',
    },
    flag: /--output[= ](?:\.\/)?([^\s'"]+?)\/?(?:\s|$)/,
    devHost: false,
  },
  {
    dep: 'vite',
    label: 'Vite',
    out: 'dist',
    config: { files: configs('vite.config', JS_TS), pattern: new RegExp(`\\boutDir\\s*:\\s*${FOLDER}`), setting: 'build.outDir' },
    flag: null,
    devHost: true,
  },
  {
    dep: '@rsbuild/core',
    label: 'Rsbuild',
    out: 'dist',
    config: {
      files: configs('rsbuild.config', JS_TS),
      pattern: new RegExp(`\\bdistPath\\s*:\\s*\\{[^}]*?\\broot\\s*:\\s*${FOLDER}`),
      setting: 'output.distPath.root',
    },
    flag: null,
    devHost: true,
  },
  { dep: 'parcel', label: 'Parcel', out: 'dist', config: null, flag: /--dist-dir[= ](?:\.\/)?([^\s'"]+?)\/?(?:\s|$)/, devHost: true },
  // After Rsbuild, which is built on Rspack.
  bundler('@rspack/cli', 'Rspack', 'rspack.config'),
  bundler('webpack', 'webpack', 'webpack.config'),
];

/** The config files the tools may be configured in, for detection to read. */
export const SITE_CONFIGS = SITE_TOOLS.flatMap((t) => t.config?.files ?? []);

/** The first tool among the dependencies, and the folder it builds into, with where that was read. */
export function siteOf(files: ProjectFiles, has: Set<string>, build: string | undefined): { tool: SiteTool; entry: Detected } | undefined {
  const configOf = (t: SiteTool) => t.config && firstPresent(files, t.config.files);
  const tool = SITE_TOOLS.find((t) => has.has(t.dep) && (!t.page || t.page.test(files.get(configOf(t) ?? '') ?? '')));
  if (!tool) return undefined;
  const flagged = tool.flag && capture(build, [tool.flag]);
  if (flagged) return { tool, entry: hit(flagged, 'package.json', `scripts.build: ${build}`)! };
  const file = configOf(tool);
  const configured = file && capture(files.get(file), [tool.config!.pattern]);
  return { tool, entry: configured ? hit(configured, file, tool.config!.setting)! : hit(tool.out, 'package.json')! };
}
