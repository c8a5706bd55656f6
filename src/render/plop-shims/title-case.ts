// For the titleCase helper plop registers when it renders a string itself.
import { leftOut } from './left-out.js';

export const titleCase = leftOut("title-case (plop's titleCase helper)");
