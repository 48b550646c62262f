/**
 * Debian's Chromium driven by Playwright, the same browser for every bench, and the one way a
 * bench loads a page and waits for the app's readiness signal.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export { CHROMIUM_ARGS };
export const CHROMIUM_PATH = findChromium();

/** The selector and mark that renderer/src/app/App.tsx and bench/hello/main.tsx both set. */
export const READY_SELECTOR = 'html[data-ready="true"]';
export const READY_MARK = 'circlekeeper:interactive';

export const LOAD_TIMEOUT_MS = 30_000;

export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/**
 * A browser with a profile of its own in userDataDir, for benches that need storage on disk as
 * the app has it: contexts from launchChromium are incognito-like, and their IndexedDB lives in
 * memory. Closing the returned context closes the browser; relaunching on the same directory
 * is how a bench restarts "the app" with its data. The caller closes it.
 */
export function launchPersistentChromium(userDataDir, extraArgs = []) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** The version without launching a browser, for benches that never open one. */
export async function chromiumVersionFromBinary() {
  try {
    const { stdout } = await promisify(execFile)(CHROMIUM_PATH, ['--version'], { timeout: 10_000 });
    return /\d+(?:\.\d+){3}/.exec(stdout)?.[0] ?? stdout.trim();
  } catch {
    return null;
  }
}

/**
 * Opens url in a page of `context` and resolves once the page has set its readiness attribute,
 * returning the ready mark's time (ms since navigation start). Uncaught page errors fail the
 * load at once instead of after the timeout, with the error in the message. The caller owns the
 * context and closes it.
 */
export async function loadUntilReady(context, url, { timeout = LOAD_TIMEOUT_MS } = {}) {
  const page = await context.newPage();
  let rejectOnError;
  const pageError = new Promise((_, reject) => {
    rejectOnError = reject;
  });
  pageError.catch(() => {}); // Only observed through the race below.
  page.on('pageerror', (error) =>
    rejectOnError(new Error(`${url} threw before it was ready: ${error.message}`)),
  );

  await Promise.race([
    (async () => {
      // 'commit' because readiness is our own signal, not the load event.
      await page.goto(url, { waitUntil: 'commit', timeout });
      await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout });
    })(),
    pageError,
  ]);
  const { readyAt, domContentLoaded } = await page.evaluate((mark) => {
    const navigation = performance.getEntriesByType('navigation')[0];
    return {
      readyAt: performance.getEntriesByName(mark)[0]?.startTime ?? null,
      // Module scripts run before DOMContentLoaded, so this splits "load and evaluate the JS"
      // from "asynchronous start-up and first render" (the rest, up to readyAt).
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? null,
    };
  }, READY_MARK);
  if (typeof readyAt !== 'number')
    throw new Error(`${url} became ready without the "${READY_MARK}" performance mark.`);
  return { page, readyAt, domContentLoaded };
}
