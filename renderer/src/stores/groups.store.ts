/**
 * Groups, their session plans and the facilitator's own templates, decrypted in memory while the
 * vault is open. Every edit changes memory at once (so a screen can be left mid-word and found as
 * it was) and is written, encrypted, shortly after: edits to the same record within SAVE_DELAY_MS
 * are written once. Deletions can be undone until the next deletion. Text that can't be stored
 * (an empty title, "25:00") is kept as a draft beside the record, with its message at the field.
 */
import { reportUnlessLocked } from './openVault';
import { create } from 'zustand';
import {
  newGroup,
  newMember,
  nextMeetingDate,
  type Group,
  type Member,
} from '../domain/groups/group';
import {
  blankPlan,
  duplicatePlan,
  instantiateSavedTemplate,
  instantiateTemplate,
  newAgendaItem,
  planNextSession,
  saveAsTemplate,
  summarizePlan,
  type AgendaItem,
  type PlanPlace,
  type PlanSummary,
  type SavedTemplate,
  type SessionPlan,
} from '../domain/plans/plan';
import { moveItem } from '../domain/plans/schedule';
import {
  BUILT_IN_TEMPLATES,
  type GroupKind,
  type ItemKind,
  type TemplateLanguage,
} from '../domain/plans/templates';
import { localIsoDate } from '../domain/time/calendar';
import type { Repository, VaultSession } from '../data/repositories/repository';
import { registerPendingWrites, registerPlaintextStore } from './plaintext';
import { useVaultStore } from './vault.store';

export const SAVE_DELAY_MS = 300;
const RETRY_MS = 3000;

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** What a deletion took away, so it can be put back. */
export interface UndoEntry {
  readonly id: number;
  readonly kind: 'group' | 'plan' | 'item' | 'member' | 'template';
  /** The name or title of what was deleted, for "“Check-in” deleted". */
  readonly name: string;
}

export type PlanSource =
  | { readonly kind: 'built-in'; readonly templateId: string; readonly language: TemplateLanguage }
  | { readonly kind: 'saved'; readonly templateId: string }
  | {
      readonly kind: 'blank';
      readonly language: TemplateLanguage;
      readonly titles: {
        readonly plan: string;
        readonly welcome: string;
        readonly closing: string;
      };
    };

export interface GroupsState {
  readonly status: LoadStatus;
  readonly groups: Readonly<Record<string, Group>>;
  /** Whole plans, read one at a time as they are opened. */
  readonly plans: Readonly<Record<string, SessionPlan>>;
  /** What the lists show, for the groups opened so far. */
  readonly summaries: Readonly<Record<string, PlanSummary>>;
  /** The groups whose plan summaries are in memory. */
  readonly plansLoaded: Readonly<Record<string, LoadStatus>>;
  /** Plans being read, or that could not be. */
  readonly planLoads: Readonly<Record<string, LoadStatus>>;
  readonly templates: readonly SavedTemplate[];
  readonly save: SaveStatus;
  /** Field text that could not be stored yet, by draftKey(). */
  readonly drafts: Readonly<Record<string, string>>;
  readonly undo: UndoEntry | null;
}

interface GroupsActions {
  readonly load: () => Promise<void>;
  /** Reads the summaries of a group's plans (what its list shows). */
  readonly loadPlans: (groupId: string) => Promise<void>;
  /** Reads one whole plan, to open it. */
  readonly loadPlan: (planId: string) => Promise<SessionPlan | undefined>;
  readonly createGroup: (name: string, kind: GroupKind, language: TemplateLanguage) => string;
  readonly updateGroup: (id: string, change: (group: Group) => Group) => void;
  readonly deleteGroup: (id: string) => Promise<void>;
  readonly addMember: (groupId: string, name: string) => string;
  readonly updateMember: (
    groupId: string,
    memberId: string,
    patch: Partial<Omit<Member, 'id'>>,
  ) => void;
  readonly removeMember: (groupId: string, memberId: string) => void;
  readonly createPlan: (groupId: string, source: PlanSource, date?: string) => string;
  readonly updatePlan: (id: string, change: (plan: SessionPlan) => SessionPlan) => void;
  readonly duplicatePlan: (id: string) => Promise<string | null>;
  readonly planNext: (id: string) => Promise<string | null>;
  readonly deletePlan: (id: string) => Promise<void>;
  readonly addItem: (planId: string, kind: ItemKind, title: string, minutes: number) => string;
  readonly updateItem: (
    planId: string,
    itemId: string,
    patch: Partial<Omit<AgendaItem, 'id'>>,
  ) => void;
  readonly moveItem: (planId: string, from: number, to: number) => void;
  readonly removeItem: (planId: string, itemId: string) => void;
  readonly saveTemplate: (planId: string, name: string) => string | null;
  readonly deleteTemplate: (id: string) => void;
  readonly setDraft: (key: string, text: string | null) => void;
  readonly undoLast: () => void;
  readonly dismissUndo: () => void;
  /** Writes everything pending now (also called before the vault locks). */
  readonly flush: () => Promise<void>;
}

export function draftKey(recordId: string, field: string): string {
  return `${recordId}:${field}`;
}

export interface GroupsEnvironment {
  readonly now: () => number;
  readonly newId: () => string;
}

let environment: GroupsEnvironment = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};

/** For tests: a fixed clock and predictable ids. */
export function configureGroupsEnvironment(next: Partial<GroupsEnvironment>): void {
  environment = { ...environment, ...next };
}

const INITIAL: GroupsState = {
  status: 'idle',
  groups: {},
  plans: {},
  summaries: {},
  plansLoaded: {},
  planLoads: {},
  templates: [],
  save: 'idle',
  drafts: {},
  undo: null,
};

// ---- persistence ----

type Table = 'groups' | 'plans' | 'planSummaries' | 'templates';
interface Repositories {
  readonly groups: Repository<Group>;
  readonly plans: Repository<SessionPlan>;
  readonly planSummaries: Repository<PlanSummary>;
  readonly templates: Repository<SavedTemplate>;
}

let repositories: { session: VaultSession; value: Repositories } | null = null;

async function repos(): Promise<Repositories> {
  const session = useVaultStore.getState().session;
  if (!session) throw new Error('The vault is locked');
  if (repositories?.session !== session) {
    const [
      { groupsRepository },
      { planSummariesRepository, plansRepository, templatesRepository },
    ] = await Promise.all([
      import('../data/repositories/groups.repository'),
      import('../data/repositories/plans.repository'),
    ]);
    repositories = {
      session,
      value: {
        groups: groupsRepository(session),
        plans: plansRepository(session),
        planSummaries: planSummariesRepository(session),
        templates: templatesRepository(session),
      },
    };
  }
  return repositories.value;
}

type Write =
  | { readonly table: 'groups'; readonly op: 'put'; readonly record: Group }
  | { readonly table: 'plans'; readonly op: 'put'; readonly record: SessionPlan }
  | { readonly table: 'planSummaries'; readonly op: 'put'; readonly record: PlanSummary }
  | { readonly table: 'templates'; readonly op: 'put'; readonly record: SavedTemplate }
  | { readonly table: Table; readonly op: 'delete'; readonly id: string };

const idOf = (write: Write) => (write.op === 'put' ? write.record.id : write.id);
const keyOf = (write: Write) => `${write.table}:${idOf(write)}`;

/** Pending writes by table and id: only the latest state of each record is written. */
const pending = new Map<string, Write>();
let timer: ReturnType<typeof setTimeout> | undefined;
let writing: Promise<void> = Promise.resolve();

async function perform(write: Write): Promise<void> {
  const r = await repos();
  if (write.op === 'delete') {
    await r[write.table].delete(write.id);
    return;
  }
  switch (write.table) {
    case 'groups':
      return r.groups.put(write.record);
    case 'plans':
      return r.plans.put(write.record);
    case 'planSummaries':
      return r.planSummaries.put(write.record);
    case 'templates':
      return r.templates.put(write.record);
  }
}

function setSave(save: SaveStatus): void {
  if (useGroupsStore.getState().save !== save) useGroupsStore.setState({ save });
}

function flushNow(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  if (pending.size === 0) return writing;
  const batch = [...pending.values()];
  pending.clear();
  writing = writing.then(async () => {
    const failed: Write[] = [];
    for (const write of batch) {
      try {
        await perform(write);
      } catch (error) {
        console.error(`Could not save: ${error instanceof Error ? error.name : typeof error}`);
        failed.push(write);
      }
    }
    // A failed write is tried again, unless a newer edit of the same record is already waiting.
    for (const write of failed) if (!pending.has(keyOf(write))) pending.set(keyOf(write), write);
    if (failed.length > 0) {
      setSave('failed');
      clearTimeout(timer);
      timer = setTimeout(() => void flushNow(), RETRY_MS);
    } else setSave(pending.size > 0 ? 'saving' : 'saved');
  });
  return writing;
}

function enqueue(write: Write, immediately = false): void {
  pending.set(keyOf(write), write);
  setSave('saving');
  clearTimeout(timer);
  if (immediately) void flushNow();
  else timer = setTimeout(() => void flushNow(), SAVE_DELAY_MS);
}

registerPendingWrites({
  flush: flushNow,
  discard: () => {
    clearTimeout(timer);
    pending.clear();
  },
});

// ---- undo ----

let undoCounter = 0;
let undoRestore: (() => void) | null = null;

function offerUndo(kind: UndoEntry['kind'], name: string, restore: () => void): void {
  undoRestore = restore;
  useGroupsStore.setState({ undo: { id: ++undoCounter, kind, name } });
}

function insertAt<T>(list: readonly T[], index: number, value: T): T[] {
  const copy = [...list];
  copy.splice(Math.min(index, copy.length), 0, value);
  return copy;
}

function omit<T>(record: Readonly<Record<string, T>>, ...ids: string[]): Record<string, T> {
  const gone = new Set(ids);
  return Object.fromEntries(Object.entries(record).filter(([key]) => !gone.has(key)));
}

const today = () => localIsoDate(environment.now());

export const useGroupsStore = create<GroupsState & GroupsActions>()((set, get) => {
  const putGroup = (group: Group) => {
    set((s) => ({ groups: { ...s.groups, [group.id]: group } }));
    enqueue({ table: 'groups', op: 'put', record: group });
  };
  // A plan and its summary change together; the plan is written first.
  const putPlan = (plan: SessionPlan, immediately = false) => {
    const summary = summarizePlan(plan);
    set((s) => ({
      plans: { ...s.plans, [plan.id]: plan },
      summaries: { ...s.summaries, [plan.id]: summary },
    }));
    enqueue({ table: 'plans', op: 'put', record: plan }, immediately);
    enqueue({ table: 'planSummaries', op: 'put', record: summary }, immediately);
  };
  const dropPlans = (ids: readonly string[]) => {
    set((s) => ({ plans: omit(s.plans, ...ids), summaries: omit(s.summaries, ...ids) }));
    for (const id of ids) {
      enqueue({ table: 'plans', op: 'delete', id }, true);
      enqueue({ table: 'planSummaries', op: 'delete', id }, true);
    }
  };
  /** The whole plan, from memory or read now. */
  const wholePlan = async (id: string): Promise<SessionPlan | undefined> =>
    get().plans[id] ?? (await get().loadPlan(id));
  const changePlan = (id: string, change: (plan: SessionPlan) => SessionPlan) => {
    const plan = get().plans[id];
    if (plan) putPlan(change(plan));
  };
  const changeGroup = (id: string, change: (group: Group) => Group) => {
    const group = get().groups[id];
    if (group) putGroup(change(group));
  };
  const placeFor = (groupId: string, date?: string): PlanPlace => {
    const group = get().groups[groupId];
    return {
      groupId,
      date: date ?? nextMeetingDate(group?.meetingDay ?? null, today()),
      startTime: group?.meetingTime || '18:00',
      venue: group?.venue ?? '',
    };
  };

  return {
    ...INITIAL,

    async load() {
      if (get().status === 'loading' || get().status === 'ready') return;
      set({ status: 'loading' });
      try {
        const r = await repos();
        const [groups, templates] = await Promise.all([r.groups.list(), r.templates.list()]);
        set({
          status: 'ready',
          groups: Object.fromEntries(groups.map((g) => [g.id, g])),
          templates,
        });
      } catch (error) {
        reportUnlessLocked('Could not load groups', error);
        set({ status: 'failed' });
      }
    },

    async loadPlans(groupId) {
      const state = get().plansLoaded[groupId];
      if (state === 'loading' || state === 'ready') return;
      set((s) => ({ plansLoaded: { ...s.plansLoaded, [groupId]: 'loading' } }));
      try {
        const r = await repos();
        const [summaries, planIds] = await Promise.all([
          r.planSummaries.listBy('groupId', groupId),
          r.plans.idsBy('groupId', groupId),
        ]);
        // A summary is written just after its plan: if the app stopped in between, the plan
        // must still be listed, so its summary is made again; one left by a deletion goes.
        const have = new Set(summaries.map((summary) => summary.id));
        const exists = new Set(planIds);
        const missing = planIds.filter((id) => !have.has(id));
        const orphans = summaries.filter((summary) => !exists.has(summary.id));
        const healed = (await Promise.all(missing.map((id) => r.plans.get(id))))
          .filter((plan): plan is SessionPlan => plan !== undefined)
          .map(summarizePlan);
        for (const summary of healed)
          enqueue({ table: 'planSummaries', op: 'put', record: summary });
        for (const orphan of orphans)
          enqueue({ table: 'planSummaries', op: 'delete', id: orphan.id });
        const listed = [...summaries.filter((summary) => exists.has(summary.id)), ...healed];
        set((s) => ({
          // What is in memory is newer than what is stored (an edit may still be on its way).
          summaries: { ...Object.fromEntries(listed.map((p) => [p.id, p])), ...s.summaries },
          plansLoaded: { ...s.plansLoaded, [groupId]: 'ready' },
        }));
      } catch (error) {
        console.error(
          `Could not load plans: ${error instanceof Error ? error.name : typeof error}`,
        );
        set((s) => ({ plansLoaded: { ...s.plansLoaded, [groupId]: 'failed' } }));
      }
    },

    async loadPlan(planId) {
      const inMemory = get().plans[planId];
      if (inMemory) return inMemory;
      set((s) => ({ planLoads: { ...s.planLoads, [planId]: 'loading' } }));
      try {
        const plan = await (await repos()).plans.get(planId);
        set((s) => ({
          plans: plan && !s.plans[planId] ? { ...s.plans, [planId]: plan } : s.plans,
          planLoads: { ...s.planLoads, [planId]: 'ready' },
        }));
        return get().plans[planId];
      } catch (error) {
        console.error(
          `Could not load a plan: ${error instanceof Error ? error.name : typeof error}`,
        );
        set((s) => ({ planLoads: { ...s.planLoads, [planId]: 'failed' } }));
        return undefined;
      }
    },

    createGroup(name, kind, language) {
      const group = newGroup({ name, kind }, language, environment.newId, environment.now());
      set((s) => ({
        groups: { ...s.groups, [group.id]: group },
        // A new group has no plans to read.
        plansLoaded: { ...s.plansLoaded, [group.id]: 'ready' },
      }));
      enqueue({ table: 'groups', op: 'put', record: group }, true);
      return group.id;
    },

    updateGroup: changeGroup,

    async deleteGroup(id) {
      const group = get().groups[id];
      if (!group) return;
      // Whole plans, so that undo can put every one of them back.
      await flushNow();
      const stored = await (await repos()).plans.listBy('groupId', id);
      const inMemory = get().plans;
      const plans = stored.map((plan) => inMemory[plan.id] ?? plan);
      set((s) => ({ groups: omit(s.groups, id) }));
      enqueue({ table: 'groups', op: 'delete', id }, true);
      dropPlans(plans.map((p) => p.id));
      offerUndo('group', group.name, () => {
        putGroup(group);
        for (const plan of plans) putPlan(plan);
      });
    },

    addMember(groupId, name) {
      const member = newMember(name, environment.newId, today());
      changeGroup(groupId, (g) => ({ ...g, members: [...g.members, member] }));
      return member.id;
    },

    updateMember(groupId, memberId, patch) {
      changeGroup(groupId, (g) => ({
        ...g,
        members: g.members.map((m) => (m.id === memberId ? { ...m, ...patch } : m)),
      }));
    },

    removeMember(groupId, memberId) {
      const group = get().groups[groupId];
      const index = group?.members.findIndex((m) => m.id === memberId) ?? -1;
      const member = group?.members[index];
      if (!member) return;
      changeGroup(groupId, (g) => ({ ...g, members: g.members.filter((m) => m.id !== memberId) }));
      get().setDraft(draftKey(memberId, 'name'), null);
      offerUndo('member', member.name, () =>
        changeGroup(groupId, (g) => ({ ...g, members: insertAt(g.members, index, member) })),
      );
    },

    createPlan(groupId, source, date) {
      const place = placeFor(groupId, date);
      let plan: SessionPlan;
      if (source.kind === 'built-in') {
        const template = BUILT_IN_TEMPLATES.find((t) => t.id === source.templateId);
        if (!template) throw new Error(`No built-in template ${source.templateId}`);
        plan = instantiateTemplate(template, source.language, place, environment.newId);
      } else if (source.kind === 'saved') {
        const template = get().templates.find((t) => t.id === source.templateId);
        if (!template) throw new Error(`No saved template ${source.templateId}`);
        plan = instantiateSavedTemplate(template, place, environment.newId);
      } else plan = blankPlan(source.titles, source.language, place, environment.newId);
      putPlan(plan, true);
      return plan.id;
    },

    updatePlan: changePlan,

    async duplicatePlan(id) {
      const plan = await wholePlan(id);
      if (!plan) return null;
      const copy = duplicatePlan(plan, environment.newId);
      putPlan(copy, true);
      return copy.id;
    },

    async planNext(id) {
      const plan = await wholePlan(id);
      if (!plan) return null;
      const next = planNextSession(plan, environment.newId);
      putPlan(next, true);
      return next.id;
    },

    async deletePlan(id) {
      const plan = await wholePlan(id);
      if (!plan) return;
      dropPlans([id]);
      offerUndo('plan', plan.title, () => putPlan(plan, true));
    },

    addItem(planId, kind, title, minutes) {
      const item = newAgendaItem(kind, title, minutes, environment.newId);
      changePlan(planId, (p) => ({ ...p, items: [...p.items, item] }));
      return item.id;
    },

    updateItem(planId, itemId, patch) {
      changePlan(planId, (p) => ({
        ...p,
        items: p.items.map((item) => (item.id === itemId ? { ...item, ...patch } : item)),
      }));
    },

    moveItem(planId, from, to) {
      changePlan(planId, (p) => ({ ...p, items: moveItem(p.items, from, to) }));
    },

    removeItem(planId, itemId) {
      const plan = get().plans[planId];
      const index = plan?.items.findIndex((i) => i.id === itemId) ?? -1;
      const item = plan?.items[index];
      if (!item) return;
      changePlan(planId, (p) => ({ ...p, items: p.items.filter((i) => i.id !== itemId) }));
      offerUndo('item', item.title, () =>
        changePlan(planId, (p) => ({ ...p, items: insertAt(p.items, index, item) })),
      );
    },

    saveTemplate(planId, name) {
      const plan = get().plans[planId];
      if (!plan) return null;
      const template = saveAsTemplate(plan, name, environment.newId, environment.now());
      set((s) => ({ templates: [...s.templates, template] }));
      enqueue({ table: 'templates', op: 'put', record: template }, true);
      return template.id;
    },

    deleteTemplate(id) {
      const templates = get().templates;
      const index = templates.findIndex((t) => t.id === id);
      const template = templates[index];
      if (!template) return;
      set({ templates: templates.filter((t) => t.id !== id) });
      enqueue({ table: 'templates', op: 'delete', id }, true);
      offerUndo('template', template.name, () => {
        set((s) => ({ templates: insertAt(s.templates, index, template) }));
        enqueue({ table: 'templates', op: 'put', record: template }, true);
      });
    },

    setDraft(key, text) {
      set((s) => {
        if (text === null) return key in s.drafts ? { drafts: omit(s.drafts, key) } : s;
        return s.drafts[key] === text ? s : { drafts: { ...s.drafts, [key]: text } };
      });
    },

    undoLast() {
      const restore = undoRestore;
      undoRestore = null;
      set({ undo: null });
      restore?.();
    },

    dismissUndo() {
      undoRestore = null;
      set({ undo: null });
    },

    flush: flushNow,
  };
});

// Locking drops every decrypted group, plan and template.
registerPlaintextStore(() => {
  clearTimeout(timer);
  pending.clear();
  undoRestore = null;
  repositories = null;
  useGroupsStore.setState(INITIAL);
});

export const groupsSelectors = {
  groupList: (s: GroupsState) => Object.values(s.groups),
  group: (id: string) => (s: GroupsState) => s.groups[id],
  plan: (id: string) => (s: GroupsState) => s.plans[id],
  summary: (id: string) => (s: GroupsState) => s.summaries[id],
};
