// node-plop imports these eagerly for features create-multistage never reaches: its built-in
// add/addMany actions (tinyglobby, isbinaryfile), plop.load (resolve) and the case helpers it
// registers for its own string rendering (change-case, title-case). Ours renders through one custom
// action with a private Handlebars instance, so the bundle (tsdown.config.ts) hands node-plop these
// stand-ins instead: every run skips loading and initialising those libraries, and a change that
// does reach one fails loudly here rather than misbehaving.
const leftOut = (what: string) => (): never => {
  throw new Error(`create-multistage bundles node-plop without ${what}: render through the "render" action instead`);
};

export const globSync = leftOut('tinyglobby (the addMany action)');
export const isBinaryFileSync = leftOut('isbinaryfile (the add action)');
export default { sync: leftOut('resolve (plop.load)') };

const caseHelper = leftOut('change-case and title-case (plop\'s case helpers)');
export const camelCase = caseHelper;
export const snakeCase = caseHelper;
export const dotCase = caseHelper;
export const pathCase = caseHelper;
export const sentenceCase = caseHelper;
export const constantCase = caseHelper;
export const kebabCase = caseHelper;
export const pascalCase = caseHelper;
export const titleCase = caseHelper;
