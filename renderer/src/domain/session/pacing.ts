/**
 * Pacing for a round: how much time each person still to speak can have, so the facilitator can
 * say "about two and a half minutes each" instead of watching a clock.
 */

export interface Pace {
  readonly people: number;
  readonly remainingMs: number;
  /** The exact share of each person, in ms. */
  readonly eachMs: number;
  /** The share as a facilitator would say it: down to the half minute, at least half a minute. */
  readonly aboutMinutes: number;
}

export function pace(people: number, remainingMs: number): Pace | null {
  if (people <= 0) return null;
  const eachMs = Math.max(0, remainingMs) / people;
  const halves = Math.floor(eachMs / 30_000);
  return { people, remainingMs, eachMs, aboutMinutes: Math.max(1, halves) / 2 };
}
