/**
 * Builds bench/hello, the cold-load baseline, with the app's renderer toolchain and settings:
 * Vite + @vitejs/plugin-react, minified, target chrome120, relative base and no module-preload
 * polyfill (the two defaults electron-vite gives the app's renderer build).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

export const HELLO_ROOT = fileURLToPath(new URL('../hello/', import.meta.url));

export async function buildHello(outDir) {
  await build({
    configFile: false, // Never pick up a config file: the settings below are the whole recipe.
    root: HELLO_ROOT,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      target: 'chrome120',
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
    },
  });
  return outDir;
}
