import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWriteQueue, type QueuedWrite, type SaveStatus, type WriteQueue } from './writeQueue';

interface Doc {
  readonly n: number;
}

const DELAY = 300;
const MAX_WAIT = 1000;
const RETRY = 2000;

let written: { at: number; write: QueuedWrite<Doc> }[];
let statuses: SaveStatus[];
let perform: ReturnType<typeof vi.fn<(write: QueuedWrite<Doc>) => Promise<void>>>;

function queue(options: { retryMs?: number } = {}): WriteQueue<Doc> {
  return createWriteQueue<Doc>({
    describe: 'a test record',
    delayMs: DELAY,
    maxWaitMs: MAX_WAIT,
    retryMs: options.retryMs ?? RETRY,
    perform,
    onStatus: (status) => statuses.push(status),
  });
}

const puts = () =>
  written.flatMap(({ write }) => (write.op === 'put' ? [[write.key, write.record.n]] : []));

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 10, 21, 18, 30));
  written = [];
  statuses = [];
  perform = vi.fn(async (write: QueuedWrite<Doc>) => {
    written.push({ at: Date.now(), write });
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a write queue', () => {
  it(`writes a put ${String(DELAY)} ms after it, not before`, async () => {
    const q = queue();
    const start = Date.now();
    q.put('a', { n: 1 });
    expect(q.pendingCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(perform).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(puts()).toEqual([['a', 1]]);
    expect(written[0]?.at).toBe(start + DELAY);
    expect(q.pendingCount()).toBe(0);
  });

  it('waits for a quiet moment: each change within the delay moves the write later', async () => {
    const q = queue();
    q.put('a', { n: 1 });
    await vi.advanceTimersByTimeAsync(DELAY - 50);
    q.put('a', { n: 2 });
    await vi.advanceTimersByTimeAsync(DELAY - 50);
    expect(perform).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(puts()).toEqual([['a', 2]]);
  });

  it(`still writes steady changes at most ${String(MAX_WAIT)} ms after the first unwritten one`, async () => {
    const q = queue();
    const start = Date.now();
    /** When each change was made, by its number. */
    const madeAt: number[] = [];
    for (let n = 0; n < 50; n += 1) {
      madeAt.push(Date.now());
      q.put('a', { n });
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(DELAY);

    const writes = written.map(({ at, write }) => ({
      at,
      n: write.op === 'put' ? write.record.n : -1,
    }));
    // Five seconds of typing: about one write a second, not one at the end (nor fifty).
    expect(writes.length).toBeGreaterThanOrEqual(5);
    expect(writes.length).toBeLessThanOrEqual(6);
    let firstUnwritten = 0;
    for (const { at, n } of writes) {
      // Each write holds the latest change made before it…
      expect(n).toBe(madeAt.filter((t) => t < at).length - 1);
      // …and comes at most MAX_WAIT after the first change it had not written yet.
      expect(at - (madeAt[firstUnwritten] ?? Number.NaN)).toBeLessThanOrEqual(MAX_WAIT);
      firstUnwritten = n + 1;
    }
    // The last change is written too, no later than DELAY after the typing stops.
    expect(writes.at(-1)?.n).toBe(49);
    expect(writes.at(-1)?.at).toBeLessThanOrEqual(start + 4900 + DELAY);
    expect(q.pendingCount()).toBe(0);
  });

  it('writes only the latest state of each key', async () => {
    const q = queue();
    q.put('a', { n: 1 });
    q.put('a', { n: 2 });
    q.put('b', { n: 1 });
    q.put('a', { n: 3 });
    expect(q.pendingCount()).toBe(2);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(puts()).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
  });

  it('writes a delete in place of a pending put of the same key, at once by default', async () => {
    const q = queue();
    q.put('a', { n: 1 });
    q.delete('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(written.map(({ write }) => [write.op, write.key])).toEqual([['delete', 'a']]);
    await vi.advanceTimersByTimeAsync(DELAY * 10);
    expect(perform).toHaveBeenCalledTimes(1);
  });

  it('writes a put at once when asked to', async () => {
    const q = queue();
    q.put('a', { n: 1 }, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(puts()).toEqual([['a', 1]]);
  });

  it('flush writes everything pending now, and nothing is written again later', async () => {
    const q = queue();
    q.put('a', { n: 1 });
    q.put('b', { n: 2 });
    await q.flush();
    expect(puts()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(q.pendingCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(MAX_WAIT * 5);
    expect(perform).toHaveBeenCalledTimes(2);
    // With nothing pending, flush writes nothing.
    await q.flush();
    expect(perform).toHaveBeenCalledTimes(2);
  });

  it('flush waits for a write already under way', async () => {
    let release: () => void = () => undefined;
    perform.mockImplementationOnce(
      (write) =>
        new Promise<void>((resolve) => {
          release = () => {
            written.push({ at: Date.now(), write });
            resolve();
          };
        }),
    );
    const q = queue();
    q.put('a', { n: 1 }, true);
    let flushed = false;
    const flushing = q.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    release();
    await flushing;
    expect(puts()).toEqual([['a', 1]]);
  });

  it('says saving, then saved', async () => {
    const q = queue();
    q.put('a', { n: 1 });
    q.put('b', { n: 1 });
    expect(statuses).toEqual(['saving', 'saving']);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(statuses).toEqual(['saving', 'saving', 'saved']);
    q.delete('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.slice(3)).toEqual(['saving', 'saved']);
  });

  it('says failed when a write fails, and tries it again after retryMs', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    perform.mockRejectedValueOnce(new TypeError('disk full'));
    const q = queue();
    q.put('a', { n: 1 });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(perform).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toBe('failed');
    expect(q.pendingCount()).toBe(1);
    // Logged by kind only: a record's content never reaches the console.
    expect(error).toHaveBeenCalledWith('Could not save a test record: TypeError');

    await vi.advanceTimersByTimeAsync(RETRY - 1);
    expect(perform).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(perform).toHaveBeenCalledTimes(2);
    expect(puts()).toEqual([['a', 1]]);
    expect(statuses.at(-1)).toBe('saved');
    expect(q.pendingCount()).toBe(0);
  });

  it('writes a newer put in place of the failed one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    perform.mockRejectedValueOnce(new Error('disk full'));
    const q = queue();
    q.put('a', { n: 1 });
    q.put('b', { n: 1 });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(statuses.at(-1)).toBe('failed');
    expect(puts()).toEqual([['b', 1]]);
    q.put('a', { n: 2 });
    expect(q.pendingCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(RETRY);
    expect(puts()).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(perform.mock.calls.map(([write]) => (write.op === 'put' ? write.record.n : -1))).toEqual(
      [1, 1, 2],
    );
    expect(statuses.at(-1)).toBe('saved');
  });

  it('keeps a put made while a write was failing, rather than the failed one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail: (error: Error) => void = () => undefined;
    perform.mockImplementationOnce(() => new Promise<void>((_resolve, reject) => (fail = reject)));
    const q = queue();
    q.put('a', { n: 1 }, true);
    await vi.advanceTimersByTimeAsync(0);
    q.put('a', { n: 2 });
    fail(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(RETRY);
    expect(puts()).toEqual([['a', 2]]);
    expect(q.pendingCount()).toBe(0);
  });

  it('never tries a failed write again over a newer one already on its way, or a deletion', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail: (error: Error) => void = () => undefined;
    perform.mockImplementationOnce(() => new Promise<void>((_resolve, reject) => (fail = reject)));
    const q = queue();
    q.put('a', { n: 1 }, true);
    await vi.advanceTimersByTimeAsync(0);
    // The newer state is taken by a batch of its own before the first write fails.
    q.put('a', { n: 2 }, true);
    q.put('b', { n: 1 }, true);
    q.delete('b', true);
    fail(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(RETRY * 3);
    const written = perform.mock.calls.map(([write]) =>
      write.op === 'put' ? `put ${write.key} ${String(write.record.n)}` : `delete ${write.key}`,
    );
    // The failed "a 1" is not written again after "a 2"; "b" stays deleted.
    expect(written.filter((w) => w.startsWith('put a'))).toEqual(['put a 1', 'put a 2']);
    expect(written.at(-1)).toBe('delete b');
    expect(q.pendingCount()).toBe(0);
  });

  it('discard drops every pending write', async () => {
    const q = queue();
    q.put('a', { n: 1 });
    q.delete('b', false);
    expect(q.pendingCount()).toBe(2);
    q.discard();
    expect(q.pendingCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(MAX_WAIT * 5);
    await q.flush();
    expect(perform).not.toHaveBeenCalled();
    // The queue goes on working for later changes.
    q.put('c', { n: 1 });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(puts()).toEqual([['c', 1]]);
  });

  it('discard also drops a failed write waiting to be tried again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    perform.mockRejectedValueOnce(new Error('disk full'));
    const q = queue();
    q.put('a', { n: 1 });
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(q.pendingCount()).toBe(1);
    q.discard();
    await vi.advanceTimersByTimeAsync(RETRY * 3);
    expect(perform).toHaveBeenCalledTimes(1);
  });
});
