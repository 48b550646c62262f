import type { BrowserWindowConstructorOptions, Event } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  hardenWebContents,
  mainWindowOptions,
  presenterWindowOptions,
  secureWebPreferences,
  type HardenableContents,
} from './window';

const PRELOAD = '/opt/circlekeeper/resources/app.asar/out/preload/index.cjs';
const bounds = { x: 10, y: 20, width: 1200, height: 800 };

const factories: [string, (devTools: boolean) => BrowserWindowConstructorOptions][] = [
  [
    'main window',
    (devTools) => mainWindowOptions({ preload: PRELOAD, devTools, bounds, title: 'Circlekeeper' }),
  ],
  [
    'presenter window',
    (devTools) =>
      presenterWindowOptions({
        preload: PRELOAD,
        devTools,
        bounds,
        title: 'Circlekeeper',
        fullscreen: true,
      }),
  ],
];

describe.each(factories)('%s options (DESIGN.md §4)', (_name, build) => {
  it('carries every security preference in production', () => {
    const prefs = build(false).webPreferences;
    expect(prefs).toBeDefined();
    expect(prefs?.preload).toBe(PRELOAD);
    expect(prefs?.sandbox).toBe(true);
    expect(prefs?.contextIsolation).toBe(true);
    expect(prefs?.nodeIntegration).toBe(false);
    expect(prefs?.nodeIntegrationInWorker).toBe(false);
    expect(prefs?.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs?.webSecurity).toBe(true);
    expect(prefs?.allowRunningInsecureContent).toBe(false);
    expect(prefs?.webviewTag).toBe(false);
    expect(prefs?.spellcheck).toBe(false);
    expect(prefs?.devTools).toBe(false);
    expect(prefs?.backgroundThrottling).toBe(false);
    expect(prefs?.experimentalFeatures).toBe(false);
    expect(prefs?.navigateOnDragDrop).toBe(false);
  });

  it('enables devTools only when asked, and changes nothing else', () => {
    const prod = build(false).webPreferences;
    const dev = build(true).webPreferences;
    expect(dev?.devTools).toBe(true);
    expect({ ...dev, devTools: false }).toEqual(prod);
  });

  it('uses exactly the shared secure preferences', () => {
    expect(build(false).webPreferences).toEqual(secureWebPreferences(PRELOAD, false));
  });

  it('starts hidden at the requested bounds', () => {
    const options = build(false);
    expect(options.show).toBe(false);
    expect(options).toMatchObject(bounds);
    expect(options.title).toBe('Circlekeeper');
  });
});

describe('window-specific options', () => {
  it('gives the main window a minimum size and no fullscreen flag', () => {
    const options = mainWindowOptions({
      preload: PRELOAD,
      devTools: false,
      bounds,
      title: 'Circlekeeper',
    });
    expect(options.minWidth).toBe(720);
    expect(options.minHeight).toBe(520);
    expect(options.fullscreen).toBeUndefined();
    expect(options).not.toHaveProperty('icon');
  });

  it('passes fullscreen and an icon through to the presenter window', () => {
    const full = presenterWindowOptions({
      preload: PRELOAD,
      devTools: false,
      bounds,
      title: 'Circlekeeper',
      fullscreen: true,
      icon: '/icons/ck.png',
    });
    const windowed = presenterWindowOptions({
      preload: PRELOAD,
      devTools: false,
      bounds,
      title: 'Circlekeeper',
      fullscreen: false,
    });
    expect(full.fullscreen).toBe(true);
    expect(full.icon).toBe('/icons/ck.png');
    expect(windowed.fullscreen).toBe(false);
  });
});

type NavListener = (event: Event, url: string) => void;
type AttachListener = (event: Event) => void;

/** A stand-in for WebContents that keeps what hardenWebContents registers. */
function standInContents() {
  const listeners = new Map<string, NavListener | AttachListener>();
  let openHandler: (() => { action: 'deny' }) | null = null;
  const contents: HardenableContents = {
    on(event: string, listener: NavListener | AttachListener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  return {
    contents,
    listeners,
    openHandler: () => openHandler,
  };
}

function fakeEvent(): Event & { prevented: number } {
  const event = {
    prevented: 0,
    get defaultPrevented() {
      return event.prevented > 0;
    },
    preventDefault() {
      event.prevented += 1;
    },
  };
  return event;
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('prevents %s to any url', (name) => {
    const stand = standInContents();
    hardenWebContents(stand.contents);
    const listener = stand.listeners.get(name);
    expect(listener).toBeTypeOf('function');
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://circlekeeper/index.html',
    ]) {
      const event = fakeEvent();
      (listener as NavListener)(event, url);
      expect(event.defaultPrevented).toBe(true);
    }
  });

  it('prevents will-attach-webview', () => {
    const stand = standInContents();
    hardenWebContents(stand.contents);
    const listener = stand.listeners.get('will-attach-webview');
    expect(listener).toBeTypeOf('function');
    const event = fakeEvent();
    (listener as AttachListener)(event);
    expect(event.prevented).toBe(1);
  });

  it('denies every window.open', () => {
    const stand = standInContents();
    hardenWebContents(stand.contents);
    const handler = stand.openHandler();
    expect(handler).not.toBeNull();
    expect(handler?.()).toEqual({ action: 'deny' });
  });
});
