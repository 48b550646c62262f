/**
 * Choosing prompts: the library's filters, and "draw", which picks at random among what the
 * filters allow without repeating what this group has had in its recent sessions. What a group
 * has had is a history of prompts by date (a prompt added to one of its plans counts on the
 * plan's date; one drawn and used in a live session, on that day).
 */
import type { GroupKind } from '../plans/templates';
import type { ContentNote, Depth, LibraryPrompt } from './prompt';

export interface PromptFilter {
  /** Empty: every depth. */
  readonly depths: readonly Depth[];
  readonly groupKind: GroupKind | null;
  /** The most minutes a round may take; null: any. */
  readonly maxMinutes: number | null;
  /** Prompts touching on any of these are left out. */
  readonly excludeNotes: readonly ContentNote[];
  readonly favouritesOnly: boolean;
  /** Show the built-in prompts the facilitator hid (to bring one back). */
  readonly showHidden: boolean;
  /** Words to find in the text; matched by `matches` (accent- and Arabic-aware). */
  readonly query: string;
}

export const NO_FILTER: PromptFilter = {
  depths: [],
  groupKind: null,
  maxMinutes: null,
  excludeNotes: [],
  favouritesOnly: false,
  showHidden: false,
  query: '',
};

export interface LibraryMarks {
  readonly favourites: ReadonlySet<string>;
  readonly hidden: ReadonlySet<string>;
}

export function filterPrompts(
  prompts: readonly LibraryPrompt[],
  filter: PromptFilter,
  marks: LibraryMarks,
  matches: (text: string, query: string) => boolean,
): LibraryPrompt[] {
  const query = filter.query.trim();
  return prompts.filter(
    (p) =>
      (filter.showHidden || !marks.hidden.has(p.id)) &&
      (filter.depths.length === 0 || filter.depths.includes(p.depth)) &&
      (filter.groupKind === null || p.groupKinds.includes(filter.groupKind)) &&
      (filter.maxMinutes === null || p.minutes <= filter.maxMinutes) &&
      !p.contentNotes.some((note) => filter.excludeNotes.includes(note)) &&
      (!filter.favouritesOnly || marks.favourites.has(p.id)) &&
      (query === '' || matches(p.text, query)),
  );
}

/** One prompt a group has had, on a "YYYY-MM-DD" day. */
export interface PromptUse {
  readonly promptId: string;
  readonly on: string;
}

/** How many of a group's most recent session days a drawn prompt must not repeat. */
export const RECENT_SESSIONS = 6;
/** Uses kept per group (older ones are forgotten). */
export const HISTORY_MAX = 200;

/**
 * The prompts the group had on its last `sessions` distinct days up to `today`, and those already
 * planned for later days (which don't count as sessions had, so they don't push older ones out).
 * Without `today`, every day counts as had.
 */
export function recentlyUsed(
  history: readonly PromptUse[],
  sessions = RECENT_SESSIONS,
  today?: string,
): Set<string> {
  const planned = today === undefined ? [] : history.filter((use) => use.on > today);
  const had = today === undefined ? history : history.filter((use) => use.on <= today);
  const days = new Set([...new Set(had.map((use) => use.on))].sort().reverse().slice(0, sessions));
  return new Set([...had.filter((use) => days.has(use.on)), ...planned].map((use) => use.promptId));
}

/** The history with one more use, the same prompt on the same day counted once, newest kept. */
export function recordUse(history: readonly PromptUse[], use: PromptUse): PromptUse[] {
  const rest = history.filter((u) => !(u.promptId === use.promptId && u.on === use.on));
  return [...rest, use]
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    .slice(-HISTORY_MAX);
}

export interface Draw {
  readonly prompt: LibraryPrompt;
  /**
   * Every allowed prompt was had recently (or drawn already this time), so this one is the one
   * used least recently: the screen says so rather than pretending it is new.
   */
  readonly repeat: boolean;
}

/**
 * Picks one of `candidates` at random (random() in [0, 1)), never one of `drawnNow` (drawn
 * already this time) while another remains, and never one the group had in its recent sessions
 * while another remains. null when there is no candidate at all.
 */
export function drawPrompt(
  candidates: readonly LibraryPrompt[],
  history: readonly PromptUse[],
  drawnNow: ReadonlySet<string>,
  random: () => number,
  today?: string,
): Draw | null {
  if (candidates.length === 0) return null;
  const recent = recentlyUsed(history, RECENT_SESSIONS, today);
  const fresh = candidates.filter((p) => !recent.has(p.id) && !drawnNow.has(p.id));
  if (fresh.length > 0) {
    const prompt = fresh[Math.min(fresh.length - 1, Math.floor(random() * fresh.length))];
    return prompt ? { prompt, repeat: false } : null;
  }
  // Everything allowed was had: the least recently used (never used now, if possible).
  const lastUse = new Map<string, string>();
  for (const use of history) {
    const seen = lastUse.get(use.promptId);
    if (seen === undefined || use.on > seen) lastUse.set(use.promptId, use.on);
  }
  const pool = candidates.filter((p) => !drawnNow.has(p.id));
  const from = pool.length > 0 ? pool : candidates;
  const oldest = [...from].sort((a, b) => {
    const x = lastUse.get(a.id) ?? '';
    const y = lastUse.get(b.id) ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const first = oldest[0];
  if (!first) return null;
  const tied = oldest.filter((p) => (lastUse.get(p.id) ?? '') === (lastUse.get(first.id) ?? ''));
  const prompt = tied[Math.min(tied.length - 1, Math.floor(random() * tied.length))] ?? first;
  return { prompt, repeat: true };
}
