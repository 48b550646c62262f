import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './electron/shared/csp';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Production builds carry the CSP as a <meta> tag as well as the header, so the page is
 * protected however it is served. Dev builds skip it: Vite's dev client needs inline scripts.
 */
function cspMeta(): Plugin {
  return {
    name: 'circlekeeper-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle zod and the rest into index.js (electron and node: builtins stay external), so the
      // packaged app needs no node_modules at all.
      externalizeDeps: false,
      lib: { entry: resolve('electron/main/index.ts'), formats: ['es'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    plugins: [react(), cspMeta()],
    // The key-derivation worker is started as a module worker (kdf-client.ts).
    worker: { format: 'es' },
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      target: 'chrome120',
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
});
