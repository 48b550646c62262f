/**
 * Long-task bookkeeping shared by the bench pages (bench/vault, bench/plans): every main-thread
 * task over 50 ms since the page loaded, and the helpers to read them for a timed window.
 */
export interface LongTask {
  readonly startTime: number;
  readonly duration: number;
}

if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) {
  throw new Error('This browser does not report long tasks.');
}
const longTasks: LongTask[] = [];
const longTaskObserver = new PerformanceObserver((list) => {
  for (const { startTime, duration } of list.getEntries()) longTasks.push({ startTime, duration });
});
longTaskObserver.observe({ type: 'longtask', buffered: true });

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export const round = (ms: number) => Math.round(ms * 10) / 10;

/** Collects the entries of tasks that have ended by now (an entry is queued after its task). */
export async function settleLongTasks(): Promise<void> {
  await sleep(100);
  for (const { startTime, duration } of longTaskObserver.takeRecords())
    longTasks.push({ startTime, duration });
}

/** Long tasks overlapping [start, end], with start times relative to `start`. */
export function longTasksBetween(start: number, end: number): LongTask[] {
  return longTasks
    .filter((task) => task.startTime < end && task.startTime + task.duration > start)
    .map((task) => ({ startTime: round(task.startTime - start), duration: round(task.duration) }));
}

export const longest = (tasks: readonly LongTask[]): number =>
  tasks.reduce((max, task) => Math.max(max, task.duration), 0);
