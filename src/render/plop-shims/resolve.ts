// For plop.load, which pulls generators from other packages.
import { leftOut } from './left-out.js';

export default { sync: leftOut('resolve (plop.load)') };
