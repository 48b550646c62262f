/**
 * When an item's chimes sound, and when the next thing is due (a chime, or moving on by itself),
 * so the runner can wake up exactly then instead of polling.
 */
import { currentEntry, type AgendaEntry, type LiveAgenda } from './agenda';
import { remainingMs, totalMs, type Threshold } from './countdown';
import type { SessionSettings } from './session';

export type ChimeKind = 'warning' | 'end';

export function isChimeKind(id: string | null): id is ChimeKind {
  return id === 'warning' || id === 'end';
}

/**
 * The chimes of an item: the warning (the item's own point, or the session's) and the end. A
 * warning as long as the item itself would sound as it begins, so it is left out; 0 means none.
 */
export function chimeThresholds(settings: SessionSettings, entry: AgendaEntry): Threshold[] {
  const warningMs = entry.warningMs ?? settings.warningMs;
  const warning =
    warningMs > 0 && warningMs < totalMs(entry.countdown)
      ? [{ id: 'warning', atRemainingMs: warningMs }]
      : [];
  return [...warning, { id: 'end', atRemainingMs: 0 }];
}

/**
 * Milliseconds until something is due on the current item (a chime not yet sounded, or the
 * automatic move to the next item); null when nothing is coming (paused, not started, over).
 */
export function nextDueInMs(
  agenda: LiveAgenda,
  settings: SessionSettings,
  now: number,
): number | null {
  if (agenda.startedAt === null || agenda.endedAt !== null) return null;
  const entry = currentEntry(agenda);
  if (!entry || entry.countdown.pausedAt !== null) return null;
  const left = remainingMs(entry.countdown, now);
  const waits = chimeThresholds(settings, entry)
    .filter((t) => !entry.countdown.chimesFired.includes(t.id))
    .map((t) => left - t.atRemainingMs);
  if (agenda.autoAdvance) waits.push(left);
  const ahead = waits.filter((wait) => wait > 0);
  if (waits.some((wait) => wait <= 0)) return 0;
  return ahead.length === 0 ? null : Math.min(...ahead);
}
