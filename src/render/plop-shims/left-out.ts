// node-plop imports these libraries eagerly for features create-multistage never reaches: plop's
// own prompts, string rendering, built-in file actions, plop.load and case helpers. Ours renders
// through one custom "render" action (generators/multistage.ts) with a private Handlebars instance
// (../handlebars.ts), so the bundle (tsdown.config.ts) hands node-plop the modules in this folder
// instead: no run loads or initialises those libraries, and anything that does reach one fails
// loudly instead of misbehaving.
export const leftOut =
  (what: string, instead = 'render through the "render" action') =>
  (): never => {
    throw new Error(`create-multistage bundles node-plop without ${what}: ${instead}`);
  };
