// One ESM bundle with every library inlined (they are devDependencies), templates shipped beside it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsdown';

const plopInquirer = fileURLToPath(new URL('./src/render/plop-inquirer.ts', import.meta.url));

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
      name: 'plop-without-inquirer',
      resolveId(source, importer) {
        if (source === 'inquirer' && importer?.includes('/node-plop/src/')) return plopInquirer;
        return null;
      },
    },
  ],
});
