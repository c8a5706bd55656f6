// One ESM bundle with every library inlined (they are devDependencies), templates shipped beside it.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsdown';

// node-plop's imports of the packages named by the files in src/render/plop-shims/ go to those files.
const SHIMS = new URL('./src/render/plop-shims/', import.meta.url);
const plopShims = new Map(
  readdirSync(SHIMS)
    .filter((f) => f !== 'left-out.ts')
    .map((f) => [f.replace(/\.ts$/, ''), fileURLToPath(new URL(f, SHIMS))]),
);

export default defineConfig({
  entry: { cli: 'src/main.ts', index: 'src/index.ts' },
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
        return (importer?.includes('/node-plop/src/') && plopShims.get(source)) || null;
      },
    },
  ],
});
