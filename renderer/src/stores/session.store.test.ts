import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openVaultDb } from '../data/db';
import type { VaultSession } from '../data/repositories/repository';
import { sessionsRepository } from '../data/repositories/sessions.repository';
import {
  createTestDatabases,
  createTestSession,
  type TestDatabases,
} from '../data/testing/vaultFixtures';
import { instantiateTemplate } from '../domain/plans/plan';
import { BUILT_IN_TEMPLATES } from '../domain/plans/templates';
import { currentEntry } from '../domain/session/agenda';
import { remainingMs } from '../domain/session/countdown';
import { checkIn } from '../domain/session/attendance';
import { configureSessionEnvironment, useSessionStore } from './session.store';
import { configureVaultEnvironment, useVaultStore } from './vault.store';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 18, 30);
let now = T0;
let databases: TestDatabases;
let session: VaultSession;
const store = () => useSessionStore.getState();

beforeEach(async () => {
  now = T0;
  let n = 0;
  configureSessionEnvironment({ now: () => now, newId: () => `id-${String((n += 1))}` });
  configureVaultEnvironment({ reload: vi.fn(), storage: new Map() as never });
  databases = createTestDatabases();
  session = await createTestSession(databases);
  useVaultStore.setState({ session, phase: 'unlocked' });
});

afterEach(async () => {
  await useVaultStore.getState().lock();
  databases.close();
});

function plan() {
  const template = BUILT_IN_TEMPLATES[0];
  if (!template) throw new Error('no templates');
  let n = 100;
  return instantiateTemplate(
    template,
    'en',
    { groupId: 'g', date: '2026-12-01', startTime: '18:30', venue: '' },
    () => `p-${String((n += 1))}`,
  );
}

function live() {
  const current = store().live;
  if (!current) throw new Error('no live session');
  return current;
}

const left = () => {
  const entry = currentEntry(live().agenda);
  return entry ? remainingMs(entry.countdown, now) : null;
};

/** The app again after a reload: the store emptied, the vault reopened on the same key. */
async function reload(): Promise<void> {
  await useVaultStore.getState().lock();
  session = { ...session, db: databases.track(openVaultDb(session.vaultId, databases.options)) };
  useVaultStore.setState({ session, phase: 'unlocked' });
  await store().resume();
}

describe('the live session store', () => {
  it('starts a session from a plan and picks it up after a reload, to the millisecond', async () => {
    store().beginFromPlan(plan());
    store().agenda({ type: 'start' });
    now += 2 * MIN;
    store().agenda({ type: 'adjust', deltaMs: MIN });
    now += 90_000;
    store().agenda({ type: 'pause' });
    now += 10 * MIN;
    const before = left();
    await reload();
    expect(left()).toBe(before);
    store().agenda({ type: 'resume' });
    now += 30_000;
    expect(left()).toBe((before ?? 0) - 30_000);
  });

  it('sounds the warning and the end once each, and moves on by itself when asked', () => {
    store().beginFromPlan(plan());
    store().agenda({ type: 'start' });
    const first = currentEntry(live().agenda);
    const length = first?.countdown.durationMs ?? 0;
    now = T0 + length - 2 * MIN - 1;
    expect(store().tick()).toBeNull();
    now += 1;
    expect(store().tick()).toBe('warning');
    expect(store().tick()).toBeNull();
    now = T0 + length;
    expect(store().tick()).toBe('end');
    store().agenda({ type: 'auto-advance', on: true });
    now += 1000;
    store().tick();
    expect(currentEntry(live().agenda)?.id).not.toBe(first?.id);
    expect(left()).toBe((live().agenda.entries[1]?.countdown.durationMs ?? 0) - 1000);
  });

  it('sounds an item’s own warning point, none when it is off, and records the cue', () => {
    store().beginAdHoc({ title: 'Drop-in', minutes: 10, language: 'en' }, null);
    const id = live().agenda.entries[0]?.id ?? '';
    store().agenda({ type: 'warning', id, warningMs: 5 * MIN });
    store().agenda({ type: 'start' });
    now = T0 + 5 * MIN - 1;
    expect(store().tick()).toBeNull();
    now += 1;
    expect(store().tick()).toBe('warning');
    expect(store().cue).toEqual({ kind: 'warning', at: now, title: 'Drop-in', warningMs: 5 * MIN });

    store().close();
    store().beginAdHoc({ title: 'Drop-in', minutes: 10, language: 'en' }, null);
    const other = live().agenda.entries[0]?.id ?? '';
    store().agenda({ type: 'warning', id: other, warningMs: 0 });
    store().agenda({ type: 'start' });
    now += 9 * MIN;
    expect(store().tick()).toBeNull();
    now += MIN;
    expect(store().tick()).toBe('end');
  });

  it('records what happens to the whole second, so every clock ticks on the same beat', () => {
    now = T0 + 370;
    store().beginAdHoc({ title: 'Drop-in', minutes: 10, language: 'en' }, null);
    store().agenda({ type: 'start' });
    expect(live().agenda.startedAt).toBe(T0);
    now = T0 + 61_999;
    store().agenda({ type: 'pause' });
    expect(currentEntry(live().agenda)?.countdown.pausedAt).toBe(T0 + 61_000);
  });

  it('leaves out a warning as long as the item, which would sound as it begins', () => {
    store().beginAdHoc({ title: 'Check-in', minutes: 2, language: 'en' }, null);
    store().agenda({ type: 'start' });
    expect(store().tick()).toBeNull();
    now += 2 * MIN;
    expect(store().tick()).toBe('end');
  });

  it('keeps the queue with the room, and undoes the last queue actions', async () => {
    store().beginAdHoc({ title: 'Drop-in', minutes: 60, language: 'en' }, null);
    store().setAttendees(
      checkIn(checkIn([], { id: 'sam', name: 'Sam', newcomer: false }), {
        id: 'lee',
        name: 'Lee',
        newcomer: true,
      }),
    );
    store().queue({ type: 'raise', memberId: 'lee' });
    store().queue({ type: 'raise', memberId: 'sam' });
    store().queue({ type: 'next' });
    expect(store().live?.queue.current?.memberId).toBe('lee');
    store().undoQueue();
    expect(store().live?.queue.current).toBeNull();
    expect(store().live?.queue.hands).toEqual(['lee', 'sam']);
    store().undoQueue();
    store().undoQueue();
    expect(store().live?.queue.hands).toEqual([]);
    await reload();
    expect(store().live?.attendees.map((a) => a.alias)).toEqual(['Sam', 'Lee']);
  });

  it('discards a session set up but never started, record and all', async () => {
    store().beginFromPlan(plan());
    const id = live().id;
    await vi.waitFor(async () => expect(await sessionsRepository(session).get(id)).toBeDefined());
    await store().discard();
    expect(store().live).toBeNull();
    expect(await sessionsRepository(session).get(id)).toBeUndefined();
    // A started session is never thrown away this way.
    store().beginFromPlan(plan());
    store().agenda({ type: 'start' });
    await store().discard();
    expect(store().live).not.toBeNull();
  });

  it('ends the session and keeps its record; an ended session is not resumed', async () => {
    store().beginFromPlan(plan());
    store().agenda({ type: 'start' });
    now += 7 * MIN;
    store().end();
    const id = store().live?.id ?? '';
    await useVaultStore.getState().lock();
    session = { ...session, db: databases.track(openVaultDb(session.vaultId, databases.options)) };
    useVaultStore.setState({ session, phase: 'unlocked' });
    const record = await sessionsRepository(session).get(id);
    expect(record?.agenda.endedAt).toBe(T0 + 7 * MIN);
    await store().resume();
    expect(store().live).toBeNull();
  });
});
