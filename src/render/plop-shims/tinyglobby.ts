// For the built-in addMany action.
import { leftOut } from './left-out.js';

export const globSync = leftOut('tinyglobby (the addMany action)');
