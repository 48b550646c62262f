/**
 * Insights across a group's sessions, computed on the laptop from the encrypted session records
 * (groundwork for issue 7's insights screen): attendance over time and who stopped coming, share
 * of voice across sessions (who rarely gets to speak), agenda items that regularly run over, and
 * the time spent per kind of item. Pure: the records and the roster come from the caller.
 */
import type { ItemKind } from '../plans/templates';
import type { LiveSession } from '../session/session';
import { itemOutcomes } from '../session/summary';
import { NO_RECORD } from '../session/queue';

/** Sessions that ran and ended, oldest first. */
export function finishedSessions(sessions: readonly LiveSession[]): LiveSession[] {
  return sessions
    .filter((s) => s.agenda.startedAt !== null && s.agenda.endedAt !== null)
    .sort((a, b) => (a.agenda.startedAt ?? 0) - (b.agenda.startedAt ?? 0));
}

export interface AttendancePoint {
  readonly sessionId: string;
  readonly startedAt: number;
  readonly present: number;
  /** Roster members checked in. */
  readonly members: number;
  readonly walkIns: number;
  readonly newcomers: number;
}

export function attendanceOverTime(sessions: readonly LiveSession[]): AttendancePoint[] {
  return finishedSessions(sessions).map((s) => ({
    sessionId: s.id,
    startedAt: s.agenda.startedAt ?? 0,
    present: s.attendees.length,
    members: s.attendees.filter((a) => a.memberId !== null).length,
    walkIns: s.attendees.filter((a) => a.memberId === null).length,
    newcomers: s.attendees.filter((a) => a.newcomer).length,
  }));
}

export interface StoppedComing {
  readonly memberId: string;
  /** When they were last there. */
  readonly lastSeenAt: number;
  /** Sessions since, in a row, without them. */
  readonly missed: number;
}

/**
 * Roster members who came at least `minAttended` times and have missed the last `missedInARow`
 * sessions, the longest absent first: the ones to check in with.
 */
export function stoppedComing(
  sessions: readonly LiveSession[],
  options: { readonly missedInARow?: number; readonly minAttended?: number } = {},
): StoppedComing[] {
  const missedInARow = options.missedInARow ?? 3;
  const minAttended = options.minAttended ?? 2;
  const ran = finishedSessions(sessions);
  const seen = new Map<string, { times: number; lastIndex: number }>();
  ran.forEach((s, index) => {
    for (const a of s.attendees) {
      if (a.memberId === null) continue;
      const before = seen.get(a.memberId);
      seen.set(a.memberId, { times: (before?.times ?? 0) + 1, lastIndex: index });
    }
  });
  const result: StoppedComing[] = [];
  for (const [memberId, { times, lastIndex }] of seen) {
    const missed = ran.length - 1 - lastIndex;
    const last = ran[lastIndex];
    if (times >= minAttended && missed >= missedInARow && last)
      result.push({ memberId, lastSeenAt: last.agenda.startedAt ?? 0, missed });
  }
  return result.sort((a, b) => b.missed - a.missed || a.lastSeenAt - b.lastSeenAt);
}

export interface VoiceAcross {
  readonly memberId: string;
  readonly sessions: number;
  readonly turns: number;
  readonly speakingMs: number;
  readonly passes: number;
  /** Their part of the speaking time in the sessions they were at, 0–1. */
  readonly share: number;
  /** What an even share would have been in those sessions (the mean of 1 / people present). */
  readonly fairShare: number;
  /** At two sessions or more, and under half an even share: someone who rarely gets to speak. */
  readonly rarelySpeaks: boolean;
}

/** Share of voice across sessions, per roster member (walk-ins have no identity across sessions). */
export function voiceAcrossSessions(sessions: readonly LiveSession[]): VoiceAcross[] {
  const byMember = new Map<
    string,
    {
      sessions: number;
      turns: number;
      speakingMs: number;
      passes: number;
      totalMs: number;
      fair: number;
    }
  >();
  for (const s of finishedSessions(sessions)) {
    const totalMs = s.attendees.reduce(
      (sum, a) => sum + (s.queue.records[a.id] ?? NO_RECORD).speakingMs,
      0,
    );
    for (const a of s.attendees) {
      if (a.memberId === null) continue;
      const record = s.queue.records[a.id] ?? NO_RECORD;
      const m = byMember.get(a.memberId) ?? {
        sessions: 0,
        turns: 0,
        speakingMs: 0,
        passes: 0,
        totalMs: 0,
        fair: 0,
      };
      byMember.set(a.memberId, {
        sessions: m.sessions + 1,
        turns: m.turns + record.turns,
        speakingMs: m.speakingMs + record.speakingMs,
        passes: m.passes + record.passes,
        totalMs: m.totalMs + totalMs,
        fair: m.fair + 1 / s.attendees.length,
      });
    }
  }
  return [...byMember.entries()]
    .map(([memberId, m]) => {
      const share = m.totalMs === 0 ? 0 : m.speakingMs / m.totalMs;
      const fairShare = m.fair / m.sessions;
      return {
        memberId,
        sessions: m.sessions,
        turns: m.turns,
        speakingMs: m.speakingMs,
        passes: m.passes,
        share,
        fairShare,
        rarelySpeaks: m.sessions >= 2 && m.totalMs > 0 && share < fairShare / 2,
      };
    })
    .sort((a, b) => a.share - b.share || a.memberId.localeCompare(b.memberId));
}

export interface RecurringOverrun {
  /** The item's title as last run. */
  readonly title: string;
  readonly runs: number;
  readonly over: number;
  /** The mean time past the plan when it ran over. */
  readonly meanOverMs: number;
}

/**
 * Agenda items (matched by title, case and spacing aside) that ran past the plan by at least
 * `thresholdMs` in at least `ratio` of the sessions they were run in, and at least twice.
 */
export function recurringOverruns(
  sessions: readonly LiveSession[],
  options: { readonly thresholdMs?: number; readonly ratio?: number } = {},
): RecurringOverrun[] {
  const thresholdMs = options.thresholdMs ?? 60_000;
  const ratio = options.ratio ?? 0.5;
  const byTitle = new Map<string, { title: string; runs: number; over: number; overMs: number }>();
  for (const s of finishedSessions(sessions)) {
    for (const o of itemOutcomes(s.agenda, s.agenda.endedAt ?? 0)) {
      if (o.status === 'skipped' || o.status === 'pending') continue;
      const key = o.title.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
      const t = byTitle.get(key) ?? { title: o.title, runs: 0, over: 0, overMs: 0 };
      const isOver = o.overPlanMs >= thresholdMs;
      byTitle.set(key, {
        title: o.title,
        runs: t.runs + 1,
        over: t.over + (isOver ? 1 : 0),
        overMs: t.overMs + (isOver ? o.overPlanMs : 0),
      });
    }
  }
  return [...byTitle.values()]
    .filter((t) => t.over >= 2 && t.over / t.runs >= ratio)
    .map((t) => ({ title: t.title, runs: t.runs, over: t.over, meanOverMs: t.overMs / t.over }))
    .sort((a, b) => b.over / b.runs - a.over / a.runs || b.meanOverMs - a.meanOverMs);
}

export interface KindTime {
  readonly kind: ItemKind | 'unknown';
  readonly plannedMs: number;
  readonly actualMs: number;
  readonly runs: number;
}

/**
 * Time planned and spent per kind of item across sessions. `kindOf` names an item's kind from
 * its plan (agenda entries keep their plan item's id); unknown for items without a plan.
 */
export function timePerKind(
  sessions: readonly LiveSession[],
  kindOf: (session: LiveSession, entryId: string) => ItemKind | undefined,
): KindTime[] {
  const byKind = new Map<ItemKind | 'unknown', KindTime>();
  for (const s of finishedSessions(sessions)) {
    for (const o of itemOutcomes(s.agenda, s.agenda.endedAt ?? 0)) {
      if (o.status === 'skipped' || o.status === 'pending') continue;
      const kind = kindOf(s, o.id) ?? 'unknown';
      const k = byKind.get(kind) ?? { kind, plannedMs: 0, actualMs: 0, runs: 0 };
      byKind.set(kind, {
        kind,
        plannedMs: k.plannedMs + o.plannedMs,
        actualMs: k.actualMs + o.actualMs,
        runs: k.runs + 1,
      });
    }
  }
  return [...byKind.values()].sort((a, b) => b.actualMs - a.actualMs);
}
