/**
 * The ElectronSeam for the "desktop" end-to-end project: the real handlers run in Node, and
 * what Electron would do is done by the test browser: dialogs answer with paths in the test's
 * own folder, the presenter display is another page, broadcasts are delivered to every page,
 * and printToPDF is Chromium's own PDF printing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { EventName, EventPayloads, PowerEvent } from '../../../electron/shared/ipc-contract';
import type { Language } from '../../../electron/shared/languages';
import type {
  DisplayInfo,
  ElectronSeam,
  PresenterWindow,
  Rect,
  SenderRef,
} from '../../../electron/main/seam';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export interface DesktopControls {
  readonly seam: ElectronSeam;
  /** The path the next open dialog "picks"; null means the facilitator cancels. */
  nextOpenPath: string | null;
  /** The folder the next folder dialog "picks" (it must exist); null means cancel. */
  nextFolderPath: string | null;
  /** Where save dialogs "save". */
  readonly saveDir: string;
  readonly menuLanguages: Language[];
  readonly keepAwakeBlockers: Set<number>;
  /** The screens connected; a test adds a projector by pushing a second one. */
  readonly displays: DisplayInfo[];
  /** How each presenter window was asked to open (where, and whether full screen). */
  readonly presenterOpenings: { bounds: Rect; fullscreen: boolean }[];
  emitPower(event: PowerEvent): Promise<void>;
  bind(context: BrowserContext): void;
}

async function emit(page: Page, event: string, payload: unknown): Promise<void> {
  if (page.isClosed()) return;
  await page
    .evaluate(([e, p]) => window.__circlekeeperEmit?.(e, p), [event, payload] as const)
    .catch(() => undefined);
}

export function createDesktopControls(options: {
  baseURL: string;
  saveDir: string;
  osLanguages: readonly string[];
}): DesktopControls {
  let context: BrowserContext | null = null;
  let powerListener: ((event: PowerEvent) => void) | null = null;
  let nextBlocker = 1;
  const pages = () => context?.pages() ?? [];

  const controls: DesktopControls = {
    nextOpenPath: null,
    nextFolderPath: null,
    saveDir: options.saveDir,
    menuLanguages: [],
    keepAwakeBlockers: new Set(),
    displays: [
      {
        id: 1,
        bounds: { x: 0, y: 0, width: 1280, height: 800 },
        workArea: { x: 0, y: 0, width: 1280, height: 770 },
      },
    ],
    presenterOpenings: [],
    bind(bound) {
      context = bound;
    },
    async emitPower(event) {
      powerListener?.(event);
      await Promise.resolve();
    },
    seam: {
      app: {
        name: 'Circlekeeper',
        version: pkg.version,
        platform: process.platform,
        preferredLanguages: () => options.osLanguages,
        userDataDir: join(options.saveDir, '.user-data'),
      },
      showSaveDialog: async (_sender: SenderRef, { defaultName }) =>
        join(options.saveDir, defaultName),
      showOpenDialog: async () => controls.nextOpenPath,
      showFolderDialog: async () => controls.nextFolderPath,
      power: {
        startDisplaySleepBlocker: () => {
          const id = nextBlocker++;
          controls.keepAwakeBlockers.add(id);
          return id;
        },
        stopBlocker: (id) => controls.keepAwakeBlockers.delete(id),
        onEvent: (listener) => {
          powerListener = listener;
        },
      },
      screen: {
        displays: () => [...controls.displays],
        primaryDisplayId: () => 1,
      },
      openPresenterWindow(how): PresenterWindow {
        controls.presenterOpenings.push({ bounds: how.bounds, fullscreen: how.fullscreen });
        if (!context) throw new Error('The desktop controls are not bound to a browser context.');
        const ready: (() => void)[] = [];
        const closed: (() => void)[] = [];
        const opening = context.newPage().then(async (page) => {
          page.on('close', () => closed.forEach((l) => l()));
          page.on('load', () => ready.forEach((l) => l()));
          await page.goto(`${options.baseURL}#/presenter`);
          return page;
        });
        return {
          send: (state) => void opening.then((page) => emit(page, 'presenter:state', state)),
          focus: () => void opening.then((page) => page.bringToFront()),
          close: () => void opening.then((page) => page.close()),
          onReady: (listener) => ready.push(listener),
          onClosed: (listener) => closed.push(listener),
        };
      },
      broadcast<E extends EventName>(event: E, payload: EventPayloads[E]) {
        for (const page of pages()) void emit(page, event, payload);
      },
      setMenuLanguage: (language) => {
        controls.menuLanguages.push(language);
      },
    },
  };
  return controls;
}
