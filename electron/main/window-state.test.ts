import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeDisplay } from './testing/fake-seam';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type WindowState,
} from './window-state';

const laptop = fakeDisplay(
  1,
  { x: 0, y: 0, width: 1440, height: 900 },
  { x: 0, y: 25, width: 1440, height: 875 },
);
const monitor = fakeDisplay(
  2,
  { x: 1440, y: 0, width: 2560, height: 1440 },
  { x: 1440, y: 0, width: 2560, height: 1400 },
);

describe('parseWindowState', () => {
  it.each([
    ['null', null],
    ['a string', 'maximized'],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['no bounds', { maximized: true }],
    ['no maximized flag', { bounds: { width: 800, height: 600 } }],
    ['width as a string', { bounds: { width: '800', height: 600 }, maximized: false }],
    ['a tiny window', { bounds: { width: 10, height: 10 }, maximized: false }],
    ['an absurd window', { bounds: { width: 50_000, height: 600 }, maximized: false }],
    ['fractional size', { bounds: { width: 800.5, height: 600 }, maximized: false }],
    [
      'fractional position',
      { bounds: { x: 1.5, y: 0, width: 800, height: 600 }, maximized: false },
    ],
    ['NaN position', { bounds: { x: NaN, y: 0, width: 800, height: 600 }, maximized: false }],
  ])('falls back to the default for %s', (_name, raw) => {
    expect(parseWindowState(raw)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a valid state', () => {
    const raw = { bounds: { x: -1200, y: 40, width: 1024, height: 700 }, maximized: true };
    expect(parseWindowState(raw)).toEqual(raw);
  });

  it('drops a half-known position', () => {
    expect(
      parseWindowState({ bounds: { x: 100, width: 1024, height: 700 }, maximized: false }),
    ).toEqual({
      bounds: { width: 1024, height: 700 },
      maximized: false,
    });
  });

  it('ignores unknown keys', () => {
    expect(
      parseWindowState({
        bounds: { width: 900, height: 700, depth: 3 },
        maximized: false,
        theme: 'dark',
      }),
    ).toEqual({
      bounds: { width: 900, height: 700 },
      maximized: false,
    });
  });
});

describe('fitToDisplays', () => {
  it('keeps a position that is visible on a connected display', () => {
    const state: WindowState = {
      bounds: { x: 1600, y: 100, width: 1200, height: 800 },
      maximized: false,
    };
    expect(fitToDisplays(state, [laptop, monitor])).toEqual(state);
  });

  it('keeps a position that is only partly visible, as long as enough shows', () => {
    const state: WindowState = {
      bounds: { x: 1340, y: 100, width: 800, height: 600 },
      maximized: false,
    };
    expect(fitToDisplays(state, [laptop])).toEqual(state);
  });

  it('drops the position when its display was unplugged, and keeps the rest', () => {
    const state: WindowState = {
      bounds: { x: 1600, y: 100, width: 1200, height: 800 },
      maximized: true,
    };
    expect(fitToDisplays(state, [laptop])).toEqual({
      bounds: { width: 1200, height: 800 },
      maximized: true,
    });
  });

  it('drops a position where only a sliver would show', () => {
    const state: WindowState = {
      bounds: { x: 1400, y: 100, width: 800, height: 600 },
      maximized: false,
    };
    expect(fitToDisplays(state, [laptop]).bounds).toEqual({ width: 800, height: 600 });
  });

  it('drops a position hidden above the top of the screen', () => {
    const state: WindowState = {
      bounds: { x: 100, y: -2000, width: 800, height: 600 },
      maximized: false,
    };
    expect(fitToDisplays(state, [laptop]).bounds).toEqual({ width: 800, height: 600 });
  });

  it('clamps the size to the largest work area', () => {
    const state: WindowState = {
      bounds: { x: 0, y: 25, width: 3000, height: 2000 },
      maximized: false,
    };
    expect(fitToDisplays(state, [laptop]).bounds).toEqual({
      x: 0,
      y: 25,
      width: 1440,
      height: 875,
    });
    expect(fitToDisplays(state, [laptop, monitor]).bounds).toEqual({
      x: 0,
      y: 25,
      width: 2560,
      height: 1400,
    });
  });

  it('clamps a size without a position too', () => {
    expect(
      fitToDisplays({ bounds: { width: 1600, height: 1000 }, maximized: false }, [laptop]),
    ).toEqual({
      bounds: { width: 1440, height: 875 },
      maximized: false,
    });
  });

  it('leaves the size alone but drops the position when no display is known', () => {
    const state: WindowState = {
      bounds: { x: 10, y: 10, width: 1600, height: 1000 },
      maximized: false,
    };
    expect(fitToDisplays(state, [])).toEqual({
      bounds: { width: 1600, height: 1000 },
      maximized: false,
    });
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ck-window-state-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips a state, creating the folder, leaving no temporary file', async () => {
    const file = join(dir, 'userData', 'window-state.json');
    const state: WindowState = {
      bounds: { x: 30, y: 40, width: 1100, height: 760 },
      maximized: true,
    };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
    expect(await readdir(join(dir, 'userData'))).toEqual(['window-state.json']);
  });

  it('overwrites an earlier state', async () => {
    const file = join(dir, 'window-state.json');
    await saveWindowState(file, {
      bounds: { x: 1, y: 2, width: 900, height: 700 },
      maximized: false,
    });
    await saveWindowState(file, { bounds: { width: 1000, height: 720 }, maximized: true });
    expect(await loadWindowState(file)).toEqual({
      bounds: { width: 1000, height: 720 },
      maximized: true,
    });
  });

  it('gives the default for a missing file', async () => {
    expect(await loadWindowState(join(dir, 'nothing-here.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['truncated JSON', '{"bounds":{"width":1000,'],
    ['empty file', ''],
    ['binary noise', '\u0000\u00ff\u0010garbage'],
    ['valid JSON of the wrong shape', '{"bounds":[1,2,3],"maximized":"yes"}'],
  ])('gives the default for %s', async (_name, content) => {
    const file = join(dir, 'window-state.json');
    await writeFile(file, content);
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });
});
