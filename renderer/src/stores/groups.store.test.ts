import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { groupsRepository } from '../data/repositories/groups.repository';
import {
  planSummariesRepository,
  plansRepository,
  templatesRepository,
} from '../data/repositories/plans.repository';
import type { VaultSession } from '../data/repositories/repository';
import { openVaultDb } from '../data/db';
import {
  createTestDatabases,
  createTestSession,
  type TestDatabases,
} from '../data/testing/vaultFixtures';
import { BUILT_IN_TEMPLATES } from '../domain/plans/templates';
import { configureGroupsEnvironment, draftKey, useGroupsStore } from './groups.store';
import { configureVaultEnvironment, useVaultStore } from './vault.store';

const store = () => useGroupsStore.getState();
let databases: TestDatabases;
let session: VaultSession;
let ids = 0;
const reload = vi.fn();

const NOW = new Date(2026, 10, 21, 10, 0).getTime(); // Saturday 21 November 2026

beforeEach(async () => {
  databases = createTestDatabases();
  session = await createTestSession(databases);
  ids = 0;
  configureGroupsEnvironment({ now: () => NOW, newId: () => `id-${String((ids += 1))}` });
  configureVaultEnvironment({ reload, storage: new Map() as never });
  useVaultStore.setState({ session, phase: 'unlocked' });
  reload.mockReset();
});

afterEach(async () => {
  await store().flush();
  useGroupsStore.getState().dismissUndo();
  // Locking empties the store, as in the app.
  await useVaultStore.getState().lock();
  databases.close();
});

/** The app after a lock: the same key, a new connection to the same database. */
function reopen(): void {
  session = { ...session, db: databases.track(openVaultDb(session.vaultId, databases.options)) };
}

const stored = {
  group: (id: string) => groupsRepository(session).get(id),
  plan: (id: string) => plansRepository(session).get(id),
  plans: () => plansRepository(session).list(),
};

function aGroupWithPlan() {
  const groupId = store().createGroup('Tuesday circle', 'peer-led', 'en');
  const template = BUILT_IN_TEMPLATES[0];
  if (!template) throw new Error('no templates');
  const planId = store().createPlan(groupId, {
    kind: 'built-in',
    templateId: template.id,
    language: 'en',
  });
  return { groupId, planId };
}

describe('groups', () => {
  it('creates a group with the default ground rules and saves it encrypted', async () => {
    const id = store().createGroup('Tuesday circle', 'grief', 'fr');
    expect(store().groups[id]?.groundRules[0]).toBe('Ce qui se dit ici reste ici');
    await store().flush();
    expect(await stored.group(id)).toEqual(store().groups[id]);
    expect(store().save).toBe('saved');
  });

  it('coalesces quick edits into one write of the latest state', async () => {
    const id = store().createGroup('Tuesday circle', 'grief', 'en');
    await store().flush();
    const put = vi.spyOn(session.db.table('groups'), 'put');
    for (const venue of ['R', 'Ro', 'Roo', 'Room 4']) {
      store().updateGroup(id, (g) => ({ ...g, venue }));
    }
    expect(store().save).toBe('saving');
    await store().flush();
    expect(put).toHaveBeenCalledTimes(1);
    expect((await stored.group(id))?.venue).toBe('Room 4');
  });

  it('loads what was saved after the vault is locked and opened again', async () => {
    const { groupId, planId } = aGroupWithPlan();
    store().addMember(groupId, 'Sam');
    await store().flush();
    await useVaultStore.getState().lock();
    expect(store().groups).toEqual({});
    reopen();
    useVaultStore.setState({ session, phase: 'unlocked' });
    await store().load();
    expect(store().groups[groupId]?.members.map((m) => m.name)).toEqual(['Sam']);
    expect(store().plans[planId]).toBeUndefined();
    await store().loadPlans(groupId);
    // The list reads summaries; the whole plan is read when it is opened.
    expect(store().summaries[planId]?.groupId).toBe(groupId);
    expect(store().plans[planId]).toBeUndefined();
    expect((await store().loadPlan(planId))?.groupId).toBe(groupId);
    expect(store().plans[planId]?.items.length).toBeGreaterThan(3);
  });

  it('writes the last edits before the vault locks', async () => {
    const id = store().createGroup('Tuesday circle', 'grief', 'en');
    await store().flush();
    store().updateGroup(id, (g) => ({ ...g, purpose: 'typed just before locking' }));
    await useVaultStore.getState().lock();
    expect(reload).toHaveBeenCalledTimes(1);
    reopen();
    expect((await stored.group(id))?.purpose).toBe('typed just before locking');
  });

  it('deletes a group with its plans, and undo brings both back', async () => {
    const { groupId, planId } = aGroupWithPlan();
    await store().flush();
    await store().deleteGroup(groupId);
    await store().flush();
    expect(store().groups[groupId]).toBeUndefined();
    expect(await stored.group(groupId)).toBeUndefined();
    expect(await stored.plans()).toEqual([]);
    expect(store().undo).toMatchObject({ kind: 'group', name: 'Tuesday circle' });

    store().undoLast();
    await store().flush();
    expect(store().undo).toBeNull();
    expect((await stored.group(groupId))?.name).toBe('Tuesday circle');
    expect((await stored.plan(planId))?.groupId).toBe(groupId);
  });
});

describe('members', () => {
  it('adds, edits and removes a member; undo puts them back in their place', async () => {
    const groupId = store().createGroup('Tuesday circle', 'grief', 'en');
    const a = store().addMember(groupId, ' Ana ');
    const b = store().addMember(groupId, 'Bo');
    store().addMember(groupId, 'Cy');
    store().updateMember(groupId, b, { pronouns: 'they/them', newcomer: false });
    expect(store().groups[groupId]?.members.map((m) => m.name)).toEqual(['Ana', 'Bo', 'Cy']);
    expect(store().groups[groupId]?.members[0]).toMatchObject({
      id: a,
      joinedOn: '2026-11-21',
      active: true,
    });

    store().removeMember(groupId, b);
    expect(store().groups[groupId]?.members.map((m) => m.name)).toEqual(['Ana', 'Cy']);
    expect(store().undo).toMatchObject({ kind: 'member', name: 'Bo' });
    store().undoLast();
    await store().flush();
    expect((await stored.group(groupId))?.members.map((m) => [m.name, m.pronouns])).toEqual([
      ['Ana', ''],
      ['Bo', 'they/them'],
      ['Cy', ''],
    ]);
  });
});

describe('plans', () => {
  it("creates a plan from a template on the group's next usual day, time and venue", () => {
    const groupId = store().createGroup('Tuesday circle', 'grief', 'en');
    store().updateGroup(groupId, (g) => ({
      ...g,
      meetingDay: 2,
      meetingTime: '19:15',
      venue: 'Room 4',
    }));
    const template = BUILT_IN_TEMPLATES[3];
    if (!template) throw new Error('no templates');
    const id = store().createPlan(groupId, {
      kind: 'built-in',
      templateId: template.id,
      language: 'ar',
    });
    expect(store().plans[id]).toMatchObject({
      groupId,
      date: '2026-11-24',
      startTime: '19:15',
      venue: 'Room 4',
      language: 'ar',
      title: template.name.ar,
      groundRules: null,
    });
  });

  it('starts a blank plan with the titles it is given', () => {
    const groupId = store().createGroup('Tuesday circle', 'grief', 'en');
    const id = store().createPlan(groupId, {
      kind: 'blank',
      language: 'fr',
      titles: { plan: 'Nouvelle séance', welcome: 'Accueil', closing: 'Clôture' },
    });
    expect(store().plans[id]?.items.map((i) => i.title)).toEqual(['Accueil', 'Clôture']);
    expect(store().plans[id]?.startTime).toBe('18:00');
  });

  it('duplicates and plans the next session a week later', async () => {
    const { planId } = aGroupWithPlan();
    store().updateItem(planId, store().plans[planId]?.items[0]?.id ?? '', {
      prepNotes: 'bring tea',
    });
    const copy = await store().duplicatePlan(planId);
    const next = await store().planNext(planId);
    if (!copy || !next) throw new Error('not created');
    expect(store().plans[copy]?.items[0]?.prepNotes).toBe('bring tea');
    expect(store().plans[next]?.date).toBe('2026-11-28');
    expect(store().plans[next]?.items[0]?.prepNotes).toBe('');
    await store().flush();
    expect((await stored.plans()).length).toBe(3);
  });

  it('reorders, adds and removes items; undo restores the item where it was', async () => {
    const { planId } = aGroupWithPlan();
    const titles = () => store().plans[planId]?.items.map((i) => i.title) ?? [];
    const before = titles();
    store().moveItem(planId, 0, 2);
    expect(titles()).toEqual([before[1], before[2], before[0], ...before.slice(3)]);
    const added = store().addItem(planId, 'break', 'Tea', 10);
    expect(titles().at(-1)).toBe('Tea');
    const second = store().plans[planId]?.items[1];
    if (!second) throw new Error('no item');
    store().removeItem(planId, second.id);
    expect(titles()).not.toContain(second.title);
    store().undoLast();
    expect(titles()[1]).toBe(second.title);
    await store().flush();
    expect((await stored.plan(planId))?.items.map((i) => i.id)).toContain(added);
    expect((await stored.plan(planId))?.items[1]?.id).toBe(second.id);
  });

  it('deletes a plan, and undo brings it back; a newer deletion replaces the older undo', async () => {
    const { groupId, planId } = aGroupWithPlan();
    const other = (await store().duplicatePlan(planId)) ?? '';
    await store().flush();
    await store().deletePlan(planId);
    await store().deletePlan(other);
    expect(store().undo?.kind).toBe('plan');
    store().undoLast();
    await store().flush();
    expect(await stored.plan(other)).toBeDefined();
    expect(await stored.plan(planId)).toBeUndefined();
    expect(Object.values(store().plans).filter((p) => p.groupId === groupId)).toHaveLength(1);
    expect(Object.keys(store().summaries)).toEqual([other]);
    expect((await planSummariesRepository(session).list()).map((p) => p.id)).toEqual([other]);
  });

  it('saves a plan as a template that a new plan can start from', async () => {
    const { groupId, planId } = aGroupWithPlan();
    const templateId = store().saveTemplate(planId, 'Our format');
    if (!templateId) throw new Error('not saved');
    const id = store().createPlan(groupId, { kind: 'saved', templateId });
    expect(store().plans[id]?.title).toBe('Our format');
    expect(store().plans[id]?.items.length).toBe(store().plans[planId]?.items.length);
    await store().flush();
    expect((await templatesRepository(session).list()).map((t) => t.name)).toEqual(['Our format']);
    store().deleteTemplate(templateId);
    expect(store().templates).toEqual([]);
    store().undoLast();
    expect(store().templates.map((t) => t.name)).toEqual(['Our format']);
  });
});

describe('plan summaries', () => {
  it('keep the list in step with every edit, and are rebuilt if the app stopped between writes', async () => {
    const { groupId, planId } = aGroupWithPlan();
    store().updatePlan(planId, (p) => ({ ...p, title: 'Renamed' }));
    store().addItem(planId, 'break', 'Tea', 10);
    await store().flush();
    const summaries = planSummariesRepository(session);
    expect(await summaries.get(planId)).toMatchObject({ title: 'Renamed', groupId });
    const itemCount = store().plans[planId]?.items.length;
    expect((await summaries.get(planId))?.itemCount).toBe(itemCount);

    // The app stopped after writing a plan but before its summary; and a summary outlived its plan.
    const lost = store().duplicatePlan(planId);
    const lostId = (await lost) ?? '';
    await store().flush();
    await summaries.delete(lostId);
    await summaries.put({ ...((await summaries.get(planId)) ?? never()), id: 'gone' });
    await useVaultStore.getState().lock();
    reopen();
    useVaultStore.setState({ session, phase: 'unlocked' });
    await store().load();
    await store().loadPlans(groupId);
    expect(Object.keys(store().summaries).sort()).toEqual([lostId, planId].sort());
    await store().flush();
    const rebuilt = planSummariesRepository(session);
    expect((await rebuilt.list()).map((p) => p.id).sort()).toEqual([lostId, planId].sort());
  });
});

function never(): never {
  throw new Error('missing');
}

describe('drafts', () => {
  it('keeps text that cannot be stored yet, until it is valid or cleared', () => {
    const key = draftKey('plan-1', 'startTime');
    store().setDraft(key, '25:00');
    expect(store().drafts[key]).toBe('25:00');
    store().setDraft(key, null);
    expect(store().drafts).toEqual({});
  });
});

describe('when saving fails', () => {
  it('says so and tries again, without losing the edit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const id = store().createGroup('Tuesday circle', 'grief', 'en');
      await store().flush();
      const put = vi
        .spyOn(session.db.table('groups'), 'put')
        .mockRejectedValueOnce(new Error('disk full'));
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      store().updateGroup(id, (g) => ({ ...g, venue: 'Hall' }));
      await store().flush();
      expect(store().save).toBe('failed');
      expect(error).toHaveBeenCalledWith('Could not save: Error');
      await vi.advanceTimersByTimeAsync(3000);
      await store().flush();
      expect(put).toHaveBeenCalledTimes(2);
      expect(store().save).toBe('saved');
      expect((await stored.group(id))?.venue).toBe('Hall');
    } finally {
      vi.useRealTimers();
    }
  });
});
