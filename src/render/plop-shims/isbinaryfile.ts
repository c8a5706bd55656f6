// For the built-in add and addMany actions.
import { leftOut } from './left-out.js';

export const isBinaryFileSync = leftOut('isbinaryfile (the add action)');
