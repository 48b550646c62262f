import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, IpcRequest, IpcResponse, IpcResult } from '../../shared/ipc-contract';
import type { PresenterState } from '../../shared/presenter';
import { choosePresenterPlacement } from '../services/presenter';
import {
  FAKE_PDF,
  fakeDisplay,
  FakeSeam,
  fakeSender,
  LAPTOP_DISPLAY,
  PROJECTOR_DISPLAY,
  type FakeSeamOptions,
  type FakeSender,
} from '../testing/fake-seam';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ck-handlers-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs requests through the real dispatcher and handlers, on a fake seam. */
function setup(options: FakeSeamOptions = {}) {
  const seam = new FakeSeam(options);
  const logs: string[] = [];
  const dispatch = createDispatcher(createHandlers(seam), ['app://circlekeeper'], (m) =>
    logs.push(m),
  );
  async function call<C extends Channel>(
    channel: C,
    request: IpcRequest<C>,
    sender: FakeSender = fakeSender(),
  ): Promise<IpcResult<IpcResponse<C>>> {
    // The dispatcher is typed for any channel; the handler for C answers with IpcResponse<C>.
    return (await dispatch(channel, sender, request)) as IpcResult<IpcResponse<C>>;
  }
  return { seam, call, logs };
}

function valueOf<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function codeOf(result: IpcResult<unknown>): string | null {
  return result.ok ? null : result.error.code;
}

const state = (over: Partial<PresenterState> = {}): PresenterState => ({
  mode: 'live',
  language: 'en',
  itemTitle: 'Check-in',
  remainingMs: 120_000,
  sessionElapsedMs: 5_000,
  nextItemTitle: 'Sharing',
  nextSpeakerAlias: null,
  prompt: null,
  flash: null,
  asOf: 1_700_000_000_000,
  running: true,
  ...over,
});

describe('app', () => {
  it('app:info reports the seam’s name, version, platform and OS languages', async () => {
    const { call } = setup({
      name: 'Circlekeeper',
      version: '2.0.1',
      platform: 'darwin',
      preferredLanguages: ['ar-EG', 'en'],
    });
    expect(await call('app:info', undefined)).toEqual({
      ok: true,
      value: {
        name: 'Circlekeeper',
        version: '2.0.1',
        platform: 'darwin',
        osLanguages: ['ar-EG', 'en'],
      },
    });
  });

  it('app:set-language rebuilds the menu in that language', async () => {
    const { seam, call } = setup();
    expect(await call('app:set-language', { language: 'ar' })).toEqual({ ok: true, value: null });
    expect(await call('app:set-language', { language: 'fr' })).toEqual({ ok: true, value: null });
    expect(seam.menuLanguages).toEqual(['ar', 'fr']);
  });
});

describe('file:save', () => {
  const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);

  it('writes exactly the bytes to the chosen path and returns its base name', async () => {
    const { seam, call } = setup();
    const target = join(dir, 'circle-2024-05-01.ckvault');
    seam.answerSaveDialog(target);
    const sender = fakeSender({ contentsId: 7 });
    const filters = [{ name: 'Circlekeeper backup', extensions: ['ckvault'] }];
    const result = await call(
      'file:save',
      { suggestedName: 'backup.ckvault', data: allBytes, filters },
      sender,
    );
    expect(result).toEqual({
      ok: true,
      value: { saved: true, fileName: 'circle-2024-05-01.ckvault' },
    });
    expect(new Uint8Array(await readFile(target))).toEqual(allBytes);
    expect(seam.dialogs).toEqual([
      { kind: 'save', contentsId: 7, defaultName: 'backup.ckvault', filters },
    ]);
    expect(await readdir(dir)).toEqual(['circle-2024-05-01.ckvault']);
  });

  it('writes a string as UTF-8', async () => {
    const { seam, call } = setup();
    const target = join(dir, 'plan.md');
    seam.answerSaveDialog(target);
    const text = '# خطة الجلسة\nÉcoute — 5 min\n';
    expect(valueOf(await call('file:save', { suggestedName: 'plan.md', data: text }))).toEqual({
      saved: true,
      fileName: 'plan.md',
    });
    expect(await readFile(target, 'utf8')).toBe(text);
    expect(seam.dialogs[0]?.filters).toEqual([]);
  });

  it('replaces an existing file whole, leaving no temporary file behind', async () => {
    const { seam, call } = setup();
    const target = join(dir, 'backup.ckvault');
    await writeFile(target, 'an older and much longer backup that must not survive in any part');
    seam.answerSaveDialog(target);
    expect(
      valueOf(
        await call('file:save', {
          suggestedName: 'backup.ckvault',
          data: new Uint8Array([9, 8, 7]),
        }),
      ),
    ).toEqual({
      saved: true,
      fileName: 'backup.ckvault',
    });
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([9, 8, 7]));
    expect(await readdir(dir)).toEqual(['backup.ckvault']);
  });

  it('writes nothing when the facilitator cancels', async () => {
    const { seam, call } = setup();
    seam.answerSaveDialog(null);
    expect(await call('file:save', { suggestedName: 'backup.ckvault', data: 'x' })).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails with io when the folder does not exist', async () => {
    const { seam, call } = setup();
    seam.answerSaveDialog(join(dir, 'gone', 'backup.ckvault'));
    const result = await call('file:save', { suggestedName: 'backup.ckvault', data: 'x' });
    expect(codeOf(result)).toBe('io');
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails with io, cleaning up its temporary file, when the target is a folder', async () => {
    const { seam, call } = setup();
    await mkdir(join(dir, 'taken'));
    seam.answerSaveDialog(join(dir, 'taken'));
    const result = await call('file:save', { suggestedName: 'backup.ckvault', data: 'x' });
    expect(codeOf(result)).toBe('io');
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readdir(join(dir, 'taken'))).toEqual([]);
  });
});

describe('file:open', () => {
  it('reads the chosen file and returns its name and bytes', async () => {
    const { seam, call } = setup();
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 256);
    const source = join(dir, 'backup.ckvault');
    await writeFile(source, bytes);
    seam.answerOpenDialog(source);
    const filters = [{ name: 'Backup', extensions: ['ckvault'] }];
    const opened = valueOf(await call('file:open', { maxBytes: 1000, filters }));
    expect(opened?.name).toBe('backup.ckvault');
    expect(opened?.data).toEqual(bytes);
    expect(seam.dialogs).toEqual([{ kind: 'open', contentsId: 1, defaultName: null, filters }]);
  });

  it('reads an empty file', async () => {
    const { seam, call } = setup();
    await writeFile(join(dir, 'empty.txt'), '');
    seam.answerOpenDialog(join(dir, 'empty.txt'));
    expect(valueOf(await call('file:open', { maxBytes: 10 }))?.data).toEqual(new Uint8Array(0));
  });

  it('answers null when the facilitator cancels', async () => {
    const { seam, call } = setup();
    seam.answerOpenDialog(null);
    expect(await call('file:open', { maxBytes: 10 })).toEqual({ ok: true, value: null });
  });

  it('refuses a file larger than maxBytes with too-large', async () => {
    const { seam, call } = setup();
    await writeFile(join(dir, 'big.ckvault'), new Uint8Array(1001));
    seam.answerOpenDialog(join(dir, 'big.ckvault'));
    expect(codeOf(await call('file:open', { maxBytes: 1000 }))).toBe('too-large');
  });

  it('fails with io, not internal, when the chosen path is a folder (a macOS package)', async () => {
    const { seam, call, logs } = setup();
    await mkdir(join(dir, 'Backup.bundle'));
    seam.answerOpenDialog(join(dir, 'Backup.bundle'));
    expect(codeOf(await call('file:open', { maxBytes: 1024 * 1024 }))).toBe('io');
    expect(logs).toEqual([]);
  });

  it('fails with io when the file has vanished', async () => {
    const { seam, call } = setup();
    seam.answerOpenDialog(join(dir, 'missing.ckvault'));
    expect(codeOf(await call('file:open', { maxBytes: 1000 }))).toBe('io');
  });
});

describe('print:to-pdf', () => {
  it('renders A4 portrait by default, then saves it under a .pdf name', async () => {
    const { seam, call } = setup();
    const target = join(dir, 'plan.pdf');
    const base = fakeSender({ contentsId: 3 });
    let dialogsWhenRendered = -1;
    const sender: FakeSender = {
      ...base,
      printToPdf: async (options) => {
        dialogsWhenRendered = seam.dialogs.length;
        return base.printToPdf(options);
      },
    };
    seam.answerSaveDialog(target);
    const result = await call('print:to-pdf', { suggestedName: 'Tuesday plan' }, sender);
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'plan.pdf' } });
    expect(base.pdfRequests).toEqual([{ landscape: false, pageSize: 'A4' }]);
    // Rendered before the dialog opened, so the page could not change underneath.
    expect(dialogsWhenRendered).toBe(0);
    expect(seam.dialogs).toEqual([
      {
        kind: 'save',
        contentsId: 3,
        defaultName: 'Tuesday plan.pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      },
    ]);
    expect(new Uint8Array(await readFile(target))).toEqual(FAKE_PDF);
    expect(await readdir(dir)).toEqual(['plan.pdf']);
  });

  it('passes landscape and Letter through, and keeps a name that already ends in .pdf', async () => {
    const { seam, call } = setup();
    seam.answerSaveDialog(join(dir, 'Script.PDF'));
    const sender = fakeSender();
    await call(
      'print:to-pdf',
      { suggestedName: 'Script.PDF', landscape: true, pageSize: 'Letter' },
      sender,
    );
    expect(sender.pdfRequests).toEqual([{ landscape: true, pageSize: 'Letter' }]);
    expect(seam.dialogs[0]?.defaultName).toBe('Script.PDF');
  });

  it('saves nothing when the facilitator cancels', async () => {
    const { seam, call } = setup();
    seam.answerSaveDialog(null);
    expect(await call('print:to-pdf', { suggestedName: 'plan' })).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails with io when the folder does not exist', async () => {
    const { seam, call } = setup();
    seam.answerSaveDialog(join(dir, 'nope', 'plan.pdf'));
    expect(codeOf(await call('print:to-pdf', { suggestedName: 'plan' }))).toBe('io');
  });
});

describe('power', () => {
  it('starts one display-sleep blocker however often it is asked, and stops it', async () => {
    const { seam, call } = setup();
    expect(await call('power:keep-awake', { on: true })).toEqual({ ok: true, value: { on: true } });
    expect(await call('power:keep-awake', { on: true })).toEqual({ ok: true, value: { on: true } });
    expect(seam.blockersStarted).toHaveLength(1);
    expect(seam.activeBlockers()).toEqual(seam.blockersStarted);

    expect(await call('power:keep-awake', { on: false })).toEqual({
      ok: true,
      value: { on: false },
    });
    expect(seam.blockersStopped).toEqual(seam.blockersStarted);
    expect(await call('power:keep-awake', { on: false })).toEqual({
      ok: true,
      value: { on: false },
    });
    expect(seam.blockersStopped).toHaveLength(1);
    expect(seam.activeBlockers()).toEqual([]);
  });

  it('starts a fresh blocker after one was released', async () => {
    const { seam, call } = setup();
    await call('power:keep-awake', { on: true });
    await call('power:keep-awake', { on: false });
    await call('power:keep-awake', { on: true });
    expect(seam.blockersStarted).toHaveLength(2);
    expect(seam.activeBlockers()).toEqual([seam.blockersStarted[1]]);
  });

  it('does not stop anything when nothing was started', async () => {
    const { seam, call } = setup();
    expect(valueOf(await call('power:keep-awake', { on: false }))).toEqual({ on: false });
    expect(seam.blockersStopped).toEqual([]);
  });

  it('broadcasts every OS power event once, as power:event', () => {
    const { seam } = setup();
    seam.emitPower('suspend');
    seam.emitPower('resume');
    seam.emitPower('lock-screen');
    seam.emitPower('unlock-screen');
    expect(seam.broadcasts).toEqual([
      { event: 'power:event', payload: 'suspend' },
      { event: 'power:event', payload: 'resume' },
      { event: 'power:event', payload: 'lock-screen' },
      { event: 'power:event', payload: 'unlock-screen' },
    ]);
  });
});

describe('choosePresenterPlacement', () => {
  it('goes full screen on the first display that is not the primary', () => {
    expect(
      choosePresenterPlacement([PROJECTOR_DISPLAY, LAPTOP_DISPLAY], LAPTOP_DISPLAY.id),
    ).toEqual({
      placement: 'second-screen',
      bounds: PROJECTOR_DISPLAY.bounds,
      fullscreen: true,
    });
  });

  it('centres a 960×540 window in the primary work area when alone', () => {
    expect(choosePresenterPlacement([LAPTOP_DISPLAY], LAPTOP_DISPLAY.id)).toEqual({
      placement: 'same-screen',
      bounds: { x: 240, y: 193, width: 960, height: 540 },
      fullscreen: false,
    });
  });

  it('shrinks to a small work area', () => {
    const small = fakeDisplay(
      5,
      { x: 0, y: 0, width: 800, height: 500 },
      { x: 0, y: 20, width: 800, height: 480 },
    );
    expect(choosePresenterPlacement([small], 5).bounds).toEqual({
      x: 0,
      y: 20,
      width: 800,
      height: 480,
    });
  });

  it('falls back to a default area when the screen list is empty', () => {
    expect(choosePresenterPlacement([], 1)).toEqual({
      placement: 'same-screen',
      bounds: { x: 160, y: 130, width: 960, height: 540 },
      fullscreen: false,
    });
  });
});

describe('presenter', () => {
  it('opens full screen on the second screen when one is connected', async () => {
    const { seam, call } = setup({
      displays: [LAPTOP_DISPLAY, PROJECTOR_DISPLAY],
      primaryDisplayId: LAPTOP_DISPLAY.id,
    });
    expect(await call('presenter:open', undefined)).toEqual({
      ok: true,
      value: { placement: 'second-screen' },
    });
    expect(seam.presenterWindows).toHaveLength(1);
    expect(seam.lastPresenterWindow().placement).toEqual({
      bounds: PROJECTOR_DISPLAY.bounds,
      fullscreen: true,
    });
  });

  it('opens a centred window on the same screen otherwise', async () => {
    const { seam, call } = setup({
      displays: [LAPTOP_DISPLAY],
      primaryDisplayId: LAPTOP_DISPLAY.id,
    });
    expect(valueOf(await call('presenter:open', undefined))).toEqual({ placement: 'same-screen' });
    expect(seam.lastPresenterWindow().placement).toEqual({
      bounds: { x: 240, y: 193, width: 960, height: 540 },
      fullscreen: false,
    });
  });

  it('focuses the open display instead of opening a second one', async () => {
    const { seam, call } = setup({
      displays: [LAPTOP_DISPLAY, PROJECTOR_DISPLAY],
      primaryDisplayId: 1,
    });
    await call('presenter:open', undefined);
    // Even if the projector is unplugged meanwhile, the answer describes the window that is open.
    seam.displays = [LAPTOP_DISPLAY];
    expect(valueOf(await call('presenter:open', undefined))).toEqual({
      placement: 'second-screen',
    });
    expect(seam.presenterWindows).toHaveLength(1);
    expect(seam.lastPresenterWindow().focusCount).toBe(1);
  });

  it('sends updates to the open display and remembers the latest', async () => {
    const { seam, call } = setup();
    expect(valueOf(await call('presenter:current', undefined))).toBeNull();
    await call('presenter:open', undefined);
    const window = seam.lastPresenterWindow();
    const first = state({ remainingMs: 60_000 });
    const second = state({ remainingMs: 59_000, nextSpeakerAlias: 'Noor' });
    expect(await call('presenter:update', first)).toEqual({ ok: true, value: null });
    await call('presenter:update', second);
    expect(window.sent).toEqual([first, second]);
    expect(valueOf(await call('presenter:current', undefined))).toEqual(second);
  });

  it('caches updates made before the display exists and sends the latest once it has loaded', async () => {
    const { seam, call } = setup();
    await call('presenter:update', state({ itemTitle: 'Welcome' }));
    await call('presenter:update', state({ itemTitle: 'Check-in' }));
    await call('presenter:open', undefined);
    const window = seam.lastPresenterWindow();
    expect(window.sent).toEqual([]);
    window.simulateReady();
    expect(window.sent).toEqual([state({ itemTitle: 'Check-in' })]);
  });

  it('sends nothing on ready when there is no state yet', async () => {
    const { seam, call } = setup();
    await call('presenter:open', undefined);
    seam.lastPresenterWindow().simulateReady();
    expect(seam.lastPresenterWindow().sent).toEqual([]);
  });

  it('closes on request, tells every window, and opens a new display next time', async () => {
    const { seam, call } = setup();
    await call('presenter:open', undefined);
    const first = seam.lastPresenterWindow();
    expect(await call('presenter:close', undefined)).toEqual({ ok: true, value: null });
    expect(first.closeCalls).toBe(1);
    expect(seam.broadcasts).toEqual([{ event: 'presenter:closed', payload: null }]);

    await call('presenter:update', state({ itemTitle: 'After close' }));
    expect(first.sent).toEqual([]);

    await call('presenter:open', undefined);
    expect(seam.presenterWindows).toHaveLength(2);
    const second = seam.lastPresenterWindow();
    expect(second).not.toBe(first);
    expect(first.focusCount).toBe(0);
    second.simulateReady();
    expect(second.sent).toEqual([state({ itemTitle: 'After close' })]);
  });

  it('notices a display closed from outside (its screen went away)', async () => {
    const { seam, call } = setup({
      displays: [LAPTOP_DISPLAY, PROJECTOR_DISPLAY],
      primaryDisplayId: 1,
    });
    await call('presenter:open', undefined);
    seam.displays = [LAPTOP_DISPLAY];
    seam.lastPresenterWindow().simulateClosed();
    expect(seam.broadcasts).toEqual([{ event: 'presenter:closed', payload: null }]);
    expect(valueOf(await call('presenter:open', undefined))).toEqual({ placement: 'same-screen' });
    expect(seam.presenterWindows).toHaveLength(2);
  });

  it('closing when nothing is open is harmless', async () => {
    const { seam, call } = setup();
    expect(await call('presenter:close', undefined)).toEqual({ ok: true, value: null });
    expect(seam.broadcasts).toEqual([]);
  });
});
