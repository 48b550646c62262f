/**
 * The BrowserWindow factory. Every window of the app (the facilitator's and the room's) gets
 * its security preferences here and only here (DESIGN.md §4).
 */
import type { BrowserWindowConstructorOptions, Event, WebPreferences } from 'electron';
import type { Rect } from './seam';

export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools,
    // Agenda timers and chimes must keep their pace when the window is hidden or minimised.
    backgroundThrottling: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

export interface WindowOptionsInput {
  readonly preload: string;
  readonly devTools: boolean;
  readonly bounds: Partial<Rect> & { width: number; height: number };
  readonly title: string;
  readonly icon?: string;
}

export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: 720,
    minHeight: 520,
    title: input.title,
    ...(input.icon ? { icon: input.icon } : {}),
    show: false,
    backgroundColor: '#f6f3ee',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(input.preload, input.devTools),
  };
}

export function presenterWindowOptions(
  input: WindowOptionsInput & { fullscreen: boolean },
): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    title: input.title,
    ...(input.icon ? { icon: input.icon } : {}),
    show: false,
    fullscreen: input.fullscreen,
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(input.preload, input.devTools),
  };
}

/** The part of WebContents that hardening touches, so tests can pass a stand-in. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: Event, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: Event) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/** Applied to every webContents the app creates (app 'web-contents-created'). */
export function hardenWebContents(contents: HardenableContents): void {
  // Hash routes do not navigate; anything that would is a page trying to leave the app.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
