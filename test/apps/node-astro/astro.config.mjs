import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

// Every page is rendered on request by the standalone server that `astro build` writes.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
});
