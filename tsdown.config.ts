// One ESM bundle with every library inlined (they are devDependencies), templates shipped beside it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsdown';

const shim = (file: string) => fileURLToPath(new URL(`./src/render/${file}`, import.meta.url));
// What node-plop imports, swapped for our stand-ins (each file says why).
const PLOP_SHIMS: Record<string, string> = {
  inquirer: shim('plop-inquirer.ts'),
  ...Object.fromEntries(['tinyglobby', 'isbinaryfile', 'resolve', 'change-case', 'title-case'].map((id) => [id, shim('plop-unused.ts')])),
};

export default defineConfig({
  entry: { cli: 'src/cli.ts', index: 'src/index.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  minify: true,
  dts: { entry: 'src/index.ts' },
  plugins: [
    {
      name: 'plop-shims',
      resolveId(source, importer) {
        return (importer?.includes('/node-plop/src/') && PLOP_SHIMS[source]) || null;
      },
    },
  ],
});
