// Loaded with `node --import`: appends every module URL the process loads to $TRACE_IMPORTS_FILE.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, next) {
      appendFileSync(process.env.TRACE_IMPORTS_FILE, url + '\\n');
      return next(url, context);
    }`)}`,
);
