/**
 * Background writes for a store of decrypted records: the latest state of each record is
 * written once, shortly after it changes, and a failed write is tried again. Unlike a plain
 * debounce, steady typing cannot hold writes back: whatever changed is written at most
 * `maxWaitMs` after its first unwritten change, so a crash loses at most about that much.
 * Registered with the vault's pending writes, so locking flushes and deleting a vault discards.
 */
import { registerPendingWrites } from './plaintext';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export type QueuedWrite<T> =
  | { readonly op: 'put'; readonly key: string; readonly record: T }
  | { readonly op: 'delete'; readonly key: string };

export interface WriteQueueOptions<T> {
  readonly perform: (write: QueuedWrite<T>) => Promise<void>;
  readonly onStatus: (status: SaveStatus) => void;
  /** Quiet time after a change before writing. */
  readonly delayMs: number;
  /** The longest a change waits while changes keep coming. */
  readonly maxWaitMs: number;
  readonly retryMs?: number;
  readonly describe: string;
}

export interface WriteQueue<T> {
  put(key: string, record: T, immediately?: boolean): void;
  delete(key: string, immediately?: boolean): void;
  /** Writes everything pending now; resolves once written (or failed and queued again). */
  flush(): Promise<void>;
  /** Drops what is pending (the vault is being deleted or emptied). */
  discard(): void;
  pendingCount(): number;
}

export function createWriteQueue<T>(options: WriteQueueOptions<T>): WriteQueue<T> {
  const { perform, onStatus, delayMs, maxWaitMs, retryMs = 3000 } = options;
  type Numbered = QueuedWrite<T> & { readonly seq: number };
  const pending = new Map<string, Numbered>();
  /**
   * The newest change of each key not yet known to be on disk: a failed write is tried again
   * only if nothing newer of its key was made since (which may already be in a later batch).
   */
  const latest = new Map<string, number>();
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest unwritten change was made (null: nothing waiting). */
  let firstPendingAt: number | null = null;
  let writing: Promise<void> = Promise.resolve();
  /** Bumped by discard: a batch already on its way stops, and is not tried again. */
  let generation = 0;

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    firstPendingAt = null;
    if (pending.size === 0) return writing;
    const batch = [...pending.values()];
    pending.clear();
    const mine = generation;
    writing = writing.then(async () => {
      const failed: Numbered[] = [];
      for (const write of batch) {
        if (mine !== generation) return;
        try {
          await perform(write);
          if (latest.get(write.key) === write.seq) latest.delete(write.key);
        } catch (error) {
          console.error(
            `Could not save ${options.describe}: ${error instanceof Error ? error.name : typeof error}`,
          );
          failed.push(write);
        }
      }
      if (mine !== generation) return;
      for (const write of failed)
        if (latest.get(write.key) === write.seq && !pending.has(write.key))
          pending.set(write.key, write);
      if (failed.length > 0) {
        onStatus('failed');
        clearTimeout(timer);
        timer = setTimeout(() => void flush(), retryMs);
      } else onStatus(pending.size > 0 ? 'saving' : 'saved');
    });
    return writing;
  }

  function schedule(immediately: boolean): void {
    onStatus('saving');
    clearTimeout(timer);
    const now = Date.now();
    firstPendingAt ??= now;
    if (immediately) {
      void flush();
      return;
    }
    const wait = Math.max(0, Math.min(delayMs, firstPendingAt + maxWaitMs - now));
    timer = setTimeout(() => void flush(), wait);
  }

  const queue: WriteQueue<T> = {
    put(key, record, immediately = false) {
      latest.set(key, ++seq);
      pending.set(key, { op: 'put', key, record, seq });
      schedule(immediately);
    },
    delete(key, immediately = true) {
      latest.set(key, ++seq);
      pending.set(key, { op: 'delete', key, seq });
      schedule(immediately);
    },
    flush,
    discard() {
      generation += 1;
      clearTimeout(timer);
      timer = undefined;
      firstPendingAt = null;
      pending.clear();
      latest.clear();
    },
    pendingCount: () => pending.size,
  };
  registerPendingWrites({ flush, discard: () => queue.discard() });
  return queue;
}
