import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plansRepository } from '../data/repositories/plans.repository';
import type { VaultSession } from '../data/repositories/repository';
import { sessionsRepository } from '../data/repositories/sessions.repository';
import {
  createTestDatabases,
  createTestSession,
  type TestDatabases,
} from '../data/testing/vaultFixtures';
import { blankPlan } from '../domain/plans/plan';
import { newAgenda } from '../domain/session/agenda';
import { ranSession, WEEK } from '../testing/sessionFixtures';
import { useGroupsStore } from './groups.store';
import { kindOfEntry, useInsightsStore } from './insights.store';
import { useSessionStore } from './session.store';
import { configureVaultEnvironment, useVaultStore } from './vault.store';

const T0 = Date.UTC(2026, 8, 1, 18);
const store = () => useInsightsStore.getState();
let databases: TestDatabases;
let session: VaultSession;

beforeEach(async () => {
  configureVaultEnvironment({ reload: vi.fn(), storage: new Map() as never });
  databases = createTestDatabases();
  session = await createTestSession(databases);
  useVaultStore.setState({ session, phase: 'unlocked' });
});

afterEach(async () => {
  await useVaultStore.getState().lock();
  databases.close();
});

let n = 0;
const plan = (groupId: string) =>
  blankPlan(
    { plan: 'Circle', welcome: 'Welcome', closing: 'Closing' },
    'en',
    { groupId, date: '2026-09-01', startTime: '18:00', venue: '' },
    () => `p${String((n += 1))}`,
  );

describe('the insights store', () => {
  it("reads one group's finished sessions, oldest first, and its plans' item kinds", async () => {
    const circle = plan('g');
    const [welcome, closing] = circle.items;
    const itemIds = [welcome?.id ?? '', closing?.id ?? ''];
    const items = [
      ['Welcome', 10, 12],
      ['Closing', 10, 10],
    ] as const;
    const later = ranSession({
      id: 's2',
      groupId: 'g',
      planId: circle.id,
      startedAt: T0 + WEEK,
      items,
      itemIds,
      people: [['ana']],
    });
    const earlier = { ...later, id: 's1', agenda: { ...later.agenda, startedAt: T0 } };
    const notRun = { ...later, id: 's3', agenda: newAgenda([]) };
    const otherGroup = { ...later, id: 's4', groupId: 'h' };
    await sessionsRepository(session).putMany([later, earlier, notRun, otherGroup]);
    await plansRepository(session).putMany([circle, plan('h')]);

    await store().load('g');
    expect(store().status).toBe('ready');
    expect(store().groupId).toBe('g');
    expect(store().sessions.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(kindOfEntry(store().kinds, later, itemIds[0] ?? '')).toBe('welcome');
    expect(kindOfEntry(store().kinds, later, itemIds[1] ?? '')).toBe('closing');
    // A session without a plan has no kinds to tell.
    expect(kindOfEntry(store().kinds, { ...later, planId: null }, itemIds[0] ?? '')).toBe(
      undefined,
    );
  });

  it('counts what is in memory as newer: the session just ended, a plan being edited', async () => {
    const circle = plan('g');
    const stored = ranSession({
      id: 's1',
      groupId: 'g',
      planId: circle.id,
      startedAt: T0,
      items: [['Welcome', 10, 10]],
      itemIds: [circle.items[0]?.id ?? ''],
      people: [['ana']],
    });
    await sessionsRepository(session).put({ ...stored, agenda: newAgenda([]) });
    await plansRepository(session).put(circle);
    useSessionStore.setState({ live: stored });
    const edited = {
      ...circle,
      items: circle.items.map((item, i) =>
        i === 0 ? { ...item, kind: 'sharing' as const } : item,
      ),
    };
    useGroupsStore.setState({ plans: { [circle.id]: edited } });

    await store().load('g');
    expect(store().sessions.map((s) => s.id)).toEqual(['s1']);
    expect(kindOfEntry(store().kinds, stored, circle.items[0]?.id ?? '')).toBe('sharing');
  });

  it('leaves the emptied store alone when a read lands after the vault locked', async () => {
    await sessionsRepository(session).put(
      ranSession({ id: 's1', groupId: 'g', startedAt: T0, items: [['A', 1, 1]], people: [] }),
    );
    const reading = store().load('g');
    await useVaultStore.getState().lock();
    await reading;
    expect(store()).toMatchObject({ groupId: null, status: 'idle', sessions: [] });
  });

  it('empties itself when the vault locks', async () => {
    await sessionsRepository(session).put(
      ranSession({ id: 's1', groupId: 'g', startedAt: T0, items: [['A', 1, 1]], people: [] }),
    );
    await store().load('g');
    expect(store().sessions).toHaveLength(1);
    await useVaultStore.getState().lock();
    expect(store()).toMatchObject({ groupId: null, status: 'idle', sessions: [], kinds: {} });
  });
});
