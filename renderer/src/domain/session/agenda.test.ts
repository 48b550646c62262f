import { describe, expect, it } from 'vitest';
import {
  adjust,
  advanceIfDue,
  behindMs,
  endSession,
  currentEntry,
  isPaused,
  moveUpcoming,
  newAgenda,
  next,
  pause,
  previous,
  plannedEndAt,
  projectedEndAt,
  setWarning,
  resume,
  sessionElapsedMs,
  skip,
  startSession,
  upcoming,
  type LiveAgenda,
} from './agenda';
import { remainingMs } from './countdown';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 18, 30);
const ITEMS = [
  { id: 'welcome', title: 'Welcome', minutes: 5 },
  { id: 'rules', title: 'Ground rules', minutes: 5 },
  { id: 'checkin', title: 'Check-in', minutes: 20 },
  { id: 'sharing', title: 'Sharing', minutes: 50 },
  { id: 'closing', title: 'Closing', minutes: 10 },
];
const PLANNED_END = T0 + 90 * MIN;

const left = (agenda: LiveAgenda, now: number) => {
  const entry = currentEntry(agenda);
  return entry ? remainingMs(entry.countdown, now) : null;
};

describe('the live agenda', () => {
  it('starts with the first item and moves on item by item to the end', () => {
    let a = startSession(newAgenda(ITEMS), T0);
    expect(currentEntry(a)?.id).toBe('welcome');
    expect(left(a, T0 + 2 * MIN)).toBe(3 * MIN);
    a = next(a, T0 + 6 * MIN);
    expect(currentEntry(a)?.id).toBe('rules');
    expect(a.entries[0]).toMatchObject({ status: 'done', endedAt: T0 + 6 * MIN });
    expect(left(a, T0 + 7 * MIN)).toBe(4 * MIN);
    for (let i = 0; i < 4; i += 1) a = next(a, T0 + (10 + i) * MIN);
    expect(currentEntry(a)).toBeUndefined();
    expect(a.endedAt).toBe(T0 + 13 * MIN);
    expect(sessionElapsedMs(a, T0 + 60 * MIN)).toBe(13 * MIN);
  });

  it('pauses and resumes the current item; moving on while paused stays paused', () => {
    let a = startSession(newAgenda(ITEMS), T0);
    a = pause(a, T0 + MIN);
    expect(isPaused(a)).toBe(true);
    expect(left(a, T0 + 30 * MIN)).toBe(4 * MIN);
    a = resume(a, T0 + 30 * MIN);
    expect(left(a, T0 + 31 * MIN)).toBe(3 * MIN);
    a = pause(a, T0 + 31 * MIN);
    a = next(a, T0 + 32 * MIN);
    expect(isPaused(a)).toBe(true);
    expect(left(a, T0 + 40 * MIN)).toBe(5 * MIN);
  });

  it('adds and takes away minutes on the current item', () => {
    let a = startSession(newAgenda(ITEMS), T0);
    a = adjust(adjust(a, 5 * MIN), -MIN);
    expect(left(a, T0)).toBe(9 * MIN);
  });

  it('skips the current item or one still to come', () => {
    let a = startSession(newAgenda(ITEMS), T0);
    a = skip(a, T0 + MIN, 'checkin');
    expect(upcoming(a).map((e) => e.id)).toEqual(['rules', 'sharing', 'closing']);
    a = skip(a, T0 + 2 * MIN);
    expect(a.entries[0]?.status).toBe('skipped');
    expect(currentEntry(a)?.id).toBe('rules');
  });

  it('goes back to the previous item, which carries on where it stopped', () => {
    let a = startSession(newAgenda(ITEMS), T0);
    a = next(a, T0 + 3 * MIN); // Welcome stopped with 2 minutes left.
    a = previous(a, T0 + 4 * MIN);
    expect(currentEntry(a)?.id).toBe('welcome');
    expect(left(a, T0 + 4 * MIN)).toBe(2 * MIN);
    expect(a.entries[1]?.status).toBe('pending');
    // Ground rules had run a minute: it keeps that minute when it comes round again.
    a = next(a, T0 + 5 * MIN);
    expect(left(a, T0 + 5 * MIN)).toBe(4 * MIN);
    // Nothing before the first item.
    const first = startSession(newAgenda(ITEMS), T0);
    expect(previous(first, T0 + MIN)).toBe(first);
  });

  it('reorders the items still to come, never before the current one', () => {
    let a = startSession(newAgenda(ITEMS), T0);
    a = next(a, T0 + 5 * MIN);
    a = moveUpcoming(a, 'closing', 0);
    expect(a.entries.map((e) => e.id)).toEqual([
      'welcome',
      'rules',
      'closing',
      'checkin',
      'sharing',
    ]);
    a = moveUpcoming(a, 'checkin', 10);
    expect(upcoming(a).map((e) => e.id)).toEqual(['closing', 'sharing', 'checkin']);
    expect(moveUpcoming(a, 'welcome', 3)).toBe(a);
  });

  it('projects the end from the time left, and says how far behind or ahead that is', () => {
    expect(plannedEndAt(newAgenda(ITEMS))).toBeNull();
    let a = startSession(newAgenda(ITEMS), T0);
    expect(plannedEndAt(a)).toBe(PLANNED_END);
    expect(projectedEndAt(a, T0)).toBe(PLANNED_END);
    expect(behindMs(a, T0 + 2 * MIN, PLANNED_END)).toBe(0);
    // Welcome runs 3 minutes over.
    expect(behindMs(a, T0 + 8 * MIN, PLANNED_END)).toBe(3 * MIN);
    a = next(a, T0 + 8 * MIN);
    // Skipping the check-in puts the session 17 minutes ahead.
    a = skip(a, T0 + 8 * MIN, 'checkin');
    expect(behindMs(a, T0 + 8 * MIN, PLANNED_END)).toBe(-17 * MIN);
  });

  it('moves on by itself at each exact boundary, even after sleeping through two items', () => {
    let a = { ...startSession(newAgenda(ITEMS), T0), autoAdvance: true };
    expect(advanceIfDue(a, T0 + 5 * MIN - 1)).toBe(a);
    // Asleep from minute 1 to minute 12: welcome ended at 5, rules at 10, check-in began at 10.
    a = advanceIfDue(a, T0 + 12 * MIN);
    expect(currentEntry(a)?.id).toBe('checkin');
    expect(a.entries[1]?.endedAt).toBe(T0 + 10 * MIN);
    expect(left(a, T0 + 12 * MIN)).toBe(18 * MIN);
    // Paused items wait.
    const paused = pause(a, T0 + 12 * MIN);
    expect(advanceIfDue(paused, T0 + 60 * MIN)).toBe(paused);
  });

  it('ends early: the current item done, the rest never reached', () => {
    let a = startSession(newAgenda(ITEMS), T0);
    a = next(a, T0 + 5 * MIN);
    a = endSession(a, T0 + 8 * MIN);
    expect(a.endedAt).toBe(T0 + 8 * MIN);
    expect(a.entries.map((e) => e.status)).toEqual([
      'done',
      'done',
      'pending',
      'pending',
      'pending',
    ]);
    expect(currentEntry(a)).toBeUndefined();
    expect(endSession(a, T0 + 9 * MIN)).toBe(a);
    expect(projectedEndAt(a, T0 + 30 * MIN)).toBe(T0 + 8 * MIN);
  });

  it('reads back from storage to the millisecond (a reload in the middle of an item)', () => {
    let a = startSession(newAgenda(ITEMS), T0);
    a = pause(a, T0 + MIN);
    a = resume(a, T0 + 2 * MIN);
    a = next(a, T0 + 4 * MIN);
    a = adjust(a, 90_000);
    const reloaded = JSON.parse(JSON.stringify(a)) as LiveAgenda;
    const now = T0 + 6 * MIN + 250;
    expect(left(reloaded, now)).toBe(left(a, now));
    expect(left(reloaded, now)).toBe(5 * MIN + 90_000 - 2 * MIN - 250);
  });

  it('keeps a warning point per item, but not for an item that is over', () => {
    let a = startSession(newAgenda(ITEMS), T0);
    a = setWarning(a, 'sharing', 5 * MIN);
    expect(a.entries.find((e) => e.id === 'sharing')?.warningMs).toBe(5 * MIN);
    a = next(a, T0 + 5 * MIN);
    expect(setWarning(a, 'welcome', MIN)).toBe(a);
    expect(setWarning(a, 'nobody', MIN)).toBe(a);
  });
});
