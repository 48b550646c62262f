/**
 * The end-to-end fixtures every spec uses:
 * - a fresh browser profile directory per test (a persistent Chromium context on it);
 * - a recorder of every request any page makes, asserting none leaves the app's origin;
 * - a collector of page errors, console errors and CSP violations, asserting there are none;
 * - axe-core checks (no serious or critical violations) for every screen a spec visits;
 * - a canary scan of the profile directory;
 * - for the "desktop" project, window.desktop built by the real preload API and routed to the
 *   real main-process dispatcher and handlers running here in Node (DESIGN.md §7).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import { createDispatcher } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { scanForCanaries, type CanaryHit } from './canary';
import { createDesktopControls, type DesktopControls } from './e2e-seam';
import { requestsLeavingOrigin } from './requests';

export type HostKind = 'browser' | 'desktop';

export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

let bridgeScript: Promise<string> | null = null;
/** Bundles desktop-bridge.entry.ts (and the real preload API it imports) into one script. */
function desktopBridgeScript(): Promise<string> {
  bridgeScript ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('./desktop-bridge.entry.ts', import.meta.url)),
        formats: ['iife'],
        name: 'circlekeeperDesktopBridge',
      },
    },
  }).then((result) => {
    const outputs = Array.isArray(result) ? result : [result];
    for (const output of outputs) {
      if ('output' in output) {
        const chunk = output.output.find((o) => o.type === 'chunk');
        if (chunk && 'code' in chunk) return chunk.code;
      }
    }
    throw new Error('Bundling the desktop bridge produced no code.');
  });
  return bridgeScript;
}

interface Fixtures {
  profileDir: string;
  requests: string[];
  pageProblems: string[];
  desktop: DesktopControls | null;
  expectAccessible: (page?: Page) => Promise<void>;
  closeAndScan: (canaries: readonly string[]) => Promise<CanaryHit[]>;
  /** Full page by default; a dialog is better seen as the window shows it (`fullPage: false`). */
  saveScreenshot: (name: string, page?: Page, options?: { fullPage?: boolean }) => Promise<string>;
}

interface Options {
  hostKind: HostKind;
}

export const test = base.extend<Fixtures & Options>({
  hostKind: ['browser', { option: true }],

  profileDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'circlekeeper-profile-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  requests: async ({}, use) => {
    await use([]);
  },

  pageProblems: async ({}, use) => {
    await use([]);
  },

  desktop: async ({ hostKind, profileDir, baseURL, locale }, use) => {
    if (hostKind !== 'desktop') {
      await use(null);
      return;
    }
    const saveDir = `${profileDir}-files`;
    await mkdir(saveDir, { recursive: true });
    await use(
      createDesktopControls({ baseURL: baseURL ?? '', saveDir, osLanguages: [locale ?? 'en-US'] }),
    );
    await rm(saveDir, { recursive: true, force: true });
  },

  context: async (
    {
      profileDir,
      locale,
      viewport,
      baseURL,
      colorScheme,
      reducedMotion,
      desktop,
      requests,
      pageProblems,
    },
    use,
  ) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
      executablePath: findChromium(),
      headless: true,
      args: [...CHROMIUM_ARGS],
      ...(locale ? { locale } : {}),
      ...(viewport ? { viewport } : {}),
      ...(baseURL ? { baseURL } : {}),
      ...(colorScheme ? { colorScheme } : {}),
      ...(reducedMotion ? { reducedMotion } : {}),
    });
    context.on('request', (request) => requests.push(request.url()));
    const watch = (page: Page) => {
      page.on('pageerror', (error) =>
        pageProblems.push(`page error: ${error.name}: ${error.message}`),
      );
      page.on('console', (message) => {
        if (message.type() === 'error') pageProblems.push(`console error: ${message.text()}`);
      });
    };
    context.on('page', watch);
    context.pages().forEach(watch);
    // Reported as console errors by the listener above, with what was blocked.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    if (desktop) {
      desktop.bind(context);
      const dispatch = createDispatcher(createHandlers(desktop.seam), [origin]);
      let nextId = 1;
      const ids = new WeakMap<Page, number>();
      await context.exposeBinding(
        '__circlekeeperInvoke',
        (source, channel: string, payload: unknown) => {
          const page = source.page;
          if (!ids.has(page)) ids.set(page, nextId++);
          return dispatch(
            channel,
            {
              url: source.frame.url(),
              contentsId: ids.get(page) ?? 0,
              printToPdf: async ({ landscape, pageSize }) =>
                new Uint8Array(await page.pdf({ landscape, format: pageSize })),
            },
            payload,
          );
        },
      );
      await context.addInitScript({ content: await desktopBridgeScript() });
    }
    await use(context);
    await context.close();
    expect(requestsLeavingOrigin(requests, origin), 'requests that left the app').toEqual([]);
    expect(pageProblems, 'errors in the page').toEqual([]);
  },

  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },

  expectAccessible: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        );
      expect(serious, `axe violations on ${target.url()}`).toEqual([]);
    });
  },

  closeAndScan: async ({ context, profileDir }, use) => {
    await use(async (canaries) => {
      // Closing flushes Chromium's storage to disk.
      await context.close();
      return scanForCanaries(profileDir, canaries);
    });
  },

  saveScreenshot: async ({ page }, use, testInfo) => {
    await use(async (name, target = page, options = {}) => {
      const path = join(ARTIFACTS, 'screenshots', `${testInfo.project.name}-${name}.png`);
      await target.screenshot({ path, fullPage: options.fullPage ?? true });
      return path;
    });
  },
});

export { expect };
