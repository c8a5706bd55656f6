// Makes a starter's project folder from the npm registry alone: runs its generator at the pinned
// version, applies the documented edits, and makes the lockfile. Cached: `<cacheDir>/<id>` is only
// ever created by a rename once everything succeeded, next to `<id>.json` (the spec it was made from).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BEFORE, type Edit, NODE, PNPM, type PackageManager, type Starter, YARN } from './starters.js';

const run = promisify(execFile);

/** How a user would make the lockfile after scaffolding, without installing. */
export const LOCK_COMMANDS: Record<PackageManager, string[]> = {
  npm: ['npm', 'install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', `--before=${BEFORE}`],
  pnpm: ['npx', '--yes', PNPM, 'install', '--lockfile-only', '--ignore-scripts'],
  yarn: ['npx', '--yes', YARN, 'install', '--mode=update-lockfile'],
};

export async function materialize(starter: Starter, cacheDir: string): Promise<string> {
  const dir = join(cacheDir, starter.id);
  const stamp = join(cacheDir, `${starter.id}.json`);
  const spec = `${JSON.stringify({ starter, LOCK_COMMANDS, NODE }, null, 2)}\n`;
  if (existsSync(join(dir, 'package.json')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === spec) return dir;
  rmSync(dir, { recursive: true, force: true });
  rmSync(stamp, { force: true });

  const env = await environment(cacheDir);
  const work = mkdtempSync(join(cacheDir, `.work-${starter.id}-`));
  try {
    const { pkg, bin, args } = starter.source;
    const argv = args.map((a) => a.replaceAll('{dir}', starter.id));
    await exec('npx', ['--yes', '--package', pkg, '--', bin, ...argv], work, env);
    const project = join(work, starter.id);
    if (!existsSync(join(project, 'package.json'))) throw new Error(`${starter.id}: ${pkg} made no package.json`);
    // As a clone has it: a generator that installs (create-webpack-app) leaves node_modules behind.
    rmSync(join(project, 'node_modules'), { recursive: true, force: true });
    for (const edit of starter.edits) apply(project, edit);
    if (starter.lockfile) {
      const [cmd, ...rest] = LOCK_COMMANDS[starter.pm];
      await exec(cmd!, rest, project, env);
      const yarnDir = join(project, '.yarn'); // Yarn's record of the install, not part of the project
      rmSync(join(yarnDir, 'install-state.gz'), { force: true });
      if (existsSync(yarnDir) && readdirSync(yarnDir).length === 0) rmdirSync(yarnDir);
    }
    renameSync(project, dir);
    writeFileSync(stamp, spec);
    return dir;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function apply(project: string, edit: Edit): void {
  if (edit.op === 'package-json') {
    const file = join(project, 'package.json');
    const text = readFileSync(file, 'utf8');
    const json = JSON.parse(text);
    let obj = json;
    for (const k of edit.key.slice(0, -1)) obj = obj[k] ??= {};
    obj[edit.key.at(-1)!] = edit.value;
    const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
    writeFileSync(file, `${JSON.stringify(json, null, indent)}\n`);
  } else {
    const file = join(project, edit.file);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(edit.from)) throw new Error(`${edit.file} has no ${JSON.stringify(edit.from)}`);
    writeFileSync(file, text.replace(edit.from, edit.to));
  }
}

/** CI, no TTY, nothing saved between runs; a pinned newer Node first on PATH (unpacked once from its npm tarball). */
async function environment(cacheDir: string): Promise<NodeJS.ProcessEnv> {
  const nodeDir = join(cacheDir, '.node', NODE.replace(/[@/]/g, '-'));
  const bin = join(nodeDir, 'package', 'bin');
  if (!existsSync(join(bin, 'node'))) {
    mkdirSync(nodeDir, { recursive: true });
    const { stdout } = await exec('npm', ['pack', NODE, '--json', '--pack-destination', nodeDir], nodeDir, process.env);
    const tarball = join(nodeDir, JSON.parse(stdout)[0].filename);
    await exec('tar', ['-xzf', tarball, '-C', nodeDir], nodeDir, process.env);
    rmSync(tarball);
  }
  const home = join(cacheDir, '.config'); // generators' saved preferences (create-next-app's --yes reads them)
  mkdirSync(home, { recursive: true });
  const { npm_config_user_agent: _agent, ...rest } = process.env; // generators guess the package manager from it
  return {
    ...rest,
    PATH: `${bin}:${process.env.PATH}`,
    CI: 'true',
    XDG_CONFIG_HOME: home,
    npm_config_yes: 'true',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

async function exec(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  try {
    // execFile gives the child no TTY and an ignored stdin is closed: a prompt fails instead of waiting
    const child = run(cmd, args, { cwd, env, maxBuffer: 64 << 20, timeout: 10 * 60_000 });
    child.child.stdin?.end();
    return await child;
  } catch (e) {
    const err = e as Error & { stderr?: string; stdout?: string };
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}
