/**
 * Who is in the room: members checked in from the roster and walk-ins (an alias only, never
 * added to the roster unless the facilitator chooses to later). The list's order is the seat
 * order that go-around rounds follow.
 */
import { moveItem } from '../plans/schedule';

export interface Attendee {
  readonly id: string;
  /** The roster member this is, or null for a walk-in. */
  readonly memberId: string | null;
  readonly alias: string;
  readonly newcomer: boolean;
}

export function checkIn(
  attendees: readonly Attendee[],
  member: { readonly id: string; readonly name: string; readonly newcomer: boolean },
): Attendee[] {
  if (attendees.some((a) => a.memberId === member.id)) return [...attendees];
  return [
    ...attendees,
    { id: member.id, memberId: member.id, alias: member.name, newcomer: member.newcomer },
  ];
}

export function walkIn(
  attendees: readonly Attendee[],
  alias: string,
  newcomer: boolean,
  newId: () => string,
): Attendee[] {
  const trimmed = alias.trim();
  if (trimmed === '') return [...attendees];
  return [...attendees, { id: newId(), memberId: null, alias: trimmed, newcomer }];
}

export function checkOut(attendees: readonly Attendee[], id: string): Attendee[] {
  return attendees.filter((a) => a.id !== id);
}

/** Moves someone one seat along (the keyboard's way) or to a seat (a drag's). */
export function moveSeat(attendees: readonly Attendee[], id: string, to: number): Attendee[] {
  return moveItem(
    attendees,
    attendees.findIndex((a) => a.id === id),
    to,
  );
}

/** Two people with the same alias get a number each ("Sam", "Sam 2"), so the queue is clear. */
export function distinctAliases(attendees: readonly Attendee[]): Record<string, string> {
  const seen = new Map<string, number>();
  const result: Record<string, string> = {};
  for (const attendee of attendees) {
    const key = attendee.alias.toLocaleLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    result[attendee.id] = count === 1 ? attendee.alias : `${attendee.alias} ${String(count)}`;
  }
  return result;
}
