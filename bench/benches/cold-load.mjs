/**
 * Cold load of the built renderer to its first interactive screen, as a ratio to a bare React
 * "hello" page built with the same toolchain in the same run (DESIGN.md §6). A ratio, because
 * absolute milliseconds on a shared 2-core machine say more about the machine than the app.
 *
 * Each sample is a fresh browser context (empty HTTP cache, no storage) that loads the page and
 * reads the `circlekeeper:interactive` mark: ms from navigation start to the first screen's mount.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cspFromHtml } from '../../scripts/serve.mjs';
import { loadUntilReady } from '../lib/browser.mjs';
import { buildHello } from '../lib/hello.mjs';
import { median, summary } from '../lib/stats.mjs';

export const name = 'cold-load';
export const budget = 'app / hello median time to interactive ≤ 2.0×';

const MAX_RATIO = 2.0;
const DEFAULT_SAMPLES = 15;

/** Browsers clamp performance timings to 0.1 ms or coarser; more digits are float noise. */
const tenth = (ms) => Math.round(ms * 10) / 10;

async function sample(browser, url) {
  const context = await browser.newContext();
  try {
    const { readyAt, domContentLoaded } = await loadUntilReady(context, url);
    return {
      readyAt: tenth(readyAt),
      domContentLoaded: domContentLoaded === null ? null : tenth(domContentLoaded),
    };
  } finally {
    await context.close();
  }
}

export async function run(ctx) {
  const samplesPerPage = ctx.samples ?? DEFAULT_SAMPLES;
  const helloDir = await buildHello(await ctx.tempDir('circlekeeper-hello-'));

  // Both pages run under the same policy, so the baseline is a fair one; a mismatch means
  // bench/hello/index.html has drifted from electron/shared/csp.ts.
  const [appCsp, helloCsp] = await Promise.all(
    [ctx.rendererDir, helloDir].map(async (dir) =>
      cspFromHtml(await readFile(join(dir, 'index.html'), 'utf8')),
    ),
  );
  if (appCsp !== helloCsp) {
    throw new Error(
      `bench/hello/index.html's CSP differs from the app's.\n  app:   ${appCsp}\n  hello: ${helloCsp}`,
    );
  }

  const pages = { app: await ctx.serve(ctx.rendererDir), hello: await ctx.serve(helloDir) };
  const browser = await ctx.launchBrowser();

  // One discarded load each: the first page a fresh browser loads pays one-off start-up costs.
  await sample(browser, pages.app);
  await sample(browser, pages.hello);

  // Interleaved so machine noise lands on both pages, alternating which goes first (ABBA…) so
  // neither always runs right after the other.
  const runs = { app: [], hello: [] };
  for (let i = 0; i < samplesPerPage; i += 1) {
    const order = i % 2 === 0 ? ['app', 'hello'] : ['hello', 'app'];
    for (const key of order) runs[key].push(await sample(browser, pages[key]));
  }

  const samples = { app: runs.app.map((r) => r.readyAt), hello: runs.hello.map((r) => r.readyAt) };
  const domContentLoaded = {
    app: runs.app.map((r) => r.domContentLoaded),
    hello: runs.hello.map((r) => r.domContentLoaded),
  };
  const medians = { app: median(samples.app), hello: median(samples.hello) };
  const ratio = medians.app / medians.hello;
  // Not budgeted: the i-th app and hello loads ran back to back, so the median of their ratios
  // cancels slow spells of the machine better; a big gap between the two ratios flags a noisy run.
  const pairedRatio = median(samples.app.map((app, i) => app / samples.hello[i]));
  const dclMedians = {
    app: median(domContentLoaded.app.filter((t) => t !== null)),
    hello: median(domContentLoaded.hello.filter((t) => t !== null)),
  };

  ctx.log(
    `app: DOMContentLoaded ${dclMedians.app.toFixed(1)} ms → interactive ${medians.app.toFixed(1)} ms (medians of ${samplesPerPage})`,
  );
  ctx.log(
    `hello: DOMContentLoaded ${dclMedians.hello.toFixed(1)} ms → interactive ${medians.hello.toFixed(1)} ms`,
  );
  return {
    figures: [
      {
        id: 'ratio',
        label: 'app / hello (ratio of medians)',
        value: ratio,
        unit: '×',
        max: MAX_RATIO,
      },
      {
        id: 'pairedRatio',
        label: 'app / hello (median paired ratio)',
        value: pairedRatio,
        unit: '×',
      },
      { id: 'app', label: 'app to interactive (median)', value: medians.app, unit: 'ms' },
      { id: 'hello', label: 'hello to interactive (median)', value: medians.hello, unit: 'ms' },
    ],
    medians: { ...medians, ratio, pairedRatio, domContentLoaded: dclMedians },
    samples: { ...samples, domContentLoaded },
    details: {
      app: summary(samples.app),
      hello: summary(samples.hello),
      samplesPerPage,
      order: 'warm-up app+hello, then ABBA interleaving',
    },
  };
}
