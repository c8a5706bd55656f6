// .gitlab-ci.yml validation through gitlab-ci-local --list, which expands
// the pipeline, validates it against GitLab's JSON schema and resolves
// stages/needs/extends without running any job.
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { bin, exec, mapLimit, withTempDir } from './exec.js';

/** Each run is ~0.8 s of CPU (mostly JSON-schema compilation), so more workers than cores only adds contention. */
const CONCURRENCY = Math.min(4, availableParallelism());

/** Timing lines gitlab-ci-local always prints to stderr; anything else there is a finding. */
const INFO_LINE = /^(parsing and downloads finished|json schema validated) in /;

/**
 * gitlab-ci-local works without a repo but then warns on stderr about
 * falling back for commit, branch and remote data. A repo with one commit, an
 * origin remote (never contacted) and origin/HEAD keeps stderr clean.
 */
const GIT_SETUP = [
  'git init -q -b main',
  'git -c user.name=validator -c user.email=validator@example.com -c commit.gpgsign=false commit -q --allow-empty -m init',
  'git remote add origin https://gitlab.example.com/group/project.git',
  'git update-ref refs/remotes/origin/main HEAD',
  'git symbolic-ref refs/remotes/origin/HEAD refs/remotes/origin/main',
].join(' && ');

async function listPipeline(text: string, n: number): Promise<string[]> {
  // gitlab-ci-local has no offline switch: remote/template/project includes
  // are fetched over the network, and local ones would not exist here.
  if (parseDocument(text).has('include')) return [`gitlab-ci #${n}: uses include:, which this offline harness cannot resolve`];
  return withTempDir(async (dir) => {
    await writeFile(join(dir, '.gitlab-ci.yml'), text);
    const git = await exec('sh', ['-c', GIT_SETUP], dir);
    if (git.code !== 0) throw new Error(`git setup failed: ${git.stderr}`);
    // Runs in `dir` (--cwd only takes relative paths); --home isolates us
    // from the developer's ~/.gitlab-ci-local/variables.yml.
    const { code, stderr } = await exec(bin('gitlab-ci-local'), ['--home', dir, '--list', '--no-color'], dir);
    const findings = stderr.split('\n').filter((l) => l.trim() !== '' && !INFO_LINE.test(l));
    if (code === 0 && findings.length === 0) return [];
    return [`gitlab-ci #${n}: gitlab-ci-local exited ${code}${findings.length ? `:\n${findings.join('\n')}` : ''}`];
  });
}

/** Problems for each pipeline, labelled "gitlab-ci #<index>". */
export async function gitlabCiLocalList(files: { text: string }[]): Promise<string[]> {
  return (await mapLimit(files, CONCURRENCY, (file, n) => listPipeline(file.text, n))).flat();
}
