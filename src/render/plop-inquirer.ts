// node-plop imports inquirer eagerly for plop's own generator prompts. Ours has none: questions go
// through src/answers/prompts.ts, which loads inquirer only when one must be asked. The bundle
// (tsdown.config.ts) hands node-plop this module instead, so a flagged run never loads inquirer.
const viaOurPrompts = (): never => {
  throw new Error('create-multistage asks its questions through src/answers/prompts.ts, not plop prompts');
};

export default { prompt: viaOurPrompts, registerPrompt: viaOurPrompts };
