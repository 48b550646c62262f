/** Chooses the Host once, at start-up: the only place that looks for `window.desktop`. */
import { createBrowserHost } from './browser-host';
import { createDesktopHost } from './desktop-host';
import type { Host } from './host';

export function detectHost(win: Window, version: string): Host {
  return win.desktop ? createDesktopHost(win.desktop) : createBrowserHost(win, version);
}

export type { Host } from './host';
