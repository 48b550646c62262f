/**
 * Host for a plain browser (the local preview and the end-to-end tests): downloads instead of
 * save dialogs, the print dialog instead of printToPDF, window.open and a BroadcastChannel for
 * the room display, the Screen Wake Lock API, and Page Lifecycle events for sleep and wake.
 */
import type { PresenterState } from '../../../electron/shared/presenter';
import { err, ok, type Host, type HostResult, type PowerEvent } from './host';

export const PRESENTER_CHANNEL = 'circlekeeper-presenter';
export const PRESENTER_WINDOW_NAME = 'circlekeeper-presenter';
/** Longer than the one-minute timer throttling of a hidden tab, so only real sleep counts. */
const SLEEP_GAP_MS = 65_000;
const CLOCK_CHECK_MS = 5_000;

type PresenterMessage =
  { type: 'state'; state: PresenterState } | { type: 'hello' } | { type: 'bye' };

function acceptOf(filters: readonly { extensions: readonly string[] }[] | undefined): string {
  return (filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

export function createBrowserHost(win: Window, version: string): Host {
  const doc = win.document;
  let wakeLock: WakeLockSentinel | null = null;
  let wantAwake = false;
  let presenterWindow: Window | null = null;
  let lastState: PresenterState | null = null;
  let channel: BroadcastChannel | null = null;
  const closedListeners = new Set<() => void>();

  const presenterChannel = (): BroadcastChannel => {
    if (channel) return channel;
    const created = new BroadcastChannel(PRESENTER_CHANNEL);
    created.addEventListener('message', (event: MessageEvent<PresenterMessage>) => {
      if (event.data.type === 'hello' && lastState)
        created.postMessage({ type: 'state', state: lastState });
      if (event.data.type === 'bye') {
        presenterWindow = null;
        for (const listener of closedListeners) listener();
      }
    });
    channel = created;
    return created;
  };

  const acquireWakeLock = async (): Promise<boolean> => {
    if (!('wakeLock' in win.navigator)) return false;
    try {
      wakeLock = await win.navigator.wakeLock.request('screen');
      wakeLock.addEventListener('release', () => {
        wakeLock = null;
      });
      return true;
    } catch {
      return false;
    }
  };
  // The browser releases a wake lock whenever the page is hidden; take it back on return.
  doc.addEventListener('visibilitychange', () => {
    if (wantAwake && !wakeLock && doc.visibilityState === 'visible') void acquireWakeLock();
  });

  return {
    kind: 'browser',
    appInfo: async () =>
      ok({
        name: 'Circlekeeper',
        version,
        platform: 'web',
        osLanguages: [...win.navigator.languages],
      }),
    setLanguage: async () => ok(null),
    onPowerEvent(listener: (event: PowerEvent) => void) {
      const onFreeze = () => listener('suspend');
      const onResume = () => listener('resume');
      doc.addEventListener('freeze', onFreeze);
      doc.addEventListener('resume', onResume);
      // A laptop that slept leaves a gap in wall-clock time that no browser event reports.
      let last = Date.now();
      const timer = win.setInterval(() => {
        const now = Date.now();
        if (now - last > SLEEP_GAP_MS) listener('resume');
        last = now;
      }, CLOCK_CHECK_MS);
      return () => {
        doc.removeEventListener('freeze', onFreeze);
        doc.removeEventListener('resume', onResume);
        win.clearInterval(timer);
      };
    },
    async keepAwake(on) {
      wantAwake = on;
      if (!on) {
        await wakeLock?.release();
        wakeLock = null;
        return ok(false);
      }
      if (wakeLock) return ok(true);
      return (await acquireWakeLock())
        ? ok(true)
        : err('unsupported', 'This browser cannot keep the screen awake.');
    },
    async saveFile({ suggestedName, data }) {
      const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)]);
      const url = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      doc.body.append(link);
      link.click();
      link.remove();
      win.setTimeout(() => URL.revokeObjectURL(url), 1000);
      return ok({ saved: true, fileName: suggestedName });
    },
    openFile({ filters, maxBytes }) {
      return new Promise<HostResult<{ name: string; data: Uint8Array } | null>>((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = acceptOf(filters);
        input.hidden = true;
        const done = (result: HostResult<{ name: string; data: Uint8Array } | null>) => {
          input.remove();
          resolve(result);
        };
        input.addEventListener('cancel', () => done(ok(null)));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return done(ok(null));
          if (file.size > maxBytes) return done(err('too-large', `${file.name} is too large.`));
          file.arrayBuffer().then(
            (buffer) => done(ok({ name: file.name, data: new Uint8Array(buffer) })),
            () => done(err('io', `Could not read ${file.name}.`)),
          );
        });
        doc.body.append(input);
        input.click();
      });
    },
    async printToPdf({ suggestedName }) {
      // Browsers offer the document title as the PDF's file name.
      const title = doc.title;
      doc.title = suggestedName.replace(/\.pdf$/i, '');
      try {
        win.print();
      } finally {
        doc.title = title;
      }
      return ok({ saved: 'print-dialog' });
    },
    presenter: {
      async open() {
        presenterChannel();
        if (presenterWindow && !presenterWindow.closed) {
          presenterWindow.focus();
          return ok('same-screen');
        }
        const url = `${win.location.pathname}${win.location.search}#/presenter`;
        const opened = win.open(url, PRESENTER_WINDOW_NAME, 'popup,width=960,height=540');
        if (!opened) return err('unavailable', 'The browser did not open the window.');
        presenterWindow = opened;
        return ok('same-screen');
      },
      async close() {
        presenterWindow?.close();
        presenterWindow = null;
        return ok(null);
      },
      async update(state) {
        lastState = state;
        presenterChannel().postMessage({ type: 'state', state } satisfies PresenterMessage);
        return ok(null);
      },
      onClosed(listener) {
        presenterChannel();
        closedListeners.add(listener);
        return () => closedListeners.delete(listener);
      },
      onState(listener) {
        const own = new BroadcastChannel(PRESENTER_CHANNEL);
        own.addEventListener('message', (event: MessageEvent<PresenterMessage>) => {
          if (event.data.type === 'state') listener(event.data.state);
        });
        const bye = () => own.postMessage({ type: 'bye' } satisfies PresenterMessage);
        win.addEventListener('pagehide', bye);
        own.postMessage({ type: 'hello' } satisfies PresenterMessage);
        return () => {
          win.removeEventListener('pagehide', bye);
          own.close();
        };
      },
    },
    // A page cannot write into a folder unasked: automatic backups are offered as downloads.
    backupFolder: {
      choose: async () => err('unsupported', 'A browser cannot keep a backup folder.'),
      current: async () => err('unsupported', 'A browser cannot keep a backup folder.'),
      write: async () => err('unsupported', 'A browser cannot write into a folder.'),
    },
  };
}
