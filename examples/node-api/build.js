// A stand-in for a real build step (tsc, esbuild...): copies src/ to dist/.
import { cpSync } from 'node:fs';

cpSync('src', 'dist', { recursive: true });
