/**
 * Note retention: when the facilitator asks for it (off by default), notes older than a number
 * of months can be deleted, after a preview and a confirmation. Age counts from when a note was
 * written, on the laptop's calendar: "older than 6 months" on 31 August means written before
 * the last day of February (months are calendar months; a day that doesn't exist is clamped).
 */
import type { Note } from './note';

export const RETENTION_MONTHS = { min: 1, max: 120 } as const;
export const RETENTION_CHOICES = [3, 6, 12, 24, 36, 60, 84, 120] as const;

/** Epoch ms of the local midnight `months` calendar months before `now`'s day. */
export function retentionCutoff(now: number, months: number): number {
  if (!Number.isInteger(months) || months < RETENTION_MONTHS.min || months > RETENTION_MONTHS.max)
    throw new RangeError(`retention of ${String(months)} months`);
  const today = new Date(now);
  const year = today.getFullYear();
  const month = today.getMonth() - months;
  const lastDay = new Date(year, month + 1, 0).getDate();
  return new Date(year, month, Math.min(today.getDate(), lastDay)).getTime();
}

/** The notes retention would delete now, oldest first. */
export function notesPastRetention(notes: Iterable<Note>, months: number, now: number): Note[] {
  const cutoff = retentionCutoff(now, months);
  return [...notes]
    .filter((note) => note.createdAt < cutoff)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}
