/**
 * Builds a bench page with the app's renderer toolchain and settings: Vite, minified, target
 * chrome120, relative base and no module-preload polyfill (the two defaults electron-vite gives
 * the app's renderer build). Every page a bench builds goes through here, so they stay alike.
 */
import { build } from 'vite';

export async function buildPage({ root, outDir, plugins = [], worker }) {
  await build({
    configFile: false, // Never pick up a config file: the settings below are the whole recipe.
    root,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins,
    ...(worker ? { worker } : {}),
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
