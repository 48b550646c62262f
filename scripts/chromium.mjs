/**
 * The one answer to "which Chromium?" for the end-to-end tests, the benches and `npm test`:
 * CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser Playwright installed itself.
 * Playwright cannot download one where GitHub and its CDN are out of reach, so when none is
 * found the error says how to install one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_MISSING =
  'No Chromium was found. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or `npx playwright install chromium` where downloads are allowed, or set CHROMIUM_PATH to a ' +
  'Chromium or Chrome binary.';

/** The path of a usable Chromium, or null. */
export function locateChromium() {
  for (const candidate of [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return null;
}

export function findChromium() {
  const found = locateChromium();
  if (!found) throw new Error(CHROMIUM_MISSING);
  return found;
}

/** Flags for a quiet, offline Chromium: no background traffic to Google, no first-run UI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];
