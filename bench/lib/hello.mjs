/**
 * Builds bench/hello, the cold-load baseline, with the app's renderer toolchain and settings
 * (bench/lib/vite.mjs) plus @vitejs/plugin-react, as the app's renderer build has.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { buildPage } from './vite.mjs';

export const HELLO_ROOT = fileURLToPath(new URL('../hello/', import.meta.url));

export function buildHello(outDir) {
  return buildPage({ root: HELLO_ROOT, outDir, plugins: [react()] });
}
