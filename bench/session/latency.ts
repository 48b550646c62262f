/**
 * session-latency, in the page: what each real input (Playwright's keyboard and mouse, through
 * Chromium's input pipeline) cost until its result was on screen.
 *
 * Before each input the bench arms a record; listeners on window (capture phase) note the
 * input's events and their timestamps. Two measures per interaction:
 *
 * - Event Timing (PerformanceObserver 'event', durationThreshold 16): the entries of the
 *   interaction (found by their events' timestamps, then by interactionId) and the longest
 *   duration among them, from the input's timestamp to the next paint after its handlers, as
 *   the browser reports it (rounded to 8 ms; interactions under 16 ms are not reported);
 * - the page's own: from the first event's timestamp to a task posted from the
 *   requestAnimationFrame after each of its events, i.e. once the frame showing the result has
 *   been produced.
 *
 * The long tasks (over 50 ms) come from bench/pages/long-tasks.ts.
 */
import { longest, longTasksBetween, round, settleLongTasks } from '../pages/long-tasks';
import { sleep } from './util';

interface EventNote {
  readonly type: string;
  readonly timeStamp: number;
  /** When a task posted from the next animation frame ran (the frame was produced). */
  producedAt: number | null;
}

interface Interaction {
  readonly id: number;
  readonly kind: string;
  readonly via: string;
  readonly events: EventNote[];
}

interface EventEntry {
  readonly name: string;
  readonly startTime: number;
  readonly duration: number;
  readonly processingStart: number;
  readonly processingEnd: number;
  readonly interactionId: number;
}

const TYPES = ['keydown', 'keyup', 'pointerdown', 'pointerup', 'click'] as const;

let armed: Interaction | null = null;
const finished: Interaction[] = [];
const entries: EventEntry[] = [];
let observing = false;
let nextId = 1;

function note(event: Event): void {
  if (!armed) return;
  const record: EventNote = { type: event.type, timeStamp: event.timeStamp, producedAt: null };
  armed.events.push(record);
  requestAnimationFrame(() => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      record.producedAt = performance.now();
      port1.close();
    };
    port2.postMessage(null);
  });
}

function begin(): { supported: boolean } {
  if (observing) return { supported: true };
  const supported = PerformanceObserver.supportedEntryTypes.includes('event');
  if (!supported) return { supported };
  observing = true;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      entries.push({
        name: entry.name,
        startTime: entry.startTime,
        duration: entry.duration,
        processingStart: entry.processingStart,
        processingEnd: entry.processingEnd,
        interactionId: entry.interactionId,
      });
    }
    // durationThreshold is in Chromium's typings of observe() but not in TypeScript's DOM lib.
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  for (const type of TYPES) window.addEventListener(type, note, { capture: true });
  return { supported };
}

/** The next input belongs to an interaction of this kind. */
function arm(kind: string, via: string): number {
  if (armed) throw new Error(`Interaction ${String(armed.id)} (${armed.kind}) was not finished`);
  armed = { id: nextId, kind, via, events: [] };
  nextId += 1;
  return armed.id;
}

function finish(): { id: number; events: number } {
  if (!armed) throw new Error('No interaction armed');
  const done = armed;
  armed = null;
  finished.push(done);
  return { id: done.id, events: done.events.length };
}

/** A deliberately slow key for the positive control: F8 busy-waits `ms` in its handler. */
function slowKey(ms: number): void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'F8') return;
    window.removeEventListener('keydown', onKey);
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // Busy: a handler that takes `ms`.
    }
  };
  window.addEventListener('keydown', onKey);
}

function measures() {
  return finished.map((interaction) => {
    const first = interaction.events[0];
    const produced = interaction.events
      .map((e) => e.producedAt)
      .filter((at): at is number => at !== null);
    // Event Timing entries of this interaction: by the timestamps of its events, then by id.
    const own = entries.filter((entry) =>
      interaction.events.some(
        (e) => e.type === entry.name && Math.abs(e.timeStamp - entry.startTime) < 0.5,
      ),
    );
    const ids = new Set(own.map((e) => e.interactionId).filter((id) => id !== 0));
    const all = entries.filter((entry) => own.includes(entry) || ids.has(entry.interactionId));
    const eventTimingMs = all.length === 0 ? null : Math.max(...all.map((e) => e.duration));
    return {
      id: interaction.id,
      kind: interaction.kind,
      via: interaction.via,
      events: interaction.events.map((e) => e.type),
      startedAt: first ? round(first.timeStamp) : null,
      eventTimingMs,
      eventTimingEntries: all.map((e) => ({
        name: e.name,
        duration: e.duration,
        inputDelay: round(e.processingStart - e.startTime),
        processing: round(e.processingEnd - e.processingStart),
      })),
      frameMs: first && produced.length > 0 ? round(Math.max(...produced) - first.timeStamp) : null,
    };
  });
}

/** Long tasks while nothing is touched for `ms`, with the session's timer running. */
async function idle(ms: number) {
  const start = performance.now();
  await sleep(ms);
  const end = performance.now();
  await settleLongTasks();
  const tasks = longTasksBetween(start, end);
  return { ms: round(end - start), tasks, longest: longest(tasks) };
}

/** Long tasks from `start` (performance.now()) until now. */
async function longTasksSince(start: number) {
  const end = performance.now();
  await settleLongTasks();
  const tasks = longTasksBetween(start, end);
  return { ms: round(end - start), tasks, longest: longest(tasks) };
}

export const latency = {
  begin,
  arm,
  finish,
  slowKey,
  measures,
  idle,
  longTasksSince,
  now: () => performance.now(),
};
