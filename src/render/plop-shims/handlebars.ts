// For plop's renderString: ../handlebars.ts loads the compiler only for templates not precompiled.
import { leftOut } from './left-out.js';

const render = leftOut('handlebars (plop.renderString)');
export default { compile: render, registerHelper: render, registerPartial: render };
