/**
 * The whole desktop chain in plain Node: DesktopHost → window.desktop (createDesktopApi) → a
 * transport standing in for ipcRenderer/ipcMain → the real dispatcher and handlers → a fake seam.
 * Only Electron's own transport is missing, so the contract, the validation and the handlers run.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import {
  FAKE_PDF,
  FakeSeam,
  fakeSender,
  LAPTOP_DISPLAY,
  PROJECTOR_DISPLAY,
  TRUSTED_URL,
  type FakeSeamOptions,
} from '../../../electron/main/testing/fake-seam';
import { createDesktopApi, type Transport } from '../../../electron/preload/api';
import type {
  Channel,
  EventPayloads,
  IpcRequest,
  IpcResponse,
  IpcResult,
  PowerEvent,
} from '../../../electron/shared/ipc-contract';
import type { PresenterState } from '../../../electron/shared/presenter';
import { createDesktopHost } from './desktop-host';
import type { Host, HostResult } from './host';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ck-desktop-host-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const state = (over: Partial<PresenterState> = {}): PresenterState => ({
  mode: 'live',
  language: 'fr',
  itemTitle: 'Tour de table',
  remainingMs: 300_000,
  sessionElapsedMs: 0,
  nextItemTitle: 'Partage',
  nextSpeakerAlias: null,
  prompt: null,
  flash: null,
  asOf: 1_700_000_000_000,
  running: true,
  ...over,
});

function setup(options: FakeSeamOptions = {}) {
  const seam = new FakeSeam(options);
  const dispatch = createDispatcher(createHandlers(seam), ['app://circlekeeper'], () => undefined);
  /** Every invoke still in flight, so a test can wait for the host's own background calls. */
  const inFlight: Promise<unknown>[] = [];

  /** A renderer window at `url`: what ipcRenderer.invoke/on would do for it in Electron. */
  function transportAt(url: string): Transport {
    const sender = fakeSender({ url, contentsId: 11 });
    return {
      invoke: <C extends Channel>(channel: C, request: IpcRequest<C>) => {
        // dispatch answers IpcResult<unknown>; the handler behind `channel` answers IpcResponse<C>.
        const pending = dispatch(channel, sender, request) as Promise<IpcResult<IpcResponse<C>>>;
        inFlight.push(pending);
        return pending;
      },
      subscribe: (event, listener) => {
        if (event === 'presenter:state') {
          // The presenter display receives what main sends to its window, not broadcasts.
          return seam.onPresenterState((s) =>
            (listener as (payload: EventPayloads['presenter:state']) => void)(s),
          );
        }
        return seam.on(event, listener);
      },
    };
  }

  const hostAt = (url: string): Host => createDesktopHost(createDesktopApi(transportAt(url)));
  const settle = async () => {
    await Promise.allSettled(inFlight);
  };
  return { seam, host: hostAt(TRUSTED_URL), hostAt, settle };
}

function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
}

describe('DesktopHost over the real handlers', () => {
  it('is a desktop host and reports the app info', async () => {
    const { host } = setup({ version: '3.1.4', platform: 'win32', preferredLanguages: ['ar-MA'] });
    expect(host.kind).toBe('desktop');
    expect(await host.appInfo()).toEqual({
      ok: true,
      value: { name: 'Circlekeeper', version: '3.1.4', platform: 'win32', osLanguages: ['ar-MA'] },
    });
  });

  it('sets the menu language', async () => {
    const { seam, host } = setup();
    expect(await host.setLanguage('ar')).toEqual({ ok: true, value: null });
    expect(seam.menuLanguages).toEqual(['ar']);
  });

  it('keeps the screen awake and lets it sleep again', async () => {
    const { seam, host } = setup();
    expect(await host.keepAwake(true)).toEqual({ ok: true, value: true });
    expect(await host.keepAwake(true)).toEqual({ ok: true, value: true });
    expect(seam.activeBlockers()).toHaveLength(1);
    expect(await host.keepAwake(false)).toEqual({ ok: true, value: false });
    expect(seam.activeBlockers()).toEqual([]);
  });

  it('saves a file where the facilitator chose', async () => {
    const { seam, host } = setup();
    const bytes = new Uint8Array([0xff, 0x00, 0x10, 0x80]);
    seam.answerSaveDialog(join(dir, 'tuesday.ckvault'));
    expect(await host.saveFile({ suggestedName: 'backup.ckvault', data: bytes })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'tuesday.ckvault' },
    });
    expect(new Uint8Array(await readFile(join(dir, 'tuesday.ckvault')))).toEqual(bytes);

    seam.answerSaveDialog(null);
    expect(await host.saveFile({ suggestedName: 'backup.ckvault', data: 'x' })).toEqual({
      ok: true,
      value: { saved: false },
    });
  });

  it('opens a file, and passes the size cap through as too-large', async () => {
    const { seam, host } = setup();
    await writeFile(join(dir, 'backup.ckvault'), new Uint8Array([1, 2, 3, 4]));
    seam.answerOpenDialog(join(dir, 'backup.ckvault'));
    const opened = valueOf(await host.openFile({ maxBytes: 4 }));
    expect(opened?.name).toBe('backup.ckvault');
    expect(opened?.data).toEqual(new Uint8Array([1, 2, 3, 4]));

    seam.answerOpenDialog(join(dir, 'backup.ckvault'));
    const refused = await host.openFile({ maxBytes: 3 });
    expect(refused.ok ? null : refused.error.code).toBe('too-large');

    seam.answerOpenDialog(null);
    expect(await host.openFile({ maxBytes: 3 })).toEqual({ ok: true, value: null });
  });

  it('prints to PDF and saves it', async () => {
    const { seam, host } = setup();
    seam.answerSaveDialog(join(dir, 'plan.pdf'));
    expect(await host.printToPdf({ suggestedName: 'plan' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'plan.pdf' },
    });
    expect(seam.dialogs.at(-1)?.defaultName).toBe('plan.pdf');
    expect(new Uint8Array(await readFile(join(dir, 'plan.pdf')))).toEqual(FAKE_PDF);
  });

  it('turns a request the contract refuses into an invalid-request result', async () => {
    const { seam, host } = setup();
    const result = await host.saveFile({ suggestedName: '../escape.txt', data: 'x' });
    expect(result.ok ? null : result.error.code).toBe('invalid-request');
    expect(seam.dialogs).toEqual([]);
  });

  it('delivers power events until unsubscribed, and only to the listener that stayed', async () => {
    const { seam, host } = setup();
    const first: PowerEvent[] = [];
    const second: PowerEvent[] = [];
    const stopFirst = host.onPowerEvent((event) => first.push(event));
    host.onPowerEvent((event) => second.push(event));
    seam.emitPower('lock-screen');
    stopFirst();
    seam.emitPower('unlock-screen');
    expect(first).toEqual(['lock-screen']);
    expect(second).toEqual(['lock-screen', 'unlock-screen']);
  });
});

describe('DesktopHost backup folder', () => {
  const fileName = 'circlekeeper-k3jq7xw2mnb4v5ta-20261122-083015.ckbackup';

  it('chooses a folder in main, then writes automatic backups there and rotates them', async () => {
    const folder = join(dir, 'Backups');
    await mkdir(folder);
    const { seam, host } = setup({ userDataDir: join(dir, 'user-data') });
    expect(await host.backupFolder.current()).toEqual({ ok: true, value: null });
    seam.answerFolderDialog(folder);
    expect(await host.backupFolder.choose()).toEqual({ ok: true, value: folder });
    expect(await host.backupFolder.current()).toEqual({ ok: true, value: folder });

    const older = 'circlekeeper-k3jq7xw2mnb4v5ta-20261121-083015.ckbackup';
    await writeFile(join(folder, older), 'yesterday');
    expect(await host.backupFolder.write({ fileName, data: 'today', keep: 1 })).toEqual({
      ok: true,
      value: { fileName, removed: 1 },
    });
    expect(await readdir(folder)).toEqual([fileName]);
    expect(await readFile(join(folder, fileName), 'utf8')).toBe('today');
  });

  it('reports a missing folder as unavailable and a name of another shape as invalid', async () => {
    const { host } = setup({ userDataDir: join(dir, 'user-data') });
    const missing = await host.backupFolder.write({ fileName, data: 'x', keep: 10 });
    expect(missing.ok ? null : missing.error.code).toBe('unavailable');
    const refused = await host.backupFolder.write({
      fileName: '../x.ckbackup',
      data: 'x',
      keep: 1,
    });
    expect(refused.ok ? null : refused.error.code).toBe('invalid-request');
  });
});

describe('DesktopHost presenter', () => {
  it('opens on the second screen, updates the display, and hears when it closes', async () => {
    const { seam, host } = setup({
      displays: [LAPTOP_DISPLAY, PROJECTOR_DISPLAY],
      primaryDisplayId: LAPTOP_DISPLAY.id,
    });
    let closedCount = 0;
    const stop = host.presenter.onClosed(() => {
      closedCount += 1;
    });

    expect(await host.presenter.open()).toEqual({ ok: true, value: 'second-screen' });
    expect(await host.presenter.open()).toEqual({ ok: true, value: 'second-screen' });
    expect(seam.presenterWindows).toHaveLength(1);
    const window = seam.lastPresenterWindow();
    expect(window.focusCount).toBe(1);

    expect(await host.presenter.update(state())).toEqual({ ok: true, value: null });
    expect(window.sent).toEqual([state()]);

    expect(await host.presenter.close()).toEqual({ ok: true, value: null });
    expect(window.closed).toBe(true);
    expect(closedCount).toBe(1);

    stop();
    await host.presenter.open();
    expect(seam.presenterWindows).toHaveLength(2);
    seam.lastPresenterWindow().simulateClosed();
    expect(closedCount).toBe(1);
  });

  it('opens on the same screen when there is only one', async () => {
    const { host } = setup({ displays: [LAPTOP_DISPLAY], primaryDisplayId: LAPTOP_DISPLAY.id });
    expect(await host.presenter.open()).toEqual({ ok: true, value: 'same-screen' });
  });

  it('gives the display the latest state on subscribing, then every update', async () => {
    const { seam, host, hostAt } = setup();
    await host.presenter.open();
    await host.presenter.update(state({ remainingMs: 240_000 }));

    const display = hostAt('app://circlekeeper/index.html#/presenter');
    const received: PresenterState[] = [];
    let resolveFirst: (s: PresenterState) => void = () => undefined;
    const firstState = new Promise<PresenterState>((resolve) => {
      resolveFirst = resolve;
    });
    const stop = display.presenter.onState((s) => {
      received.push(s);
      resolveFirst(s);
    });
    expect(await firstState).toEqual(state({ remainingMs: 240_000 }));

    await host.presenter.update(state({ remainingMs: 239_000 }));
    expect(received).toEqual([state({ remainingMs: 240_000 }), state({ remainingMs: 239_000 })]);

    stop();
    await host.presenter.update(state({ remainingMs: 238_000 }));
    expect(received).toHaveLength(2);
    expect(seam.lastPresenterWindow().sent).toHaveLength(3);
  });

  it('gives the display nothing on subscribing when there is no state yet', async () => {
    const { host, hostAt, settle } = setup();
    const received: PresenterState[] = [];
    hostAt('app://circlekeeper/index.html#/presenter').presenter.onState((s) => received.push(s));
    await settle();
    expect(received).toEqual([]);
    await host.presenter.open();
    await host.presenter.update(state());
    expect(received).toEqual([state()]);
  });

  it('does not deliver the latest state to a listener that unsubscribed before it arrived', async () => {
    const { host, hostAt, settle } = setup();
    await host.presenter.update(state());
    const received: PresenterState[] = [];
    const stop = hostAt('app://circlekeeper/index.html#/presenter').presenter.onState((s) =>
      received.push(s),
    );
    stop();
    await settle();
    expect(received).toEqual([]);
  });
});

describe('DesktopHost from an untrusted page', () => {
  it.each(['https://evil.example/', 'file:///tmp/index.html', 'app://other/index.html', ''])(
    'gets untrusted-sender for every call from %s, and nothing happens',
    async (url) => {
      const { seam, hostAt } = setup();
      const host = hostAt(url);
      seam.answerSaveDialog(join(dir, 'never.txt'));
      const results: HostResult<unknown>[] = [
        await host.appInfo(),
        await host.setLanguage('fr'),
        await host.keepAwake(true),
        await host.saveFile({ suggestedName: 'a.txt', data: 'x' }),
        await host.openFile({ maxBytes: 10 }),
        await host.printToPdf({ suggestedName: 'plan' }),
        await host.presenter.open(),
        await host.presenter.update(state()),
        await host.presenter.close(),
      ];
      for (const result of results) {
        expect(result.ok).toBe(false);
        expect(result.ok ? null : result.error.code).toBe('untrusted-sender');
      }
      expect(seam.dialogs).toEqual([]);
      expect(seam.blockersStarted).toEqual([]);
      expect(seam.presenterWindows).toEqual([]);
      expect(seam.menuLanguages).toEqual([]);
    },
  );
});
