/**
 * A countdown as facts, never as a decrementing counter (DESIGN.md §5): when it started, how long
 * it has been paused, what was added or taken away, and which chimes have sounded. The time left
 * is computed from those facts and the clock each time it is asked for, so a reload, a crash or a
 * laptop's sleep never loses or distorts it: an overrun shows as an overrun.
 */

export interface Countdown {
  readonly durationMs: number;
  /** Epoch ms of the first start; null until started. */
  readonly startedAt: number | null;
  /** Epoch ms the current pause began; null while running (or before the start). */
  readonly pausedAt: number | null;
  /** The length of every pause that has ended. */
  readonly pausedTotalMs: number;
  /** Minutes added (+) or taken away (−), in ms, in the order they were made. */
  readonly adjustmentsMs: readonly number[];
  /** The chimes that have sounded (or been passed over), by threshold id. */
  readonly chimesFired: readonly string[];
}

export function newCountdown(durationMs: number): Countdown {
  return {
    durationMs,
    startedAt: null,
    pausedAt: null,
    pausedTotalMs: 0,
    adjustmentsMs: [],
    chimesFired: [],
  };
}

export function isRunning(countdown: Countdown): boolean {
  return countdown.startedAt !== null && countdown.pausedAt === null;
}

export function start(countdown: Countdown, now: number): Countdown {
  if (countdown.startedAt !== null) return resume(countdown, now);
  return { ...countdown, startedAt: now };
}

export function pause(countdown: Countdown, now: number): Countdown {
  if (!isRunning(countdown)) return countdown;
  return { ...countdown, pausedAt: now };
}

export function resume(countdown: Countdown, now: number): Countdown {
  if (countdown.pausedAt === null) return countdown;
  // A clock set back during the pause must not make the pause count negative.
  const pausedMs = Math.max(0, now - countdown.pausedAt);
  return { ...countdown, pausedAt: null, pausedTotalMs: countdown.pausedTotalMs + pausedMs };
}

/** Adds (positive) or takes away (negative) time: +1, +5, −1 minute. */
export function adjust(countdown: Countdown, deltaMs: number): Countdown {
  return { ...countdown, adjustmentsMs: [...countdown.adjustmentsMs, deltaMs] };
}

/** Time spent running: wall time since the start, less every pause (the current one too). */
export function elapsedMs(countdown: Countdown, now: number): number {
  if (countdown.startedAt === null) return 0;
  const until = countdown.pausedAt ?? now;
  // A wall clock set back before the start reads as no time elapsed, never as negative.
  return Math.max(0, until - countdown.startedAt - countdown.pausedTotalMs);
}

export function totalMs(countdown: Countdown): number {
  return countdown.durationMs + countdown.adjustmentsMs.reduce((sum, delta) => sum + delta, 0);
}

/** Negative once the time is up: the overrun. */
export function remainingMs(countdown: Countdown, now: number): number {
  return totalMs(countdown) - elapsedMs(countdown, now);
}

export interface Threshold {
  readonly id: string;
  /** Sounds when the time left reaches this (0 for the end). */
  readonly atRemainingMs: number;
}

/**
 * The chime to sound now, if any: a threshold sounds once, when the time left has reached it,
 * never before; if the app was not looking (asleep, reloading) it sounds late rather than never.
 * When several were passed at once only the last one reached sounds, and the others count as
 * sounded: a warning after the end would mislead.
 */
export function dueChime(
  countdown: Countdown,
  thresholds: readonly Threshold[],
  now: number,
): { readonly chime: string | null; readonly countdown: Countdown } {
  if (countdown.startedAt === null) return { chime: null, countdown };
  const left = remainingMs(countdown, now);
  const reached = thresholds
    .filter((t) => left <= t.atRemainingMs && !countdown.chimesFired.includes(t.id))
    .sort((a, b) => b.atRemainingMs - a.atRemainingMs);
  const last = reached.at(-1);
  if (!last) return { chime: null, countdown };
  return {
    chime: last.id,
    countdown: {
      ...countdown,
      chimesFired: [...countdown.chimesFired, ...reached.map((t) => t.id)],
    },
  };
}
