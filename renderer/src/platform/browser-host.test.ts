// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PresenterState } from '../../../electron/shared/presenter';
import { createBrowserHost, PRESENTER_WINDOW_NAME } from './browser-host';

const state: PresenterState = {
  mode: 'test',
  language: 'en',
  itemTitle: null,
  remainingMs: 300_000,
  sessionElapsedMs: 0,
  nextItemTitle: null,
  nextSpeakerAlias: null,
  prompt: null,
  flash: null,
  asOf: 1,
  running: true,
};

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('BrowserHost', () => {
  it('has no backup folder: automatic backups are offered as downloads instead', async () => {
    const host = createBrowserHost(window, '1.2.3');
    const code = (result: { ok: boolean; error?: { code: string } }) => result.error?.code;
    expect(code(await host.backupFolder.choose())).toBe('unsupported');
    expect(code(await host.backupFolder.current())).toBe('unsupported');
    expect(
      code(
        await host.backupFolder.write({
          fileName: 'circlekeeper-abc-20261122-083015.ckbackup',
          data: 'x',
          keep: 10,
        }),
      ),
    ).toBe('unsupported');
    expect(document.body.innerHTML).toBe('');
  });

  it('reports the app version, the web platform and the browser languages', async () => {
    const host = createBrowserHost(window, '1.2.3');
    const info = await host.appInfo();
    expect(info).toEqual({
      ok: true,
      value: {
        name: 'Circlekeeper',
        version: '1.2.3',
        platform: 'web',
        osLanguages: [...navigator.languages],
      },
    });
    expect(host.kind).toBe('browser');
  });

  it('saves a file as a download with the suggested name', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this);
    });
    const host = createBrowserHost(window, 'x');
    const result = await host.saveFile({ suggestedName: 'plan.md', data: '# Plan' });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'plan.md' } });
    expect(clicks).toHaveLength(1);
    expect(clicks[0]?.download).toBe('plan.md');
    expect(clicks[0]?.href).toBe('blob:test/1');
    expect(await created[0]?.text()).toBe('# Plan');
    expect(document.querySelector('a')).toBeNull();
  });

  function pickFile(file: File | null) {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      setTimeout(() => {
        if (!file) {
          this.dispatchEvent(new Event('cancel'));
          return;
        }
        Object.defineProperty(this, 'files', { value: [file] });
        this.dispatchEvent(new Event('change'));
      }, 0);
    });
  }

  it('opens a picked file, limited to the filters’ extensions', async () => {
    pickFile(new File([new Uint8Array([1, 2, 3])], 'backup.ckb'));
    const host = createBrowserHost(window, 'x');
    const pending = host.openFile({
      maxBytes: 10,
      filters: [{ name: 'Backup', extensions: ['ckb'] }],
    });
    expect(document.querySelector('input[type=file]')?.getAttribute('accept')).toBe('.ckb');
    const result = await pending;
    expect(result.ok && result.value?.name).toBe('backup.ckb');
    expect(result.ok && [...(result.value?.data ?? [])]).toEqual([1, 2, 3]);
    expect(document.querySelector('input')).toBeNull();
  });

  it('refuses a file larger than asked for, and reports a cancelled picker as null', async () => {
    pickFile(new File([new Uint8Array(11)], 'big.ckb'));
    const host = createBrowserHost(window, 'x');
    const big = await host.openFile({ maxBytes: 10 });
    expect(big.ok).toBe(false);
    expect(!big.ok && big.error.code).toBe('too-large');
    vi.restoreAllMocks();
    pickFile(null);
    expect(await host.openFile({ maxBytes: 10 })).toEqual({ ok: true, value: null });
  });

  it('prints through the print dialog with the file name as the title, then restores it', async () => {
    document.title = 'Run a session';
    let titleDuringPrint = '';
    window.print = vi.fn(() => {
      titleDuringPrint = document.title;
    });
    const host = createBrowserHost(window, 'x');
    const result = await host.printToPdf({ suggestedName: 'Run sheet.pdf' });
    expect(result).toEqual({ ok: true, value: { saved: 'print-dialog' } });
    expect(titleDuringPrint).toBe('Run sheet');
    expect(document.title).toBe('Run a session');
  });

  it('holds and releases a screen wake lock, and says when the browser has none', async () => {
    const release = vi.fn(async () => undefined);
    const request = vi.fn(async () => ({ release, addEventListener: vi.fn() }));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    const host = createBrowserHost(window, 'x');
    expect(await host.keepAwake(true)).toEqual({ ok: true, value: true });
    expect(await host.keepAwake(true)).toEqual({ ok: true, value: true });
    expect(request).toHaveBeenCalledTimes(1);
    expect(await host.keepAwake(false)).toEqual({ ok: true, value: false });
    expect(release).toHaveBeenCalledTimes(1);
    Reflect.deleteProperty(navigator, 'wakeLock');
    const bare = createBrowserHost(window, 'x');
    const refused = await bare.keepAwake(true);
    expect(!refused.ok && refused.error.code).toBe('unsupported');
  });

  it('turns page freeze/resume and a long wall-clock gap into power events', () => {
    vi.useFakeTimers({ now: 0 });
    const host = createBrowserHost(window, 'x');
    const events: string[] = [];
    const stop = host.onPowerEvent((e) => events.push(e));
    document.dispatchEvent(new Event('freeze'));
    document.dispatchEvent(new Event('resume'));
    vi.advanceTimersByTime(5_000);
    expect(events).toEqual(['suspend', 'resume']);
    // The laptop slept: timers did not run while the wall clock jumped ten minutes.
    vi.setSystemTime(Date.now() + 600_000);
    vi.advanceTimersByTime(5_000);
    expect(events).toEqual(['suspend', 'resume', 'resume']);
    stop();
    document.dispatchEvent(new Event('freeze'));
    expect(events).toHaveLength(3);
  });

  it('opens the room display as a named popup and keeps it informed', async () => {
    const fakeWindow = { closed: false, close: vi.fn(), focus: vi.fn() };
    const open = vi.spyOn(window, 'open').mockReturnValue(fakeWindow as unknown as Window);
    const facilitator = createBrowserHost(window, 'x');
    const room = createBrowserHost(window, 'x');

    expect(await facilitator.presenter.open()).toEqual({ ok: true, value: 'same-screen' });
    expect(open).toHaveBeenCalledWith(
      expect.stringMatching(/#\/presenter$/),
      PRESENTER_WINDOW_NAME,
      expect.any(String),
    );
    await facilitator.presenter.update(state);

    // A display that opens after the update asks for the latest state and gets it.
    const seen: PresenterState[] = [];
    const stop = room.presenter.onState((s) => seen.push(s));
    await tick();
    expect(seen).toEqual([state]);

    const later = { ...state, remainingMs: 1000 };
    await facilitator.presenter.update(later);
    await tick();
    expect(seen.at(-1)).toEqual(later);

    // Opening again focuses the same window.
    await facilitator.presenter.open();
    expect(open).toHaveBeenCalledTimes(1);
    expect(fakeWindow.focus).toHaveBeenCalled();

    const closed = vi.fn();
    facilitator.presenter.onClosed(closed);
    window.dispatchEvent(new Event('pagehide'));
    await tick();
    expect(closed).toHaveBeenCalledTimes(1);
    stop();
  });

  it('says so when the browser blocks the popup', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const result = await createBrowserHost(window, 'x').presenter.open();
    expect(!result.ok && result.error.code).toBe('unavailable');
  });
});
