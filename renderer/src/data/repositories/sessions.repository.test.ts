import { afterEach, describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../../domain/plans/plan';
import { BUILT_IN_TEMPLATES } from '../../domain/plans/templates';
import { adjust, next, pause, startSession } from '../../domain/session/agenda';
import { checkIn, walkIn } from '../../domain/session/attendance';
import { queueReducer } from '../../domain/session/queue';
import { sessionFromPlan, withAttendees } from '../../domain/session/session';
import { vaultDbName } from '../names';
import {
  createTestDatabases,
  createTestSession,
  exportDatabase,
  findPlaintext,
  type TestDatabases,
} from '../testing/vaultFixtures';
import { sessionsRepository } from './sessions.repository';

let databases: TestDatabases;
afterEach(() => databases.close());

const T0 = Date.UTC(2026, 11, 1, 18, 30);
const MIN = 60_000;

function counter() {
  let n = 0;
  return () => `id-${String((n += 1))}`;
}

describe('live sessions in the vault', () => {
  it('store a session mid-run, as facts, and read it back exactly; nothing in clear', async () => {
    databases = createTestDatabases();
    const vault = await createTestSession(databases, { vaultId: 'v' });
    const template = BUILT_IN_TEMPLATES[0];
    if (!template) throw new Error('no templates');
    const ids = counter();
    const plan = instantiateTemplate(
      template,
      'en',
      { groupId: 'group-1', date: '2026-12-01', startTime: '18:30', venue: '' },
      ids,
    );
    let live = sessionFromPlan(plan, ids, T0);
    live = withAttendees(
      live,
      walkIn(
        checkIn([], { id: 'sam', name: 'CanaryAliasSam', newcomer: false }),
        'CanaryWalkIn',
        true,
        ids,
      ),
      T0,
    );
    let agenda = startSession(live.agenda, T0);
    agenda = next(adjust(agenda, 2 * MIN), T0 + 7 * MIN);
    agenda = pause(agenda, T0 + 8 * MIN);
    let queue = queueReducer(live.queue, { type: 'start-round' }, T0 + 8 * MIN);
    queue = queueReducer(queue, { type: 'pass' }, T0 + 9 * MIN);
    live = { ...live, agenda, queue };

    const repository = sessionsRepository(vault);
    await repository.put(live);
    expect(await repository.get(live.id)).toEqual(live);
    expect((await repository.listBy('groupId', 'group-1')).map((s) => s.id)).toEqual([live.id]);

    const stored = await exportDatabase(databases.indexedDB, vaultDbName('v'));
    expect(findPlaintext(stored, ['CanaryAliasSam', 'CanaryWalkIn', template.name.en])).toEqual([]);
  });

  it('refuses a session that breaks the record rules', async () => {
    databases = createTestDatabases();
    const vault = await createTestSession(databases);
    const template = BUILT_IN_TEMPLATES[0];
    if (!template) throw new Error('no templates');
    const ids = counter();
    const plan = instantiateTemplate(
      template,
      'en',
      { groupId: null, date: '2026-12-01', startTime: '18:30', venue: '' },
      ids,
    );
    const live = sessionFromPlan(plan, ids, T0);
    const repository = sessionsRepository(vault);
    await expect(
      repository.put({ ...live, settings: { ...live.settings, volume: 2 } }),
    ).rejects.toThrow();
    await expect(
      repository.put({
        ...live,
        attendees: [{ id: 'x', memberId: null, alias: '', newcomer: false }],
      }),
    ).rejects.toThrow();
    expect(await repository.list()).toEqual([]);
  });
});
