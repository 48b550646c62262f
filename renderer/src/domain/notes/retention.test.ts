import { describe, expect, it } from 'vitest';
import { newNote, type Note } from './note';
import {
  RETENTION_CHOICES,
  RETENTION_MONTHS,
  notesPastRetention,
  retentionCutoff,
} from './retention';

// Every date is built on the local calendar, as the facilitator's laptop sees it, so these
// tests hold in any time zone (and across daylight-saving changes).
const local = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();
const MIN = 60_000;

function noteAt(id: string, createdAt: number): Note {
  return newNote({ body: `note ${id}` }, id, createdAt);
}

describe('retentionCutoff', () => {
  it('counts calendar months back to local midnight of the same day', () => {
    expect(retentionCutoff(local(2026, 11, 21, 15, 42), 6)).toBe(local(2026, 5, 21));
    expect(retentionCutoff(local(2026, 11, 21, 0, 0), 3)).toBe(local(2026, 8, 21));
    expect(retentionCutoff(local(2026, 11, 21, 23, 59), 12)).toBe(local(2025, 11, 21));
    expect(retentionCutoff(local(2026, 11, 21, 9), 120)).toBe(local(2016, 11, 21));
  });

  it('clamps a day the earlier month does not have: 31 August − 6 months is 28 February', () => {
    expect(retentionCutoff(local(2026, 8, 31, 18), 6)).toBe(local(2026, 2, 28));
    expect(retentionCutoff(local(2026, 5, 31, 8), 1)).toBe(local(2026, 4, 30));
    expect(retentionCutoff(local(2026, 12, 31, 8), 3)).toBe(local(2026, 9, 30));
    // The 30th exists in April: nothing to clamp.
    expect(retentionCutoff(local(2026, 5, 30), 1)).toBe(local(2026, 4, 30));
  });

  it('lands on 29 February in a leap year', () => {
    expect(retentionCutoff(local(2028, 8, 31, 12), 6)).toBe(local(2028, 2, 29));
    expect(retentionCutoff(local(2028, 3, 31, 12), 1)).toBe(local(2028, 2, 29));
    expect(retentionCutoff(local(2029, 2, 28, 12), 12)).toBe(local(2028, 2, 28));
    // A year back from the leap day itself: there is no 29 February 2027.
    expect(retentionCutoff(local(2028, 2, 29, 12), 12)).toBe(local(2027, 2, 28));
  });

  it('wraps from January into the previous year', () => {
    expect(retentionCutoff(local(2027, 1, 15, 10), 1)).toBe(local(2026, 12, 15));
    expect(retentionCutoff(local(2027, 1, 31, 10), 3)).toBe(local(2026, 10, 31));
    expect(retentionCutoff(local(2027, 1, 31, 10), 2)).toBe(local(2026, 11, 30));
    expect(retentionCutoff(local(2027, 1, 10, 10), 24)).toBe(local(2025, 1, 10));
    expect(retentionCutoff(local(2027, 3, 31, 10), 13)).toBe(local(2026, 2, 28));
  });

  it('accepts every choice the settings offer', () => {
    const now = local(2026, 11, 21, 12);
    for (const months of RETENTION_CHOICES) {
      const cutoff = retentionCutoff(now, months);
      expect(cutoff).toBeLessThan(now);
      expect(new Date(cutoff).getDate()).toBe(21);
      expect(new Date(cutoff).getHours()).toBe(0);
    }
  });

  it('throws a RangeError for a number of months out of range or not whole', () => {
    const now = local(2026, 11, 21);
    for (const months of [
      0,
      -6,
      RETENTION_MONTHS.min - 1,
      RETENTION_MONTHS.max + 1,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ]) {
      expect(() => retentionCutoff(now, months), String(months)).toThrow(RangeError);
    }
    expect(() => retentionCutoff(now, RETENTION_MONTHS.min)).not.toThrow();
    expect(() => retentionCutoff(now, RETENTION_MONTHS.max)).not.toThrow();
  });
});

describe('notesPastRetention', () => {
  const now = local(2026, 8, 31, 18, 30);
  const cutoff = local(2026, 2, 28);

  it('keeps a note written exactly at the cutoff and selects the ones before it', () => {
    const atCutoff = noteAt('at-cutoff', cutoff);
    const justBefore = noteAt('just-before', cutoff - 1);
    const sameDayLater = noteAt('same-day', local(2026, 2, 28, 23, 59));
    const recent = noteAt('recent', now - MIN);
    const selected = notesPastRetention([atCutoff, justBefore, sameDayLater, recent], 6, now);
    expect(selected.map((n) => n.id)).toEqual(['just-before']);
  });

  it('returns the notes oldest first, whatever their order in', () => {
    const notes = [
      noteAt('feb', local(2026, 2, 2)),
      noteAt('recent', local(2026, 8, 1)),
      noteAt('2024', local(2024, 12, 25)),
      noteAt('jan', local(2026, 1, 20)),
      noteAt('2025', local(2025, 6, 1)),
    ];
    expect(notesPastRetention(notes, 6, now).map((n) => n.id)).toEqual([
      '2024',
      '2025',
      'jan',
      'feb',
    ]);
    expect(notesPastRetention(notes, 12, now).map((n) => n.id)).toEqual(['2024', '2025']);
  });

  it('orders notes written at the same instant by id, so a preview is stable', () => {
    const at = local(2025, 3, 3, 9);
    const notes = [noteAt('c', at), noteAt('a', at), noteAt('b', at)];
    expect(notesPastRetention(notes, 6, now).map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('counts from when a note was written, not from its last edit', () => {
    const old = { ...noteAt('old', local(2025, 1, 1)), editedAt: now - MIN };
    expect(notesPastRetention([old], 6, now).map((n) => n.id)).toEqual(['old']);
  });

  it('takes any iterable and leaves it as it was', () => {
    const notes = new Map([
      ['b', noteAt('b', local(2025, 2, 1))],
      ['a', noteAt('a', local(2025, 1, 1))],
    ]);
    expect(notesPastRetention(notes.values(), 6, now).map((n) => n.id)).toEqual(['a', 'b']);
    expect([...notes.keys()]).toEqual(['b', 'a']);
    expect(notesPastRetention([], 6, now)).toEqual([]);
  });

  it('throws for invalid months before looking at any note', () => {
    expect(() => notesPastRetention([noteAt('a', 0)], 0, now)).toThrow(RangeError);
  });
});
