// Dockerfile validators: dockerfile-utils diagnostics, a multi-stage graph
// check, and effective-USER resolution. RUN-script extraction and shellcheck
// live in run-scripts.ts and are re-exported here.
import { Copy, DockerfileParser, Run, type Instruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { stagesOf, type Stage, type StageInfo } from './dockerfile-stages.js';

export { runScripts, shellcheckDockerfiles, type RunScript } from './run-scripts.js';
export type { Stage } from './dockerfile-stages.js';

const lineOf = (ins: Instruction): number => ins.getRange().start.line + 1;

/** Every dockerfile-utils diagnostic, warnings included: generated files should be spotless. */
export async function lintDockerfile(text: string): Promise<string[]> {
  return validate(text).map((d) => `line ${d.range.start.line + 1}: ${d.message} (dockerfile-utils code ${String(d.code)})`);
}

/**
 * Checks the stage graph. A bare `--from=name` that is not an earlier stage
 * would make Docker pull `docker.io/library/name`, which is almost always a
 * typo, so external images must be explicit (contain `:`, `/` or `@`).
 * References containing `$` depend on build args and are not checked.
 */
export function stageGraph(text: string): { stages: Stage[]; problems: string[] } {
  const stages = stagesOf(DockerfileParser.parse(text));
  const problems: string[] = [];
  const checkRef = (ref: string, stage: StageInfo, ins: Instruction, what: string): void => {
    const where = `line ${lineOf(ins)}: ${what}`;
    const target = /^\d+$/.test(ref) ? Number(ref) : stages.findIndex((s) => s.name === ref.toLowerCase());
    if (ref.includes('$') || (target === -1 && /[:/@]/.test(ref))) return;
    if (target === -1) problems.push(`${where} names no stage (use an explicit image reference such as ${ref}:<tag> if an image is meant)`);
    else if (target >= stage.index)
      problems.push(`${where} refers to stage ${target}, which is not earlier than this stage (${stage.index})`);
  };

  for (const stage of stages) {
    const first = stages.findIndex((s) => s.name === stage.name);
    if (stage.name !== null && first !== stage.index)
      problems.push(`line ${stage.line}: duplicate stage name "${stage.name}" (first used by stage ${first})`);
    const later = stages.findIndex((s, i) => i >= stage.index && s.name === stage.from.toLowerCase());
    if (later !== -1)
      problems.push(
        `line ${stage.line}: FROM ${stage.from} refers to stage ${later}, which is not earlier than this stage (${stage.index})`,
      );
    for (const ins of stage.instructions) {
      const fromFlag = ins instanceof Copy ? ins.getFromFlag()?.getValue() : null;
      if (fromFlag) checkRef(fromFlag, stage, ins, `COPY --from=${fromFlag}`);
      if (!(ins instanceof Run)) continue;
      for (const flag of ins.getFlags().filter((f) => f.getName() === 'mount')) {
        const mountFrom = flag.getOption('from')?.getValue();
        if (mountFrom) checkRef(mountFrom, stage, ins, `RUN --mount=...,from=${mountFrom}`);
      }
    }
  }
  return { stages: stages.map(({ name, from, index }) => ({ name, from, index })), problems };
}

/**
 * The USER a container of `target` (default: the last stage, like
 * `docker build` without --target) runs as. Stages inherit USER through
 * `FROM <earlier stage>`; null means no USER anywhere in the chain, i.e. the
 * base image's default (usually root).
 */
export function finalUser(text: string, target?: string): string | null {
  const stages = stagesOf(DockerfileParser.parse(text));
  let stage = target === undefined ? stages.at(-1) : stages.find((s) => s.name === target.toLowerCase());
  if (!stage) throw new Error(`finalUser: no stage named ${target ?? '(last)'}`);
  for (; stage; stage = stage.parent === null ? undefined : stages[stage.parent]) {
    const user = stage.instructions.filter((i) => i.getKeyword() === 'USER').at(-1);
    if (user) return user.getArgumentsContent();
  }
  return null;
}
