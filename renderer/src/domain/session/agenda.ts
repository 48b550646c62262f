/**
 * The live agenda: a plan's items, each with its own countdown (as facts), one of them current.
 * Next, previous and skip move through it; the items still to come can be reordered; the session
 * knows when it will end at this rate and how far ahead or behind that is. Pure: `now` is given.
 */
import {
  adjust as adjustCountdown,
  newCountdown,
  pause as pauseCountdown,
  remainingMs,
  resume as resumeCountdown,
  start as startCountdown,
  totalMs,
  type Countdown,
} from './countdown';

export type EntryStatus = 'pending' | 'current' | 'done' | 'skipped';

export interface AgendaEntry {
  readonly id: string;
  readonly title: string;
  readonly countdown: Countdown;
  readonly status: EntryStatus;
  /** Epoch ms the item last stopped being current (done or skipped); null otherwise. */
  readonly endedAt: number | null;
  /** This item's warning chime, in ms before its end (0: none); null: the session's. */
  readonly warningMs: number | null;
  /** The icebreaker prompt for this item, and whether the room display shows it. */
  readonly prompt: EntryPrompt | null;
}

export interface EntryPrompt {
  /** The library prompt's id; null for one the facilitator typed in the room. */
  readonly id: string | null;
  readonly text: string;
  readonly shown: boolean;
}

export interface LiveAgenda {
  readonly entries: readonly AgendaEntry[];
  /** Epoch ms the session started; null before. */
  readonly startedAt: number | null;
  /** Epoch ms the session ended; null while it runs. */
  readonly endedAt: number | null;
  /** Move on by itself when an item's time is up. */
  readonly autoAdvance: boolean;
}

export function newAgenda(
  items: readonly {
    readonly id: string;
    readonly title: string;
    readonly minutes: number;
    readonly prompt?: { readonly id: string; readonly text: string } | null;
  }[],
): LiveAgenda {
  return {
    entries: items.map((item) => ({
      id: item.id,
      title: item.title,
      countdown: newCountdown(item.minutes * 60_000),
      status: 'pending',
      endedAt: null,
      warningMs: null,
      prompt: item.prompt ? { id: item.prompt.id, text: item.prompt.text, shown: false } : null,
    })),
    startedAt: null,
    endedAt: null,
    autoAdvance: false,
  };
}

export function currentIndex(agenda: LiveAgenda): number {
  return agenda.entries.findIndex((entry) => entry.status === 'current');
}

export function currentEntry(agenda: LiveAgenda): AgendaEntry | undefined {
  return agenda.entries.find((entry) => entry.status === 'current');
}

function replace(agenda: LiveAgenda, index: number, entry: AgendaEntry): LiveAgenda {
  return { ...agenda, entries: agenda.entries.map((e, i) => (i === index ? entry : e)) };
}

function becomeCurrent(entry: AgendaEntry, now: number): AgendaEntry {
  return {
    ...entry,
    status: 'current',
    endedAt: null,
    countdown: startCountdown(entry.countdown, now),
  };
}

function leave(
  entry: AgendaEntry,
  status: 'done' | 'skipped' | 'pending',
  now: number,
): AgendaEntry {
  return {
    ...entry,
    status,
    endedAt: status === 'pending' ? null : now,
    countdown: pauseCountdown(entry.countdown, now),
  };
}

/** Starts the session with its first item to come. */
export function startSession(agenda: LiveAgenda, now: number): LiveAgenda {
  if (agenda.startedAt !== null) return agenda;
  const first = agenda.entries.findIndex((e) => e.status === 'pending');
  const started = { ...agenda, startedAt: now };
  if (first === -1) return started;
  const entry = agenda.entries[first];
  return entry ? replace(started, first, becomeCurrent(entry, now)) : started;
}

export function isPaused(agenda: LiveAgenda): boolean {
  const entry = currentEntry(agenda);
  return entry !== undefined && entry.countdown.pausedAt !== null;
}

export function pause(agenda: LiveAgenda, now: number): LiveAgenda {
  const index = currentIndex(agenda);
  const entry = agenda.entries[index];
  return entry
    ? replace(agenda, index, { ...entry, countdown: pauseCountdown(entry.countdown, now) })
    : agenda;
}

export function resume(agenda: LiveAgenda, now: number): LiveAgenda {
  const index = currentIndex(agenda);
  const entry = agenda.entries[index];
  return entry
    ? replace(agenda, index, { ...entry, countdown: resumeCountdown(entry.countdown, now) })
    : agenda;
}

/** +1, +5, −1 minute on the current item. */
export function adjust(agenda: LiveAgenda, deltaMs: number): LiveAgenda {
  const index = currentIndex(agenda);
  const entry = agenda.entries[index];
  return entry
    ? replace(agenda, index, { ...entry, countdown: adjustCountdown(entry.countdown, deltaMs) })
    : agenda;
}

/**
 * The current item ends (done, or skipped) and the next one still to come begins; with none left
 * the session ends. `at` may be earlier than now (auto-advance moves on at the exact boundary).
 */
function moveOn(agenda: LiveAgenda, at: number, how: 'done' | 'skipped'): LiveAgenda {
  const index = currentIndex(agenda);
  const entry = agenda.entries[index];
  if (!entry) return agenda;
  const wasPaused = entry.countdown.pausedAt !== null;
  let next = replace(agenda, index, leave(entry, how, at));
  const following = next.entries.findIndex((e, i) => i > index && e.status === 'pending');
  const upcoming = next.entries[following];
  if (!upcoming) return { ...next, endedAt: at };
  next = replace(next, following, becomeCurrent(upcoming, at));
  // Moving on while paused keeps the session paused.
  return wasPaused ? pause(next, at) : next;
}

export function next(agenda: LiveAgenda, now: number): LiveAgenda {
  return moveOn(agenda, now, 'done');
}

/** Skips the current item, or one still to come (by id). */
export function skip(agenda: LiveAgenda, now: number, id?: string): LiveAgenda {
  const current = currentEntry(agenda);
  if (id === undefined || current?.id === id) return moveOn(agenda, now, 'skipped');
  const index = agenda.entries.findIndex((e) => e.id === id && e.status === 'pending');
  const entry = agenda.entries[index];
  return entry ? replace(agenda, index, { ...entry, status: 'skipped', endedAt: now }) : agenda;
}

/** Ends the session now: the current item is done; the items never reached stay as they were. */
export function endSession(agenda: LiveAgenda, now: number): LiveAgenda {
  if (agenda.endedAt !== null) return agenda;
  const index = currentIndex(agenda);
  const entry = agenda.entries[index];
  const ended = entry ? replace(agenda, index, leave(entry, 'done', now)) : agenda;
  return { ...ended, startedAt: ended.startedAt ?? now, endedAt: now };
}

/**
 * Gives an item an icebreaker prompt (drawn or typed in the room), or takes it away (null).
 * A new prompt is not shown in the room until the facilitator chooses to show it.
 */
export function setPrompt(
  agenda: LiveAgenda,
  id: string,
  prompt: { readonly id: string | null; readonly text: string } | null,
): LiveAgenda {
  return {
    ...agenda,
    entries: agenda.entries.map((e) =>
      e.id === id
        ? { ...e, prompt: prompt ? { id: prompt.id, text: prompt.text, shown: false } : null }
        : e,
    ),
  };
}

/** Shows an item's prompt on the room display, or hides it again. */
export function showPrompt(agenda: LiveAgenda, id: string, shown: boolean): LiveAgenda {
  return {
    ...agenda,
    entries: agenda.entries.map((e) =>
      e.id === id && e.prompt ? { ...e, prompt: { ...e.prompt, shown } } : e,
    ),
  };
}

/** Back to the item before the current one, which carries on from where it stopped. */
export function previous(agenda: LiveAgenda, now: number): LiveAgenda {
  const index = currentIndex(agenda);
  const entry = agenda.entries[index];
  if (!entry) return agenda;
  const before = agenda.entries.findLastIndex((e, i) => i < index && e.status !== 'pending');
  const earlier = agenda.entries[before];
  if (!earlier) return agenda;
  const wasPaused = entry.countdown.pausedAt !== null;
  let back = replace(agenda, index, leave(entry, 'pending', now));
  back = replace(back, before, becomeCurrent(earlier, now));
  return wasPaused ? pause(back, now) : back;
}

/** Sets one item's warning point (ms before its end; 0 for none, null for the session's). */
export function setWarning(agenda: LiveAgenda, id: string, warningMs: number | null): LiveAgenda {
  const index = agenda.entries.findIndex((e) => e.id === id);
  const entry = agenda.entries[index];
  if (!entry || entry.status === 'done' || entry.status === 'skipped') return agenda;
  return replace(agenda, index, { ...entry, warningMs });
}

/** Moves an item still to come to another place among the items still to come. */
export function moveUpcoming(agenda: LiveAgenda, id: string, toPosition: number): LiveAgenda {
  const from = agenda.entries.findIndex((e) => e.id === id);
  const entry = agenda.entries[from];
  if (!entry || entry.status !== 'pending') return agenda;
  const fixed = agenda.entries.length - upcoming(agenda).length;
  const rest = agenda.entries.filter((e) => e.id !== id);
  const target = Math.max(fixed, Math.min(fixed + toPosition, rest.length));
  rest.splice(target, 0, entry);
  return { ...agenda, entries: rest };
}

/** The items still to come, in order (after the current one). */
export function upcoming(agenda: LiveAgenda): AgendaEntry[] {
  const index = currentIndex(agenda);
  const after = index === -1 && agenda.startedAt === null ? -1 : index;
  return agenda.entries.filter((e, i) => i > after && e.status === 'pending');
}

/**
 * With auto-advance on, moves on from every item whose time is up, each at its exact boundary
 * (so a laptop that slept through two items wakes up at the right one, with the right time left).
 */
export function advanceIfDue(agenda: LiveAgenda, now: number): LiveAgenda {
  let state = agenda;
  for (let guard = 0; guard <= agenda.entries.length; guard += 1) {
    const entry = currentEntry(state);
    if (!state.autoAdvance || !entry || entry.countdown.pausedAt !== null) return state;
    const left = remainingMs(entry.countdown, now);
    if (left > 0) return state;
    state = moveOn(state, now + left, 'done');
  }
  return state;
}

/** When the session will end at this rate: now, plus what is left of this item and the rest. */
export function projectedEndAt(agenda: LiveAgenda, now: number): number {
  if (agenda.endedAt !== null) return agenda.endedAt;
  const entry = currentEntry(agenda);
  const current = entry ? Math.max(0, remainingMs(entry.countdown, now)) : 0;
  const rest = upcoming(agenda).reduce((sum, e) => sum + totalMs(e.countdown), 0);
  return now + current + rest;
}

/** When the session was meant to end: its start plus every item's planned length. */
export function plannedEndAt(agenda: LiveAgenda): number | null {
  if (agenda.startedAt === null) return null;
  return agenda.entries.reduce((sum, e) => sum + e.countdown.durationMs, agenda.startedAt);
}

/** Positive when the session will end later than planned (behind), negative when ahead. */
export function behindMs(agenda: LiveAgenda, now: number, plannedEndAt: number): number {
  return projectedEndAt(agenda, now) - plannedEndAt;
}

/** Time since the session started, for the session clock. */
export function sessionElapsedMs(agenda: LiveAgenda, now: number): number {
  if (agenda.startedAt === null) return 0;
  return Math.max(0, (agenda.endedAt ?? now) - agenda.startedAt);
}
