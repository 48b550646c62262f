/**
 * What a session was, afterwards: how long each item really took against the plan, which ran
 * long, and who spoke how much (for the end-of-session summary and the encrypted record).
 */
import type { LiveAgenda } from './agenda';
import { elapsedMs, totalMs } from './countdown';
import { NO_RECORD, type QueueState, type SpeakerRecord } from './queue';

export interface ItemOutcome {
  readonly id: string;
  readonly title: string;
  readonly status: 'done' | 'skipped' | 'current' | 'pending';
  /** As planned. */
  readonly plannedMs: number;
  /** As planned plus what was added or taken away in the room. */
  readonly allowedMs: number;
  /** Running time, pauses left out. */
  readonly actualMs: number;
  /** Past the plan (0 when within it). */
  readonly overPlanMs: number;
}

export function itemOutcomes(agenda: LiveAgenda, now: number): ItemOutcome[] {
  return agenda.entries.map((entry) => {
    const actualMs = elapsedMs(entry.countdown, entry.endedAt ?? now);
    return {
      id: entry.id,
      title: entry.title,
      status: entry.status,
      plannedMs: entry.countdown.durationMs,
      allowedMs: totalMs(entry.countdown),
      actualMs,
      overPlanMs: Math.max(0, actualMs - entry.countdown.durationMs),
    };
  });
}

/** The items that ran past the plan by at least `thresholdMs`, longest overrun first. */
export function ranLong(outcomes: readonly ItemOutcome[], thresholdMs = 60_000): ItemOutcome[] {
  return outcomes
    .filter((o) => o.status !== 'skipped' && o.overPlanMs >= thresholdMs)
    .sort((a, b) => b.overPlanMs - a.overPlanMs);
}

export interface VoiceShare extends SpeakerRecord {
  readonly attendeeId: string;
  /** Part of all the speaking time, 0–1. */
  readonly share: number;
}

/** Every attendee's turns, speaking time, passes and share, in seat order (silence counts too). */
export function voiceShares(queue: QueueState): VoiceShare[] {
  const total = queue.seatOrder.reduce(
    (sum, id) => sum + (queue.records[id] ?? NO_RECORD).speakingMs,
    0,
  );
  return queue.seatOrder.map((attendeeId) => {
    const record = queue.records[attendeeId] ?? NO_RECORD;
    return { attendeeId, ...record, share: total === 0 ? 0 : record.speakingMs / total };
  });
}
