// The stage model shared by the Dockerfile validators.
import { From, type Dockerfile, type Instruction } from 'dockerfile-ast';

export interface Stage {
  /** Lower-cased `AS` name (Docker stage names are case-insensitive), or null. */
  name: string | null;
  /** The FROM image argument exactly as written. */
  from: string;
  index: number;
}

export interface StageInfo extends Stage {
  /** Index of the earlier stage this one is built FROM, or null for an image. */
  parent: number | null;
  /** 1-based line of the stage's FROM. */
  line: number;
  /** The instructions after the FROM. */
  instructions: Instruction[];
}

/** Splits the instructions into stages; ARGs before the first FROM belong to none. */
export function stagesOf(df: Dockerfile): StageInfo[] {
  const stages: StageInfo[] = [];
  for (const ins of df.getInstructions()) {
    if (ins instanceof From) {
      const from = ins.getImage() ?? '';
      // Docker resolves FROM <name> to a stage only if that stage came earlier.
      const parent = stages.findIndex((s) => s.name === from.toLowerCase());
      const name = ins.getBuildStage()?.toLowerCase() ?? null;
      const line = ins.getRange().start.line + 1;
      stages.push({ name, from, index: stages.length, parent: parent === -1 ? null : parent, line, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(ins);
    }
  }
  return stages;
}
