/**
 * session-tick, in the page (profiling build): which components render, tick by tick, while the
 * live session runs and nobody touches anything; and the controls that show the counting sees
 * renders when there are some.
 *
 * A tick is a commit that renders LiveClock (the item's time, on the app's 1 Hz clock,
 * ui/useSecondTick; nothing else re-renders it while nothing is touched). Every commit from a
 * little before one tick to a little before the next is counted against that tick, whatever
 * caused it, so nothing between ticks is left out, whenever the app's clock ticks.
 */
import { useSessionStore } from '../../renderer/src/stores/session.store';
import { devtools, type CommitRecord } from './devtools-hook';
import { PROBE_CHILDREN, probe, profiled } from './probe';
import { sleep, until } from './util';

const msUntil = (at: number) => Math.max(0, at - Date.now());
const nextSecond = () => Math.floor(Date.now() / 1000) * 1000 + 1000;

/** The component that marks a tick. */
export const TICKING = 'LiveClock';
/** A commit this long before a tick's own still belongs to that tick (its other clocks). */
const LEAD_MS = 100;

interface TickWindow {
  /** ms from the first tick. */
  readonly at: number;
  /** ms to the next tick. */
  readonly lengthMs: number;
  readonly commits: number;
  readonly rendered: readonly string[];
  readonly mounted: readonly string[];
}

function summarize(commits: readonly CommitRecord[]) {
  return {
    commits: commits.length,
    rendered: commits.flatMap((c) => c.rendered),
    mounted: commits.flatMap((c) => c.mounted),
  };
}

const isTick = (commit: CommitRecord) =>
  commit.rendered.includes(TICKING) || commit.mounted.includes(TICKING);

/** The app's commits, tick by tick, for `ticks` ticks of no input. */
async function measure({ ticks }: { ticks: number }) {
  if (!__SESSION_BENCH_PROFILING__ || devtools.renderers() === 0)
    throw new Error('Not the profiling build, or React did not attach to the DevTools hook');
  const first = devtools.commits.length;
  const profiledBefore = profiled.commits;
  const started = performance.now();
  // ticks windows need ticks + 1 ticks after the first one seen; a little slack for late ones.
  await until(
    `${String(ticks + 2)} ticks`,
    () => devtools.commits.slice(first).filter(isTick).length >= ticks + 2,
    (ticks + 10) * 1000,
  );
  const commits = devtools.commits.slice(first);
  const anchors = commits.filter(isTick).map((c) => c.perfAt);
  // The first tick seen may have come mid-wait: windows start from the second.
  const starts = anchors.slice(1, ticks + 2).map((at) => at - LEAD_MS);
  const windows: TickWindow[] = [];
  for (let i = 0; i + 1 < starts.length; i += 1) {
    const from = starts[i] ?? 0;
    const to = starts[i + 1] ?? 0;
    const inside = commits.filter((c) => c.perfAt >= from && c.perfAt < to);
    windows.push({
      at: Math.round(from - (starts[0] ?? 0)),
      lengthMs: Math.round(to - from),
      ...summarize(inside),
    });
  }
  return {
    windows,
    profiledCommits: profiled.commits - profiledBefore,
    waitedMs: Math.round(performance.now() - started),
  };
}

/** Runs `act` in a quiet moment (well away from a tick) and reports the commits it caused. */
async function commitsOf(act: () => void) {
  // 150 ms after a tick, and looked at for 400 ms: the next tick is 450 ms after that.
  await sleep(msUntil(nextSecond() + 150));
  const first = devtools.commits.length;
  const until = nextSecond();
  act();
  await sleep(400);
  return summarize(devtools.commits.slice(first).filter((c) => c.at < until));
}

/**
 * The counting, checked: the probe's parent re-rendering its five children must count exactly
 * six components; setting the same state again, none (React bails out); and a change of the
 * session high up (the volume, as ChimeSettings' slider sets it, which every part of the run
 * screen that receives the session sees) must count many more than a tick.
 */
async function controls() {
  if (!probe.bump) throw new Error('The probe is not mounted');
  const bump = probe.bump;
  const probeUpdate = await commitsOf(() => bump(probe.value + 1));
  const probeSame = await commitsOf(() => bump(probe.value));
  const volume = useSessionStore.getState().live?.settings.volume ?? 0.6;
  const session = await commitsOf(() =>
    useSessionStore.getState().updateSettings({ volume: volume === 0.5 ? 0.55 : 0.5 }),
  );
  useSessionStore.getState().updateSettings({ volume });
  await sleep(500);
  return { probeChildren: PROBE_CHILDREN, probeUpdate, probeSame, session };
}

export const tick = { measure, controls };
