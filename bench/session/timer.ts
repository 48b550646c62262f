/**
 * session-timer, in the page: the app's session runner drives a session of short items on the
 * real clock while this samples what LiveClock shows and notes when chimes are played.
 *
 * Samples: the text of [data-testid="item-remaining"] ("m:ss", "+" when over) against the truth
 * at that instant, remainingMs() of the store's current entry at Date.now(). They come every
 * 100–250 ms at random moments, plus two a second aimed at the extremes, whatever the app's tick
 * schedule: as soon as the figure has changed, and just before its next change is due.
 *
 * Chimes: every change of the session is logged with the time it happened; afterwards each
 * threshold of each item (chimeThresholds, as the store uses) gets the exact instant the facts
 * say its time left reached it (startedAt + pauses + the item's length with its adjustments −
 * the threshold), in the stretch of facts during which it was reached. Each is matched with the
 * chime the runner played for that item and kind: delay = played − reached; a threshold with no
 * chime is missed, a second chime for the same one is doubled, a chime for no threshold stray.
 *
 * A few things happen on the way, through the store's own actions (what the run screen's keys
 * call): +1 minute on the first item, a pause of about 8 s in the third, and on the fourth the
 * facilitator turns auto-advance off, lets it run 6–7 s over and moves on by hand. Nothing is
 * touched otherwise, so after 5 minutes the app lowers its privacy curtain, as it does.
 */
import { currentEntry } from '../../renderer/src/domain/session/agenda';
import { chimeThresholds } from '../../renderer/src/domain/session/chimes';
import { remainingMs, totalMs } from '../../renderer/src/domain/session/countdown';
import type { LiveSession } from '../../renderer/src/domain/session/session';
import { useCurtainStore } from '../../renderer/src/stores/curtain.store';
import { useSessionStore, type AgendaCommand } from '../../renderer/src/stores/session.store';
import { longest, longTasksBetween, settleLongTasks } from '../pages/long-tasks';
import { played } from './chimes';
import { MIN } from './session';

/**
 * Sample kinds: at a random moment; just after the figure changed (the app's tick has just
 * drawn it); just before its next change is due (a second after the last one: the figure at its
 * oldest).
 */
const RANDOM = 0;
const BEFORE_CHANGE = 1;
const AFTER_CHANGE = 2;
/** Before the next change: this long before a second has passed since the last one. */
const BEFORE_CHANGE_MS = 3;

/**
 * [Date.now(), shown ms (negative when over), truth ms, item index, kind, age of the figure in ms
 * (from LiveClock's data-at, the clock reading it was computed from; -1 when it has none),
 * 1 when the figure shows an overrun ("+") else 0]
 */
type Sample = [number, number, number, number, number, number, number];

interface FactChange {
  readonly at: number;
  readonly live: LiveSession | null;
}

interface Step {
  readonly afterMs: number;
  readonly commands: readonly AgendaCommand[];
}

/** Somewhere within a second: people do not press keys on the item's whole seconds. */
const withinASecond = () => Math.floor(Math.random() * 1000);

/**
 * What the facilitator does, by item position, in ms from the item's start. The pause and the
 * late move on also shift the items' phase against the 1 Hz tick, so the run sees several.
 */
const SCRIPT: Readonly<Record<number, readonly Step[]>> = {
  0: [{ afterMs: 20_000, commands: [{ type: 'adjust', deltaMs: MIN }] }],
  2: [
    { afterMs: 30_000 + withinASecond(), commands: [{ type: 'pause' }] },
    { afterMs: 38_000 + withinASecond(), commands: [{ type: 'resume' }] },
  ],
  3: [
    { afterMs: 5_000, commands: [{ type: 'auto-advance', on: false }] },
    {
      afterMs: MIN + 6_000 + withinASecond(),
      commands: [{ type: 'next' }, { type: 'auto-advance', on: true }],
    },
  ],
};

const state = {
  running: false,
  startedAt: 0,
  endsAt: 0,
  stoppedAt: 0,
  perfStart: 0,
  perfStop: 0,
  samples: [] as Sample[],
  /** Samples where the title shown was not the current item's. */
  wrongTitle: 0,
  unparsed: [] as string[],
  skipped: 0,
  errors: [] as string[],
  facts: [] as FactChange[],
  playedBefore: 0,
  timers: new Set<ReturnType<typeof setTimeout>>(),
  unsubscribe: null as (() => void) | null,
  observer: null as MutationObserver | null,
  scripted: new Set<string>(),
  commands: [] as { at: number; item: number; command: string }[],
};

function later(ms: number, run: () => void): void {
  const handle = setTimeout(() => {
    state.timers.delete(handle);
    if (state.running) run();
  }, ms);
  state.timers.add(handle);
}

/** "12:05", "+0:03", "1:02:05" → ms (negative when over); null when it is not a clock. */
export function parseShown(text: string): number | null {
  const match = /^(\+)?(?:(\d+):)?(\d+):(\d\d)$/.exec(text.trim());
  if (!match) return null;
  const [, over, hours, minutes, seconds] = match;
  const ms = ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
  return over ? -ms : ms;
}

function sample(kind: number): void {
  try {
    const at = Date.now();
    const live = useSessionStore.getState().live;
    const entry = live ? currentEntry(live.agenda) : undefined;
    const figure = document.querySelector('[data-testid="item-remaining"]');
    if (!live || !entry || !figure) {
      state.skipped += 1;
      return;
    }
    const text = figure.textContent;
    const shown = parseShown(text);
    if (shown === null) {
      if (state.unparsed.length < 20) state.unparsed.push(text);
      return;
    }
    const title = document.querySelector('.live-item-title')?.textContent;
    if (title !== entry.title) state.wrongTitle += 1;
    const truth = remainingMs(entry.countdown, at);
    const computedAt = Number(figure.getAttribute('data-at') ?? Number.NaN);
    const age = Number.isFinite(computedAt) ? at - computedAt : -1;
    const over = text.trim().startsWith('+') ? 1 : 0;
    state.samples.push([at, shown, truth, live.agenda.entries.indexOf(entry), kind, age, over]);
  } catch (error) {
    state.errors.push(String(error));
  }
}

function sampleAtRandom(): void {
  later(100 + Math.random() * 150, () => {
    sample(RANDOM);
    sampleAtRandom();
  });
}

/**
 * Aimed at the figure's changes, whenever the app makes them: a sample as soon as the figure
 * has changed (a MutationObserver's callback, right after React's commit) and one just before
 * the next change is due.
 */
function sampleAroundChanges(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root');
  const observer = new MutationObserver((records) => {
    if (!state.running) return;
    const figure = records.some((record) => {
      const node = record.target;
      const element = node instanceof Element ? node : node.parentElement;
      return element?.closest('[data-testid="item-remaining"]') != null;
    });
    if (!figure) return;
    sample(AFTER_CHANGE);
    later(1000 - BEFORE_CHANGE_MS, () => sample(BEFORE_CHANGE));
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  state.observer = observer;
}

/** Plays the script's steps for the item that has just become current. */
function onChange(live: LiveSession | null): void {
  if (!live) return;
  const entry = currentEntry(live.agenda);
  if (!entry || entry.countdown.startedAt === null || state.scripted.has(entry.id)) return;
  state.scripted.add(entry.id);
  const index = live.agenda.entries.indexOf(entry);
  for (const step of SCRIPT[index] ?? []) {
    const wait = entry.countdown.startedAt + step.afterMs - Date.now();
    later(Math.max(0, wait), () => {
      for (const command of step.commands) {
        state.commands.push({ at: Date.now(), item: index, command: JSON.stringify(command) });
        useSessionStore.getState().agenda(command);
      }
    });
  }
}

function start({ minutes }: { minutes: number }) {
  if (state.running || state.startedAt !== 0) throw new Error('The timer run has already started');
  const live = useSessionStore.getState().live;
  if (!live?.agenda.autoAdvance) throw new Error('The session must run with auto-advance on');
  state.running = true;
  state.startedAt = Date.now();
  state.perfStart = performance.now();
  state.endsAt = state.startedAt + minutes * MIN;
  state.playedBefore = played.length;
  state.facts.push({ at: state.startedAt, live });
  state.unsubscribe = useSessionStore.subscribe((next, previous) => {
    if (next.live === previous.live) return;
    state.facts.push({ at: Date.now(), live: next.live });
    // After the store's listeners (the runner's among them) have seen the change.
    setTimeout(() => onChange(next.live), 0);
  });
  onChange(live);
  sampleAtRandom();
  sampleAroundChanges();
  later(minutes * MIN, stop);
  return { startedAt: state.startedAt, endsAt: state.endsAt };
}

function stop(): void {
  state.running = false;
  state.stoppedAt = Date.now();
  state.perfStop = performance.now();
  for (const handle of state.timers) clearTimeout(handle);
  state.timers.clear();
  state.unsubscribe?.();
  state.observer?.disconnect();
}

function progress() {
  const worst = state.samples.reduce((max, s) => Math.max(max, Math.abs(s[1] - s[2])), 0);
  return {
    running: state.running,
    elapsedMs: (state.running ? Date.now() : state.stoppedAt) - state.startedAt,
    samples: state.samples.length,
    chimes: played.length - state.playedBefore,
    worstMs: worst,
    errors: state.errors.length,
  };
}

interface Boundary {
  readonly entryId: string;
  readonly item: number;
  readonly kind: string;
  /** When the time left reached the threshold, by the facts. */
  readonly at: number;
  /** Whether the session was moving on by itself then. */
  readonly autoAdvance: boolean;
}

/** Every threshold reached during the run, and when, from the logged facts. */
function boundaries(): Boundary[] {
  const found: Boundary[] = [];
  const seen = new Set<string>();
  state.facts.forEach(({ at: from, live }, k) => {
    const to = state.facts[k + 1]?.at ?? state.stoppedAt;
    const entry = live ? currentEntry(live.agenda) : undefined;
    if (!live || !entry) return;
    const c = entry.countdown;
    if (c.startedAt === null || c.pausedAt !== null) return;
    for (const threshold of chimeThresholds(live.settings, entry)) {
      const key = `${entry.id}:${threshold.id}`;
      if (seen.has(key)) continue;
      const reached = c.startedAt + c.pausedTotalMs + totalMs(c) - threshold.atRemainingMs;
      // Reached within this stretch of facts (or already, when the facts changed: at once).
      const at = Math.max(reached, from);
      // Reached at the very instant the facts changed (the runner's tick at the boundary) counts.
      if (at > to || at > state.stoppedAt) continue;
      seen.add(key);
      found.push({
        entryId: entry.id,
        item: live.agenda.entries.indexOf(entry),
        kind: threshold.id,
        at,
        autoAdvance: live.agenda.autoAdvance,
      });
    }
  });
  return found;
}

async function result() {
  if (state.running) throw new Error('The timer run is still going');
  await settleLongTasks();
  // Main-thread tasks over 50 ms (a tick or a chime due meanwhile waits), from the run's start.
  const longTasks = longTasksBetween(state.perfStart, state.perfStop);
  const expected = boundaries();
  const plays = played.slice(state.playedBefore);
  const matched = expected.map((boundary) => {
    const mine = plays.filter((p) => p.entryId === boundary.entryId && p.kind === boundary.kind);
    const first = mine[0];
    return {
      ...boundary,
      playedAt: first?.at ?? null,
      delayMs: first ? first.at - boundary.at : null,
      plays: mine.length,
    };
  });
  const stray = plays.filter(
    (p) => !expected.some((b) => b.entryId === p.entryId && b.kind === p.kind),
  );
  const final = useSessionStore.getState().live;
  return {
    startedAt: state.startedAt,
    stoppedAt: state.stoppedAt,
    samples: state.samples,
    wrongTitle: state.wrongTitle,
    unparsed: state.unparsed,
    skipped: state.skipped,
    errors: state.errors,
    chimes: matched,
    stray,
    commands: state.commands,
    items: (final?.agenda.entries ?? []).map((e) => ({
      title: e.title,
      minutes: e.countdown.durationMs / MIN,
      status: e.status,
      startedAt: e.countdown.startedAt,
      endedAt: e.endedAt,
      pausedTotalMs: e.countdown.pausedTotalMs,
      adjustmentsMs: e.countdown.adjustmentsMs,
      warningMs: e.warningMs,
      chimesFired: e.countdown.chimesFired,
    })),
    settings: final?.settings ?? null,
    curtainDown: useCurtainStore.getState().down,
    longTasks: { count: longTasks.length, longest: longest(longTasks), tasks: longTasks },
  };
}

export const timer = { start, progress, result };
