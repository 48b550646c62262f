/**
 * The plumbing of the live-session benches (session-timer, session-tick, session-latency):
 * bench/session built with the app's toolchain and served under the app's CSP (serveDataPage:
 * the Vite settings of bench/lib/vite.mjs, @vitejs/plugin-react, the key-derivation worker), in
 * two builds: the production build the app ships, and a React profiling build for counting
 * renders (react-dom/client → react-dom/profiling, function names kept, the page's DevTools hook
 * on); and the page opened in Chromium on a profile of its own on disk, with calls into its
 * `window.bench` under a time limit.
 */
import { execFile } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import react from '@vitejs/plugin-react';
import { launchPersistentChromium, loadUntilReady } from './browser.mjs';
import { newProfile, serveDataPage } from './vault-page.mjs';

export const SESSION_PAGE_ROOT = fileURLToPath(new URL('../session/', import.meta.url));

/** Electron plays media without a user gesture (its default autoplay policy); so does this. */
const SESSION_CHROMIUM_ARGS = ['--autoplay-policy=no-user-gesture-required'];

/** Setting up (a vault at 64 MiB, the seed, the first render) takes seconds; this is a hang. */
export const SETUP_TIMEOUT_MS = 120_000;

/** The page's build-time switch, and in the profiling build what React DevTools' profiler needs. */
function flavour(profiling) {
  return {
    name: 'circlekeeper-session-bench',
    config: () => ({
      define: { __SESSION_BENCH_PROFILING__: JSON.stringify(profiling) },
      ...(profiling
        ? {
            resolve: {
              alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }],
            },
            // Component names in the report, not minified ones.
            build: { rolldownOptions: { output: { keepNames: true } } },
          }
        : {}),
    }),
  };
}

/** Builds and serves bench/session; returns its URL. */
export function serveSessionPage(ctx, { profiling = false } = {}) {
  return serveDataPage(ctx, {
    root: SESSION_PAGE_ROOT,
    label: profiling ? 'bench/session (React profiling build)' : 'bench/session',
    plugins: [react(), flavour(profiling)],
  });
}

/**
 * Opens the page in a new browser on a new profile on disk (IndexedDB as the app has it) and
 * waits for it to be ready. `call('timer.start', [options])` calls window.bench.timer.start and
 * rejects on a page error or after timeoutMs. The caller closes the page with `close()`.
 */
export async function openSessionPage(ctx, url) {
  const profile = await newProfile(await ctx.tempDir('circlekeeper-session-profiles-'));
  const context = await launchPersistentChromium(profile, SESSION_CHROMIUM_ARGS);
  ctx.defer(() => context.close());
  const { page } = await loadUntilReady(context, url);
  const messages = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = `console ${message.type()}: ${message.text()}`;
    if (messages.length < 50) messages.push(text);
    if (messages.length <= 5) ctx.log(text);
  });
  let fail;
  const failure = new Promise((_, reject) => {
    fail = reject;
  });
  failure.catch(() => {}); // Only observed through the races below.
  page.on('pageerror', (error) => fail(new Error(`page error: ${error.message}`)));
  page.on('crash', () => fail(new Error('the page crashed')));

  const call = async (path, args = [], timeoutMs = SETUP_TIMEOUT_MS) => {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${path} did not finish within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([
        // Runs in the page, where globalThis is its window.
        page.evaluate(
          ({ path: name, values }) => {
            const parts = name.split('.');
            const method = parts.pop();
            const owner = parts.reduce((object, key) => object[key], globalThis.bench);
            return owner[method](...values);
          },
          { path, values: args },
        ),
        failure,
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  };
  return { page, call, messages, close: () => context.close() };
}

/** ms → 0.1 ms: browsers clamp timings to 0.1 ms or coarser; more digits are float noise. */
export const tenth = (ms) => Math.round(ms * 10) / 10;

/** The load average (1, 5, 15 min): the timings are only as good as the machine was quiet. */
export function loadAverage() {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}

/**
 * What was measured: the commit, and the app files changed since (the page is built from the
 * working tree); the load when the bench began, with a warning in the log when the machine is
 * already busier than its cores.
 */
export async function runConditions(ctx) {
  const git = async (args) =>
    (await promisify(execFile)('git', args, { cwd: ctx.repoRoot, timeout: 10_000 })).stdout;
  let source = null;
  try {
    const [commit, changed] = await Promise.all([
      git(['rev-parse', '--short', 'HEAD']),
      git(['status', '--porcelain', '--', 'renderer/src', 'electron/shared']),
    ]);
    source = {
      commit: commit.trim(),
      // "XY path" per line: two status letters, a space, the path.
      uncommittedAppFiles: changed
        .split('\n')
        .filter((line) => line.length > 3)
        .map((line) => line.slice(3)),
    };
  } catch {
    // Not a git checkout: nothing to record.
  }
  const load = loadAverage();
  if ((load[0] ?? 0) > cpus().length)
    ctx.log(
      `the machine is busy (load ${load.join(', ')} on ${cpus().length} CPUs): rerun before believing a miss`,
    );
  if (source && source.uncommittedAppFiles.length > 0)
    ctx.log(`measuring uncommitted app changes: ${source.uncommittedAppFiles.join(', ')}`);
  return { source, loadAverageAtStart: load };
}
