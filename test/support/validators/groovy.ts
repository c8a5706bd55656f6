// Jenkinsfile validation: npm-groovy-lint (Groovy parse + CodeNarc) batched
// into one JVM start, plus our own declarative-pipeline structure check,
// which lives in jenkins-structure.ts and is re-exported here.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { bin, exec, withTempDir } from './exec.js';

export { jenkinsStructure } from './jenkins-structure.js';

interface GroovyLintReport {
  files: Record<string, { errors: { line: string | number; rule: string; severity: string; msg: string }[] }>;
}

/**
 * Error-severity findings (what `--failon error` fails on) for each
 * Jenkinsfile, labelled "Jenkinsfile #<index>". Every file goes into one temp
 * dir as <index>/Jenkinsfile so a single CodeNarc run (~6 s of JVM start-up)
 * covers them all; --noserver avoids leaving a CodeNarc server running.
 */
export async function lintJenkinsfiles(texts: string[]): Promise<string[]> {
  if (texts.length === 0) return [];
  return withTempDir(async (dir) => {
    await Promise.all(
      texts.map(async (text, n) => {
        await mkdir(join(dir, String(n)));
        await writeFile(join(dir, String(n), 'Jenkinsfile'), text);
      }),
    );
    // An explicit --javaexecutable stops java-caller from downloading a JRE
    // when the default `java` is outside CodeNarc's supported 17-24 range.
    const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : '/usr/bin/java';
    const args = [
      '--config',
      'recommended-jenkinsfile',
      '--failon',
      'error',
      '--noserver',
      '--no-insight',
      '--javaexecutable',
      java,
      '--output',
      'json',
      '.',
    ];
    const { code, stdout, stderr } = await exec(bin('npm-groovy-lint'), args, dir);
    let report: GroovyLintReport;
    try {
      report = JSON.parse(stdout) as GroovyLintReport;
    } catch {
      return [`npm-groovy-lint exited ${code} without a JSON report: ${stderr.trim() || stdout.trim()}`];
    }
    const byIndex = Object.entries(report.files).map(([path, { errors }]) => ({ n: Number(relative(dir, path).split(sep)[0]), errors }));
    const problems = byIndex
      .sort((a, b) => a.n - b.n)
      .flatMap(({ n, errors }) =>
        errors.filter((e) => e.severity === 'error').map((e) => `Jenkinsfile #${n} line ${e.line}: [${e.rule}] ${e.msg.trim()}`),
      );
    // Exit 1 is "errors found"; an exit code that disagrees with the report is a tool failure.
    if (code > 1 || (code === 1) !== problems.length > 0) problems.push(`npm-groovy-lint exited ${code}: ${stderr.trim()}`);
    return problems;
  });
}
