/**
 * The live session in the UI: one session at a time, its facts in memory and written, encrypted,
 * after every action (start, pause, extend, skip, a turn, a pass), so that a reload, a crash or
 * a lock picks it up exactly where it was (DESIGN.md §5). The 1 Hz tick does not live here: a
 * small component asks `tick(now)` and shows the time; this store changes only when a fact does
 * (an auto-advance, a chime).
 */
import { create } from 'zustand';
import * as agendaOps from '../domain/session/agenda';
import { chimeThresholds, isChimeKind, type ChimeKind } from '../domain/session/chimes';
import { dueChime } from '../domain/session/countdown';
import type { Attendee } from '../domain/session/attendance';
import { queueReducer, type QueueAction, type QueueState } from '../domain/session/queue';
import {
  adHocSession,
  sessionFromPlan,
  withAttendees,
  type LiveSession,
  type SessionSettings,
} from '../domain/session/session';
export type { ChimeKind };
import type { SessionPlan } from '../domain/plans/plan';
import type { TemplateLanguage } from '../domain/plans/templates';
import type { Repository } from '../data/repositories/repository';
import { registerPendingWrites, registerPlaintextStore } from './plaintext';
import { useVaultStore } from './vault.store';

export type AgendaCommand =
  | { readonly type: 'start' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'adjust'; readonly deltaMs: number }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'skip'; readonly id?: string }
  | { readonly type: 'move'; readonly id: string; readonly toPosition: number }
  | { readonly type: 'auto-advance'; readonly on: boolean }
  | { readonly type: 'warning'; readonly id: string; readonly warningMs: number | null }
  | {
      readonly type: 'prompt';
      readonly id: string;
      readonly prompt: { readonly id: string | null; readonly text: string } | null;
    }
  | { readonly type: 'show-prompt'; readonly id: string; readonly shown: boolean };

/** The last chime: what it was and when it sounded (for the flash and the gentle cue). */
export interface Cue {
  readonly kind: ChimeKind;
  readonly at: number;
  /** The item it sounded for (by the time it is shown, auto-advance may have moved on). */
  readonly title: string;
  /** That item's warning point, in ms before its end. */
  readonly warningMs: number;
}

/** How many queue actions can be undone, one after another. */
const QUEUE_UNDO_DEPTH = 20;

export interface SessionStoreState {
  readonly live: LiveSession | null;
  readonly queueHistory: readonly QueueState[];
  readonly save: 'idle' | 'saving' | 'saved' | 'failed';
  /** Not stored: a chime belongs to its moment. */
  readonly cue: Cue | null;
}

interface SessionActions {
  readonly beginFromPlan: (plan: SessionPlan) => void;
  readonly beginAdHoc: (
    fields: {
      readonly title: string;
      readonly minutes: number;
      readonly language: TemplateLanguage;
    },
    groupId: string | null,
  ) => void;
  /** Picks up the session that was running when the app last stopped, if there is one. */
  readonly resume: () => Promise<void>;
  readonly agenda: (command: AgendaCommand) => void;
  readonly queue: (action: QueueAction) => void;
  readonly undoQueue: () => void;
  readonly setAttendees: (attendees: readonly Attendee[]) => void;
  readonly updateSettings: (patch: Partial<SessionSettings>) => void;
  /**
   * What the clock says now: moves on from items whose time is up (auto-advance) and returns the
   * chime due, if any, recording it as sounded. Called by the ticking component, and on
   * visibilitychange, resume and unlock.
   */
  readonly tick: () => ChimeKind | null;
  /** Ends the session (the record stays for the summary). */
  readonly end: () => void;
  readonly close: () => void;
  /** A session set up but not wanted after all (never started): gone, record and all. */
  readonly discard: () => Promise<void>;
}

export interface SessionEnvironment {
  readonly now: () => number;
  readonly newId: () => string;
}

let environment: SessionEnvironment = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};

/**
 * When something happens in the room (a start, a pause, a turn), to the whole second. Every
 * running figure then changes on the same whole-second beat the screen ticks on (useSecondTick),
 * so what is shown is never a second behind its facts, whichever way it counts; a press is
 * recorded at most a second early, which nobody in a room can tell.
 */
function factNow(): number {
  return Math.floor(environment.now() / 1000) * 1000;
}

export function configureSessionEnvironment(next: Partial<SessionEnvironment>): void {
  environment = { ...environment, ...next };
}

const INITIAL: SessionStoreState = { live: null, queueHistory: [], save: 'idle', cue: null };

// ---- persistence: every change written at once, one after another ----

let repository: { key: object; value: Repository<LiveSession> } | null = null;
let writing: Promise<void> = Promise.resolve();
/** The newest state not yet written (a holder: it changes while a write is awaited). */
const unsaved: { record: LiveSession | null } = { record: null };

async function sessions(): Promise<Repository<LiveSession>> {
  const session = useVaultStore.getState().session;
  if (!session) throw new Error('The vault is locked');
  if (repository?.key !== session) {
    const { sessionsRepository } = await import('../data/repositories/sessions.repository');
    repository = { key: session, value: sessionsRepository(session) };
  }
  return repository.value;
}

/** Read through a function: the record can change while a write is awaited. */
const hasUnsaved = (): boolean => unsaved.record !== null;

function persist(live: LiveSession): void {
  unsaved.record = live;
  useSessionStore.setState({ save: 'saving' });
  writing = writing.then(async () => {
    // Only the newest state matters: a burst of actions is written once.
    const record = unsaved.record;
    if (!record) return;
    unsaved.record = null;
    try {
      await (await sessions()).put(record);
      if (!hasUnsaved()) useSessionStore.setState({ save: 'saved' });
    } catch (error) {
      console.error(
        `Could not save the session: ${error instanceof Error ? error.name : typeof error}`,
      );
      unsaved.record ??= record;
      useSessionStore.setState({ save: 'failed' });
    }
  });
}

registerPendingWrites({
  flush: async () => {
    if (unsaved.record) persist(unsaved.record);
    await writing;
  },
  discard: () => {
    unsaved.record = null;
  },
});

function applyAgenda(live: LiveSession, command: AgendaCommand, now: number): LiveSession {
  const a = live.agenda;
  switch (command.type) {
    case 'start':
      return { ...live, agenda: agendaOps.startSession(a, now) };
    case 'pause':
      return { ...live, agenda: agendaOps.pause(a, now) };
    case 'resume':
      return { ...live, agenda: agendaOps.resume(a, now) };
    case 'adjust':
      return { ...live, agenda: agendaOps.adjust(a, command.deltaMs) };
    case 'next':
      return { ...live, agenda: agendaOps.next(a, now) };
    case 'previous':
      return { ...live, agenda: agendaOps.previous(a, now) };
    case 'skip':
      return { ...live, agenda: agendaOps.skip(a, now, command.id) };
    case 'move':
      return { ...live, agenda: agendaOps.moveUpcoming(a, command.id, command.toPosition) };
    case 'auto-advance':
      return { ...live, agenda: { ...a, autoAdvance: command.on } };
    case 'warning':
      return { ...live, agenda: agendaOps.setWarning(a, command.id, command.warningMs) };
    case 'prompt':
      return { ...live, agenda: agendaOps.setPrompt(a, command.id, command.prompt) };
    case 'show-prompt':
      return { ...live, agenda: agendaOps.showPrompt(a, command.id, command.shown) };
  }
}

export const useSessionStore = create<SessionStoreState & SessionActions>()((set, get) => {
  const change = (next: LiveSession, extra: Partial<SessionStoreState> = {}) => {
    set({ live: next, ...extra });
    persist(next);
  };

  return {
    ...INITIAL,

    beginFromPlan(plan) {
      change(sessionFromPlan(plan, environment.newId, environment.now()), { queueHistory: [] });
    },

    beginAdHoc(fields, groupId) {
      change(adHocSession(fields, groupId, environment.newId, environment.now()), {
        queueHistory: [],
      });
    },

    async resume() {
      if (get().live) return;
      const all = await (await sessions()).list();
      const running = all
        .filter((s) => s.agenda.endedAt === null)
        .sort((a, b) => b.createdAt - a.createdAt)[0];
      if (running && !get().live) set({ live: running, queueHistory: [] });
    },

    agenda(command) {
      const live = get().live;
      if (!live) return;
      const next = applyAgenda(live, command, factNow());
      if (next.agenda !== live.agenda) change(next);
    },

    queue(action) {
      const live = get().live;
      if (!live) return;
      const queue = queueReducer(live.queue, action, factNow());
      if (queue === live.queue) return;
      change(
        { ...live, queue },
        { queueHistory: [...get().queueHistory, live.queue].slice(-QUEUE_UNDO_DEPTH) },
      );
    },

    undoQueue() {
      const { live, queueHistory } = get();
      const previous = queueHistory.at(-1);
      if (!live || !previous) return;
      change({ ...live, queue: previous }, { queueHistory: queueHistory.slice(0, -1) });
    },

    setAttendees(attendees) {
      const live = get().live;
      if (live) change(withAttendees(live, attendees, factNow()));
    },

    updateSettings(patch) {
      const live = get().live;
      if (live) change({ ...live, settings: { ...live.settings, ...patch } });
    },

    tick() {
      const live = get().live;
      if (!live) return null;
      const now = environment.now();
      let agenda = live.agenda;
      let cue: Cue | null = null;
      // The current item's chime first: with auto-advance on, its end still sounds as it ends.
      const index = agendaOps.currentIndex(agenda);
      const entry = agenda.entries[index];
      if (entry) {
        const thresholds = chimeThresholds(live.settings, entry);
        const due = dueChime(entry.countdown, thresholds, now);
        if (isChimeKind(due.chime)) {
          const warning = thresholds.find((t) => t.id === 'warning');
          cue = {
            kind: due.chime,
            at: now,
            title: entry.title,
            warningMs: warning?.atRemainingMs ?? 0,
          };
        }
        if (due.countdown !== entry.countdown) {
          agenda = {
            ...agenda,
            entries: agenda.entries.map((e, i) =>
              i === index ? { ...e, countdown: due.countdown } : e,
            ),
          };
        }
      }
      agenda = agendaOps.advanceIfDue(agenda, now);
      if (agenda !== live.agenda) change({ ...live, agenda }, cue ? { cue } : {});
      return cue?.kind ?? null;
    },

    end() {
      const live = get().live;
      if (!live || live.agenda.endedAt !== null) return;
      change({ ...live, agenda: agendaOps.endSession(live.agenda, factNow()) });
    },

    close() {
      set(INITIAL);
    },

    async discard() {
      const live = get().live;
      if (!live || live.agenda.startedAt !== null) return;
      set(INITIAL);
      unsaved.record = null;
      await writing;
      await (await sessions()).delete(live.id);
    },
  };
});

// Locking drops the session from memory (it stays, encrypted, to be resumed after unlocking).
registerPlaintextStore(() => {
  unsaved.record = null;
  repository = null;
  useSessionStore.setState(INITIAL);
});
