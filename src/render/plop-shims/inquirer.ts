// Questions go through src/answers/prompts.ts, which loads inquirer only when one must be asked.
import { leftOut } from './left-out.js';

const prompts = leftOut('inquirer (plop prompts)', 'questions go through src/answers/prompts.ts');
export default { prompt: prompts, registerPrompt: prompts };
