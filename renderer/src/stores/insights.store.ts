/**
 * What the insights screen reads: one group's finished sessions, decrypted in memory, and the
 * kind of each item of the group's plans (a session's agenda entries keep their plan item's id).
 * Read afresh each time the screen opens, since sessions end elsewhere; emptied on lock.
 *
 * Not createVaultLoad: that shares one read between everyone who asks, and a read for another
 * group must not stand in for this one. A counter plays its part here: a read that is no longer
 * the latest (another group asked for since, or the vault locked) leaves the store alone.
 */
import { create } from 'zustand';
import type { ItemKind } from '../domain/plans/templates';
import type { SessionPlan } from '../domain/plans/plan';
import { finishedSessions } from '../domain/insights/insights';
import type { LiveSession } from '../domain/session/session';
import { useGroupsStore } from './groups.store';
import { forOpenVault } from './openVault';
import { registerPlaintextStore } from './plaintext';
import { useSessionStore } from './session.store';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** Item kinds by plan id, then by item id. */
export type PlanItemKinds = Readonly<Record<string, Readonly<Record<string, ItemKind>>>>;

export interface InsightsState {
  readonly groupId: string | null;
  readonly status: LoadStatus;
  /** The group's sessions that ran and ended, oldest first. */
  readonly sessions: readonly LiveSession[];
  readonly kinds: PlanItemKinds;
}

interface InsightsActions {
  readonly load: (groupId: string) => Promise<void>;
}

const INITIAL: InsightsState = { groupId: null, status: 'idle', sessions: [], kinds: {} };

const repositories = forOpenVault(async (session) => {
  const [{ sessionsRepository }, { plansRepository }] = await Promise.all([
    import('../data/repositories/sessions.repository'),
    import('../data/repositories/plans.repository'),
  ]);
  return { sessions: sessionsRepository(session), plans: plansRepository(session) };
});

let latest = 0;

function kindsOf(plans: Iterable<SessionPlan>): PlanItemKinds {
  const kinds: Record<string, Record<string, ItemKind>> = {};
  for (const plan of plans)
    kinds[plan.id] = Object.fromEntries(plan.items.map((item) => [item.id, item.kind]));
  return kinds;
}

/** The kind of a session's agenda entry, from the plan it was run from. */
export function kindOfEntry(
  kinds: PlanItemKinds,
  session: LiveSession,
  entryId: string,
): ItemKind | undefined {
  return session.planId === null ? undefined : kinds[session.planId]?.[entryId];
}

export const useInsightsStore = create<InsightsState & InsightsActions>()((set) => ({
  ...INITIAL,

  async load(groupId) {
    const mine = ++latest;
    set((s) => ({
      groupId,
      status: 'loading',
      // Another group's figures are never shown under this one's name, even for a moment.
      ...(s.groupId === groupId ? {} : { sessions: [], kinds: {} }),
    }));
    try {
      const r = await repositories.get();
      const [stored, plans] = await Promise.all([
        r.sessions.listBy('groupId', groupId),
        r.plans.listBy('groupId', groupId),
      ]);
      if (mine !== latest) return;
      // What is in memory is newer: a session that just ended, a plan being edited.
      const live = useSessionStore.getState().live;
      const sessions =
        live?.groupId === groupId ? [...stored.filter((s) => s.id !== live.id), live] : stored;
      const byId = new Map(plans.map((plan) => [plan.id, plan]));
      for (const plan of Object.values(useGroupsStore.getState().plans))
        if (plan.groupId === groupId) byId.set(plan.id, plan);
      set({
        status: 'ready',
        sessions: finishedSessions(sessions),
        kinds: kindsOf(byId.values()),
      });
    } catch (error) {
      if (mine !== latest) return;
      console.error(
        `Could not load insights: ${error instanceof Error ? error.name : typeof error}`,
      );
      set({ status: 'failed' });
    }
  },
}));

// Locking drops every decrypted session; a read still on its way finds it is no longer latest.
registerPlaintextStore(() => {
  latest += 1;
  repositories.reset();
  useInsightsStore.setState(INITIAL);
});
