import { describe, expect, it } from 'vitest';
import { newAgenda, pause, startSession } from './agenda';
import { chimeThresholds, nextDueInMs } from './chimes';
import { dueChime } from './countdown';
import { DEFAULT_SESSION_SETTINGS as SETTINGS } from './session';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 18, 30);
const agenda = (minutes: number) =>
  startSession(newAgenda([{ id: 'a', title: 'Sharing', minutes }]), T0);

describe('when the chimes of an item sound', () => {
  it('warns at the session’s point unless the item has its own, and ends at zero', () => {
    const [entry] = agenda(20).entries;
    if (!entry) throw new Error('no entry');
    expect(chimeThresholds(SETTINGS, entry)).toEqual([
      { id: 'warning', atRemainingMs: 2 * MIN },
      { id: 'end', atRemainingMs: 0 },
    ]);
    expect(chimeThresholds(SETTINGS, { ...entry, warningMs: 5 * MIN })[0]?.atRemainingMs).toBe(
      5 * MIN,
    );
    expect(chimeThresholds(SETTINGS, { ...entry, warningMs: 0 })).toEqual([
      { id: 'end', atRemainingMs: 0 },
    ]);
  });

  it('says how long until the next chime, so the runner wakes exactly then', () => {
    let a = agenda(20);
    expect(nextDueInMs(a, SETTINGS, T0)).toBe(18 * MIN);
    expect(nextDueInMs(a, SETTINGS, T0 + 18 * MIN - 250)).toBe(250);
    // Once the warning has sounded, the end is next.
    const entry = a.entries[0];
    if (!entry) throw new Error('no entry');
    const fired = dueChime(entry.countdown, chimeThresholds(SETTINGS, entry), T0 + 18 * MIN);
    expect(fired.chime).toBe('warning');
    a = { ...a, entries: [{ ...entry, countdown: fired.countdown }] };
    expect(nextDueInMs(a, SETTINGS, T0 + 18 * MIN)).toBe(2 * MIN);
    // Due now when a boundary has been passed unseen (a sleeping laptop).
    expect(nextDueInMs(a, SETTINGS, T0 + 25 * MIN)).toBe(0);
  });

  it('has nothing due while paused, before the start, or after the end', () => {
    expect(nextDueInMs(pause(agenda(20), T0 + MIN), SETTINGS, T0 + 2 * MIN)).toBeNull();
    expect(nextDueInMs(newAgenda([{ id: 'a', title: 'x', minutes: 5 }]), SETTINGS, T0)).toBeNull();
    expect(nextDueInMs({ ...agenda(20), endedAt: T0 + MIN }, SETTINGS, T0 + MIN)).toBeNull();
  });

  it('counts the automatic move to the next item as due at the end', () => {
    const a = { ...agenda(20), autoAdvance: true };
    const entry = a.entries[0];
    if (!entry) throw new Error('no entry');
    const ended = {
      ...a,
      entries: [{ ...entry, countdown: { ...entry.countdown, chimesFired: ['warning', 'end'] } }],
    };
    expect(nextDueInMs(ended, SETTINGS, T0 + 19 * MIN)).toBe(MIN);
    expect(nextDueInMs({ ...ended, autoAdvance: false }, SETTINGS, T0 + 19 * MIN)).toBeNull();
  });
});
