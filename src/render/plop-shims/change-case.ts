// For the case helpers plop registers when it renders a string itself.
import { leftOut } from './left-out.js';

const helper = leftOut("change-case (plop's case helpers)");
export { helper as camelCase, helper as constantCase, helper as dotCase, helper as kebabCase };
export { helper as pascalCase, helper as pathCase, helper as sentenceCase, helper as snakeCase };
