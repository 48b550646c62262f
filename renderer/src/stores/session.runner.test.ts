import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PresenterState } from '../../../electron/shared/presenter';
import type { VaultSession } from '../data/repositories/repository';
import {
  createTestDatabases,
  createTestSession,
  type TestDatabases,
} from '../data/testing/vaultFixtures';
import { currentEntry } from '../domain/session/agenda';
import { ok, type Host, type PowerEvent } from '../platform/host';
import { useRoomStore } from './room.store';
import { configureSessionEnvironment, useSessionStore } from './session.store';
import { configureVaultEnvironment, useVaultStore } from './vault.store';
import { startSessionRunner } from './session.runner';

const MIN = 60_000;
/** The whole second the session starts in: facts are kept to the second. */
const START = Date.UTC(2026, 11, 1, 18, 30);
// Started 370 ms into that second, so a runner waking only on whole seconds of its own would
// be off; and the start is recorded as START.
const T0 = START + 370;

let databases: TestDatabases;
let session: VaultSession;
let stop: () => void;
const played: { kind: string; volume: number; at: number }[] = [];
const updates: PresenterState[] = [];
const awake: boolean[] = [];
let powerListener: ((event: PowerEvent) => void) | null = null;

const host = {
  keepAwake: (on: boolean) => {
    awake.push(on);
    return Promise.resolve(ok(on));
  },
  onPowerEvent: (listener: (event: PowerEvent) => void) => {
    powerListener = listener;
    return () => (powerListener = null);
  },
  presenter: {
    open: () => Promise.resolve(ok('same-screen' as const)),
    close: () => Promise.resolve(ok(null)),
    update: (state: PresenterState) => {
      updates.push(state);
      return Promise.resolve(ok(null));
    },
    onClosed: () => () => undefined,
    onState: () => () => undefined,
  },
} as unknown as Host;

const store = () => useSessionStore.getState();

beforeEach(async () => {
  databases = createTestDatabases();
  session = await createTestSession(databases);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: T0 });
  let n = 0;
  configureSessionEnvironment({ now: () => Date.now(), newId: () => `id-${String((n += 1))}` });
  configureVaultEnvironment({ reload: vi.fn(), storage: new Map() as never });
  useVaultStore.setState({ session, phase: 'unlocked' });
  played.length = 0;
  updates.length = 0;
  awake.length = 0;
  stop = startSessionRunner({
    host,
    chimes: { play: (kind, volume) => played.push({ kind, volume, at: Date.now() }) },
    language: () => 'en',
    document: new EventTarget(),
  });
});

afterEach(async () => {
  stop();
  vi.useRealTimers();
  useRoomStore.setState({ display: 'closed' });
  await useVaultStore.getState().lock();
  databases.close();
});

function begin(minutes: number) {
  store().beginAdHoc({ title: 'Sharing', minutes, language: 'en' }, null);
  store().agenda({ type: 'start' });
}

describe('the session runner', () => {
  it('sounds the warning and the end once each, on their boundary to the millisecond', () => {
    begin(10);
    // To a millisecond before the warning point.
    vi.advanceTimersByTime(START + 8 * MIN - 1 - T0);
    expect(played).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(played).toEqual([{ kind: 'warning', volume: 0.6, at: START + 8 * MIN }]);
    vi.advanceTimersByTime(2 * MIN);
    expect(played.map((p) => p.kind)).toEqual(['warning', 'end']);
    expect(played[1]?.at).toBe(START + 10 * MIN);
    vi.advanceTimersByTime(10 * MIN);
    expect(played).toHaveLength(2);
  });

  it('is silent when muted and in the gentle cue mode, but the cue is still there to show', () => {
    begin(10);
    store().updateSettings({ gentleCue: true });
    vi.advanceTimersByTime(8 * MIN);
    expect(played).toEqual([]);
    expect(store().cue).toMatchObject({ kind: 'warning', at: START + 8 * MIN, title: 'Sharing' });
    store().updateSettings({ gentleCue: false, muted: true });
    vi.advanceTimersByTime(2 * MIN);
    expect(played).toEqual([]);
    expect(store().cue?.kind).toBe('end');
  });

  it('moves on by itself at the boundary when auto-advance is on, with no screen open', () => {
    store().beginAdHoc({ title: 'Sharing', minutes: 10, language: 'en' }, null);
    store().agenda({ type: 'auto-advance', on: true });
    store().agenda({ type: 'start' });
    const live = store().live;
    if (!live) throw new Error('no session');
    vi.advanceTimersByTime(10 * MIN);
    // Its end still sounds as it moves on.
    expect(played.map((p) => p.kind)).toEqual(['warning', 'end']);
    expect(store().cue).toMatchObject({ kind: 'end', title: 'Sharing' });
    // One item only: moving on from it ends the session.
    expect(store().live?.agenda.endedAt).toBe(START + 10 * MIN);
    expect(currentEntry(store().live?.agenda ?? live.agenda)).toBeUndefined();
  });

  it('catches up at once when the laptop wakes, late rather than never', () => {
    begin(10);
    // The machine slept: timers did not run, but the wall clock moved on.
    vi.setSystemTime(T0 + 12 * MIN);
    powerListener?.('resume');
    // Only the end sounds: a warning after the end would mislead.
    expect(played.map((p) => p.kind)).toEqual(['end']);
  });

  it('keeps the room display in step only while it is open, with the flash if asked', () => {
    begin(10);
    expect(updates).toEqual([]);
    useRoomStore.setState({ display: 'second-screen' });
    expect(updates.at(-1)).toMatchObject({ mode: 'live', itemTitle: 'Sharing', running: true });
    store().agenda({ type: 'pause' });
    expect(updates.at(-1)?.running).toBe(false);
    store().agenda({ type: 'resume' });
    store().updateSettings({ flash: true });
    vi.advanceTimersByTime(8 * MIN + 5_000);
    expect(updates.at(-1)?.flash).toMatchObject({ kind: 'warning' });
    const count = updates.length;
    useRoomStore.setState({ display: 'closed' });
    store().agenda({ type: 'next' });
    expect(updates).toHaveLength(count);
  });

  it('shows the room check when no session is set up', () => {
    useRoomStore.setState({ display: 'same-screen' });
    expect(updates.at(-1)).toMatchObject({ mode: 'test', language: 'en' });
  });

  it('holds the screen awake from the start of the session to its end', async () => {
    store().beginAdHoc({ title: 'Sharing', minutes: 10, language: 'en' }, null);
    expect(awake).toEqual([]);
    store().agenda({ type: 'start' });
    expect(awake).toEqual([true]);
    await vi.waitFor(() => expect(useRoomStore.getState().awake).toBe('held'));
    store().end();
    expect(awake).toEqual([true, false]);
    await vi.waitFor(() => expect(useRoomStore.getState().awake).toBe('off'));
  });
});
