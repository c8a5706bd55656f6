#!/usr/bin/env node
// Thin launcher for the bundled CLI in dist/ (built by `npm run build`, run automatically by `npm ci`).
import module from 'node:module';

// Node 22+ caches compiled code between runs; on Node 20 this is absent and skipped.
module.enableCompileCache?.();

const { main } = await import('../dist/cli.mjs');
process.exitCode = await main(process.argv.slice(2));
