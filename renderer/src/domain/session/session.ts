/**
 * A live session: what is kept, encrypted, from the moment the facilitator starts until the
 * summary is read. Everything in it is facts (when things started, paused, moved on; who spoke
 * and for how long), so it can be stored after every action and picked up again exactly after a
 * reload, a crash, a lock or a night's sleep of the laptop.
 */
import type { SessionPlan } from '../plans/plan';
import type { TemplateLanguage } from '../plans/templates';
import { newAgenda, type LiveAgenda } from './agenda';
import type { Attendee } from './attendance';
import { newQueue, type QueueState } from './queue';

export const DEFAULT_WARNING_MS = 2 * 60_000;

export interface SessionSettings {
  /** When the warning chime sounds, before an item's end. */
  readonly warningMs: number;
  /** 0–1. */
  readonly volume: number;
  readonly muted: boolean;
  /** A visual flash with each chime, for deaf members or a silent room. */
  readonly flash: boolean;
  /** Only a soft on-screen cue the facilitator sees; no sound in the room. */
  readonly gentleCue: boolean;
  /** The room display shows the next speaker's alias. Off unless the facilitator turns it on. */
  readonly showNextSpeaker: boolean;
  /** An optional soft limit for each speaker, in ms; null for none. */
  readonly speakerLimitMs: number | null;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  warningMs: DEFAULT_WARNING_MS,
  volume: 0.6,
  muted: false,
  flash: false,
  gentleCue: false,
  showNextSpeaker: false,
  speakerLimitMs: null,
};

export interface LiveSession {
  readonly id: string;
  readonly groupId: string | null;
  readonly planId: string | null;
  readonly title: string;
  readonly language: TemplateLanguage;
  /** Epoch ms the session was set up (before it starts). */
  readonly createdAt: number;
  readonly agenda: LiveAgenda;
  readonly attendees: readonly Attendee[];
  readonly queue: QueueState;
  readonly settings: SessionSettings;
}

/** A session from a plan: its items, in its order, with their planned minutes. */
export function sessionFromPlan(plan: SessionPlan, newId: () => string, now: number): LiveSession {
  return {
    id: newId(),
    groupId: plan.groupId,
    planId: plan.id,
    title: plan.title,
    language: plan.language,
    createdAt: now,
    agenda: newAgenda(plan.items),
    attendees: [],
    queue: newQueue([]),
    settings: DEFAULT_SESSION_SETTINGS,
  };
}

/** A session with no plan: one open item of the length asked for. */
export function adHocSession(
  fields: { readonly title: string; readonly minutes: number; readonly language: TemplateLanguage },
  groupId: string | null,
  newId: () => string,
  now: number,
): LiveSession {
  return {
    id: newId(),
    groupId,
    planId: null,
    title: fields.title,
    language: fields.language,
    createdAt: now,
    agenda: newAgenda([{ id: newId(), title: fields.title, minutes: fields.minutes }]),
    attendees: [],
    queue: newQueue([]),
    settings: DEFAULT_SESSION_SETTINGS,
  };
}

/** Keeps the queue's seats and newcomers in step with who is in the room, in seat order. */
export function withAttendees(
  session: LiveSession,
  attendees: readonly Attendee[],
  now: number,
): LiveSession {
  const queue = {
    ...session.queue,
    seatOrder: attendees.map((a) => a.id),
    newcomers: attendees.filter((a) => a.newcomer).map((a) => a.id),
  };
  const present = new Set(queue.seatOrder);
  return {
    ...session,
    attendees: [...attendees],
    queue: {
      ...queue,
      hands: queue.hands.filter((id) => present.has(id)),
      round: queue.round?.filter((id) => present.has(id)) ?? null,
      // Someone who leaves mid-turn stops speaking; their time so far is kept.
      current: queue.current && present.has(queue.current.memberId) ? queue.current : null,
      records:
        queue.current && !present.has(queue.current.memberId)
          ? {
              ...queue.records,
              [queue.current.memberId]: {
                turns: (queue.records[queue.current.memberId]?.turns ?? 0) + 1,
                speakingMs:
                  (queue.records[queue.current.memberId]?.speakingMs ?? 0) +
                  Math.max(0, now - queue.current.startedAt),
                passes: queue.records[queue.current.memberId]?.passes ?? 0,
              },
            }
          : queue.records,
    },
  };
}
