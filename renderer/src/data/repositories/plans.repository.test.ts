import { afterEach, describe, expect, it, vi } from 'vitest';
import { newGroup, newMember, type Group } from '../../domain/groups/group';
import { instantiateTemplate, saveAsTemplate } from '../../domain/plans/plan';
import { BUILT_IN_TEMPLATES } from '../../domain/plans/templates';
import {
  createTestDatabases,
  createTestSession,
  exportDatabase,
  findPlaintext,
  type TestDatabases,
} from '../testing/vaultFixtures';
import { vaultDbName } from '../names';
import { groupsRepository } from './groups.repository';
import { plansRepository, templatesRepository } from './plans.repository';

let databases: TestDatabases;
afterEach(() => databases.close());

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${String((n += 1))}`;
}

const template = BUILT_IN_TEMPLATES[0];
if (!template) throw new Error('no templates');

function aGroup(): Group {
  const group = newGroup({ name: 'Mardi soir', kind: 'peer-led' }, 'fr', counter('g'), 1000);
  return {
    ...group,
    meetingDay: 2,
    meetingTime: '18:30',
    members: [newMember('Canary-Alias-Ysolde', counter('m'), '2026-11-21')],
  };
}

describe('groups, plans and templates in the vault', () => {
  it('round-trip through encryption, and nothing but ids and timestamps is stored in the clear', async () => {
    databases = createTestDatabases();
    const session = await createTestSession(databases, { vaultId: 'v' });
    const group = aGroup();
    const base = instantiateTemplate(
      template,
      'en',
      { groupId: group.id, date: '2026-12-01', startTime: '18:30', venue: 'Room 2' },
      counter('p'),
    );
    const plan = {
      ...base,
      goals: ['Canary-Goal-Quince'],
      items: base.items.map((item, i) =>
        i === 0
          ? { ...item, script: 'Canary-Script-Bramble', prepNotes: 'Canary-Note-Larch' }
          : item,
      ),
    };
    const saved = saveAsTemplate(plan, 'Canary-Template-Osier', counter('t'), 5);

    await groupsRepository(session).put(group);
    await plansRepository(session).put(plan);
    await templatesRepository(session).put(saved);

    expect(await groupsRepository(session).get(group.id)).toEqual(group);
    expect(await plansRepository(session).get(plan.id)).toEqual(plan);
    expect(await templatesRepository(session).list()).toEqual([saved]);

    const stored = await exportDatabase(databases.indexedDB, vaultDbName('v'));
    expect(
      findPlaintext(stored, [
        'Canary-Alias-Ysolde',
        'Mardi soir',
        'Canary-Goal-Quince',
        'Canary-Script-Bramble',
        'Canary-Note-Larch',
        'Canary-Template-Osier',
      ]),
    ).toEqual([]);
    const planRow = stored?.tables.plans?.rows[0] as Record<string, unknown>;
    expect(Object.keys(planRow).sort()).toEqual(['groupId', 'id', 'record', 'updatedAt']);
    expect(planRow.groupId).toBe(group.id);
  });

  it("lists one group's plans without reading the others", async () => {
    databases = createTestDatabases();
    const session = await createTestSession(databases);
    const plans = plansRepository(session);
    const place = (groupId: string) => ({
      groupId,
      date: '2026-12-01',
      startTime: '18:30',
      venue: '',
    });
    const ids = counter('x');
    await plans.putMany([
      instantiateTemplate(template, 'en', place('a'), ids),
      instantiateTemplate(template, 'fr', place('b'), ids),
      instantiateTemplate(template, 'ar', place('a'), ids),
    ]);
    const ofA = await plans.listBy('groupId', 'a');
    expect(ofA.map((p) => p.language).sort()).toEqual(['ar', 'en']);
    // Only the ids, read without decrypting anything.
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    expect((await plans.idsBy('groupId', 'a')).sort()).toEqual(ofA.map((p) => p.id).sort());
    expect(decrypt).not.toHaveBeenCalled();
    await expect(plans.idsBy('title', 'x')).rejects.toThrow(/not an index/);
  });

  it('refuses a record that breaks the rules the UI enforces', async () => {
    databases = createTestDatabases();
    const session = await createTestSession(databases);
    const plan = instantiateTemplate(
      template,
      'en',
      { groupId: 'g', date: '2026-12-01', startTime: '18:30', venue: '' },
      counter('p'),
    );
    const plans = plansRepository(session);
    await expect(plans.put({ ...plan, title: '' })).rejects.toThrow();
    await expect(plans.put({ ...plan, startTime: '25:00' })).rejects.toThrow();
    const [first] = plan.items;
    if (!first) throw new Error('no items');
    await expect(plans.put({ ...plan, items: [{ ...first, minutes: 0 }] })).rejects.toThrow();
    await expect(plans.put({ ...plan, items: [{ ...first, minutes: 481 }] })).rejects.toThrow();
    await expect(
      groupsRepository(session).put({
        ...aGroup(),
        members: [{ ...newMember('', counter('m'), '') }],
      }),
    ).rejects.toThrow();
    expect(await plans.list()).toEqual([]);
  });
});
