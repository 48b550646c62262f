/**
 * The shared plumbing of the benches that run the app's data layer in a page (bench/vault,
 * bench/plans): building and serving such a page under the app's CSP, giving each sample a
 * browser profile of its own on disk, and calling into the page's `window.bench` with a time
 * limit.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFromHtml } from '../../scripts/serve.mjs';
import { launchPersistentChromium, loadUntilReady } from './browser.mjs';
import { buildPage } from './vite.mjs';

export const VAULT_PAGE_ROOT = fileURLToPath(new URL('../vault/', import.meta.url));

/** Seeding 5,000 notes with a calibrated KDF takes seconds; anything near this is a hang. */
export const CALL_TIMEOUT_MS = 180_000;

/**
 * Builds a page that runs the app's data layer (bench/vault, bench/plans) with the app's
 * toolchain (bench/lib/vite.mjs), the key-derivation worker as an ES module, checks it runs
 * under the app's CSP, and serves it. Returns the page's URL.
 */
export async function serveDataPage(ctx, { root, label, plugins = [] }) {
  const outDir = await buildPage({
    root,
    outDir: await ctx.tempDir('circlekeeper-data-page-'),
    plugins,
    worker: { format: 'es' },
  });
  const assets = await readdir(join(outDir, 'assets'));
  if (!assets.some((file) => file.startsWith('kdf.worker')))
    throw new Error(`${label} built without its key-derivation worker: ${assets.join(', ')}`);

  // The data layer must run under the app's policy (wasm-unsafe-eval, worker-src 'self'); a
  // mismatch means the page's index.html has drifted from electron/shared/csp.ts.
  const [appCsp, pageCsp] = await Promise.all(
    [ctx.rendererDir, outDir].map(async (dir) =>
      cspFromHtml(await readFile(join(dir, 'index.html'), 'utf8')),
    ),
  );
  if (appCsp !== pageCsp) {
    throw new Error(
      `${label}/index.html's CSP differs from the app's.\n  app:  ${appCsp}\n  page: ${pageCsp}`,
    );
  }
  return ctx.serve(outDir);
}

/** bench/vault: the app's data layer behind `window.bench` (vault-unlock, vault-bulk-write). */
export function serveVaultPage(ctx) {
  return serveDataPage(ctx, { root: VAULT_PAGE_ROOT, label: 'bench/vault' });
}

/** A new, empty browser profile directory under root; the caller removes it. */
export function newProfile(root) {
  return mkdtemp(join(root, 'profile-'));
}

export function removeProfile(dir) {
  return rm(dir, { recursive: true, force: true });
}

/**
 * Starts Chromium on `profileDir`, loads the vault page, calls `window.bench[method](...args)`,
 * and closes the browser again (so the profile's IndexedDB is on disk, as after quitting the
 * app). Rejects on a page error or after timeoutMs.
 */
export async function callVaultBench(
  profileDir,
  url,
  method,
  args = [],
  { timeoutMs = CALL_TIMEOUT_MS, log } = {},
) {
  const context = await launchPersistentChromium(profileDir);
  let timer;
  try {
    const { page } = await loadUntilReady(context, url);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        log?.(`console ${message.type()}: ${message.text()} (${message.location().url})`);
    });
    const failed = new Promise((_, reject) => {
      page.on('pageerror', (error) => reject(new Error(`${method}: page error: ${error.message}`)));
      timer = setTimeout(
        () => reject(new Error(`${method} did not finish within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
    });
    failed.catch(() => {}); // Only observed through the race below.
    return await Promise.race([
      // Runs in the page, where globalThis is its window.
      page.evaluate(({ name, values }) => globalThis.bench[name](...values), {
        name: method,
        values: args,
      }),
      failed,
    ]);
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}
