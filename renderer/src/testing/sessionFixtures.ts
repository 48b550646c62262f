/**
 * Sessions as they are stored after running, for tests of what is worked out from them: the
 * items run for the minutes given, one after another, with these people and their turns.
 */
import { endSession, newAgenda, next, startSession } from '../domain/session/agenda';
import type { Attendee } from '../domain/session/attendance';
import { newQueue, type SpeakerRecord } from '../domain/session/queue';
import { DEFAULT_SESSION_SETTINGS, type LiveSession } from '../domain/session/session';

export const MIN = 60_000;
export const WEEK = 7 * 24 * 60 * MIN;

export interface RanSession {
  readonly id: string;
  readonly groupId: string | null;
  readonly planId?: string | null;
  readonly startedAt: number;
  /** Title, planned minutes, minutes it took; the entry id is `<session id>-i<index>`. */
  readonly items: readonly (readonly [title: string, planned: number, actual: number])[];
  /** Roster member id (null for a walk-in), whether new, and their turns. */
  readonly people: readonly (readonly [
    memberId: string | null,
    record?: Partial<SpeakerRecord>,
    newcomer?: boolean,
  ])[];
  /** Entry ids instead of the generated ones (to match a plan's items). */
  readonly itemIds?: readonly string[];
}

export function ranSession(spec: RanSession): LiveSession {
  let t = spec.startedAt;
  let agenda = newAgenda(
    spec.items.map(([title, minutes], i) => ({
      id: spec.itemIds?.[i] ?? `${spec.id}-i${String(i)}`,
      title,
      minutes,
    })),
  );
  agenda = startSession(agenda, t);
  spec.items.forEach(([, , actual], i) => {
    t += actual * MIN;
    agenda = i < spec.items.length - 1 ? next(agenda, t) : endSession(agenda, t);
  });
  const attendees: Attendee[] = spec.people.map(([memberId, , newcomer], i) => ({
    id: `${spec.id}-a${String(i)}`,
    memberId,
    alias: memberId ?? `walk-in ${String(i)}`,
    newcomer: newcomer ?? memberId === null,
  }));
  return {
    id: spec.id,
    groupId: spec.groupId,
    planId: spec.planId ?? null,
    title: 'Circle',
    language: 'en',
    createdAt: spec.startedAt,
    agenda,
    attendees,
    queue: {
      ...newQueue(attendees.map((a) => a.id)),
      records: Object.fromEntries(
        spec.people.map(([, record], i) => [
          `${spec.id}-a${String(i)}`,
          { turns: 0, speakingMs: 0, passes: 0, ...record },
        ]),
      ),
    },
    settings: DEFAULT_SESSION_SETTINGS,
  };
}
