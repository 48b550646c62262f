import { describe, expect, it } from 'vitest';
import {
  adjust,
  dueChime,
  elapsedMs,
  isRunning,
  newCountdown,
  pause,
  remainingMs,
  resume,
  start,
  type Countdown,
  type Threshold,
} from './countdown';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 21, 18, 30);

describe('a countdown as facts', () => {
  it('counts down from its start, and not before', () => {
    const fresh = newCountdown(10 * MIN);
    expect(remainingMs(fresh, T0 + 5 * MIN)).toBe(10 * MIN);
    const running = start(fresh, T0);
    expect(isRunning(running)).toBe(true);
    expect(remainingMs(running, T0 + 4 * MIN)).toBe(6 * MIN);
    expect(remainingMs(running, T0 + 10 * MIN)).toBe(0);
  });

  it('shows an overrun as negative time, however long after', () => {
    const running = start(newCountdown(10 * MIN), T0);
    expect(remainingMs(running, T0 + 12 * MIN + 30_000)).toBe(-(2 * MIN + 30_000));
  });

  it('stands still while paused, and resumes where it was', () => {
    let c = start(newCountdown(10 * MIN), T0);
    c = pause(c, T0 + 3 * MIN);
    expect(isRunning(c)).toBe(false);
    expect(remainingMs(c, T0 + 3 * MIN)).toBe(7 * MIN);
    expect(remainingMs(c, T0 + 20 * MIN)).toBe(7 * MIN);
    c = resume(c, T0 + 20 * MIN);
    expect(remainingMs(c, T0 + 21 * MIN)).toBe(6 * MIN);
    // Pausing twice, resuming twice: the same facts.
    expect(pause(pause(c, T0 + 22 * MIN), T0 + 23 * MIN)).toEqual(pause(c, T0 + 22 * MIN));
    expect(resume(c, T0 + 25 * MIN)).toBe(c);
  });

  it('adds and takes away minutes', () => {
    let c = start(newCountdown(10 * MIN), T0);
    c = adjust(c, 5 * MIN);
    c = adjust(c, -MIN);
    c = adjust(c, MIN);
    expect(remainingMs(c, T0 + 2 * MIN)).toBe(13 * MIN);
  });

  it('survives being written down and read back (a reload), to the millisecond', () => {
    let c = start(newCountdown(10 * MIN), T0);
    c = pause(c, T0 + MIN);
    c = resume(c, T0 + 2 * MIN);
    c = adjust(c, 30_000);
    const reloaded = JSON.parse(JSON.stringify(c)) as Countdown;
    expect(remainingMs(reloaded, T0 + 7 * MIN + 123)).toBe(remainingMs(c, T0 + 7 * MIN + 123));
    expect(remainingMs(reloaded, T0 + 7 * MIN + 123)).toBe(4 * MIN + 30_000 - 123);
  });

  it('never counts negative time when the wall clock jumps back', () => {
    const c = start(newCountdown(10 * MIN), T0);
    expect(elapsedMs(c, T0 - 5 * MIN)).toBe(0);
    const paused = pause(c, T0 + MIN);
    const resumed = resume(paused, T0 - MIN);
    expect(resumed.pausedTotalMs).toBe(0);
    expect(remainingMs(resumed, T0 + 2 * MIN)).toBe(8 * MIN);
  });
});

describe('chimes', () => {
  const thresholds: Threshold[] = [
    { id: 'warning', atRemainingMs: 2 * MIN },
    { id: 'end', atRemainingMs: 0 },
  ];

  function run(c: Countdown, at: number) {
    return dueChime(c, thresholds, at);
  }

  it('sounds each threshold once, never a millisecond early', () => {
    let c = start(newCountdown(10 * MIN), T0);
    expect(run(c, T0 + 8 * MIN - 1).chime).toBeNull();
    let step = run(c, T0 + 8 * MIN);
    expect(step.chime).toBe('warning');
    c = step.countdown;
    expect(run(c, T0 + 8 * MIN + 500).chime).toBeNull();
    expect(run(c, T0 + 10 * MIN - 1).chime).toBeNull();
    step = run(c, T0 + 10 * MIN);
    expect(step.chime).toBe('end');
    c = step.countdown;
    expect(run(c, T0 + 30 * MIN).chime).toBeNull();
  });

  it('sounds late rather than never, but only the last threshold passed', () => {
    const c = start(newCountdown(10 * MIN), T0);
    // The laptop slept through the warning: it sounds on waking.
    expect(run(c, T0 + 9 * MIN).chime).toBe('warning');
    // It slept through both: only the end sounds, and the warning counts as sounded.
    const both = run(c, T0 + 11 * MIN);
    expect(both.chime).toBe('end');
    expect(both.countdown.chimesFired).toEqual(['warning', 'end']);
  });

  it('follows the time as it is adjusted, and after a pause', () => {
    let c = start(newCountdown(10 * MIN), T0);
    c = adjust(c, 5 * MIN);
    expect(run(c, T0 + 8 * MIN).chime).toBeNull();
    c = pause(c, T0 + 12 * MIN);
    expect(run(c, T0 + 40 * MIN).chime).toBeNull();
    c = resume(c, T0 + 40 * MIN);
    expect(run(c, T0 + 41 * MIN).chime).toBe('warning');
  });

  it('says nothing before the start', () => {
    expect(run(newCountdown(0), T0).chime).toBeNull();
  });
});
