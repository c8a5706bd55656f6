// handlebars declares its runtime build as an empty module. Its create() makes the same environment
// as the full build's, less compile(), which handlebars.ts calls only on the full build's.
declare module 'handlebars/runtime' {
  import type Handlebars from 'handlebars';
  const runtime: Pick<typeof Handlebars, 'create'>;
  export default runtime;
}
