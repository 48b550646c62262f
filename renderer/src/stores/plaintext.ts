/**
 * Every store that holds decrypted data registers how to empty itself, so locking can clear
 * them all before the renderer reloads (DESIGN.md §3). Stores that save in the background also
 * register how to finish (flush) or drop (discard) what they have not written yet, so locking
 * never loses the last keystrokes and deleting a vault never writes into it again.
 */
const resets = new Set<() => void>();

export function registerPlaintextStore(reset: () => void): void {
  resets.add(reset);
}

export function clearPlaintextStores(): void {
  for (const reset of resets) reset();
}

export interface PendingWrites {
  flush(): Promise<void>;
  discard(): void;
}

const writers = new Set<PendingWrites>();

export function registerPendingWrites(writer: PendingWrites): void {
  writers.add(writer);
}

/** Writes what is pending, waiting at most `limitMs`: a stuck disk must not keep the vault open. */
export async function flushPendingWrites(limitMs = 2000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.allSettled([...writers].map((writer) => writer.flush())),
    new Promise((resolve) => (timer = setTimeout(resolve, limitMs))),
  ]);
  clearTimeout(timer);
}

export function discardPendingWrites(): void {
  for (const writer of writers) writer.discard();
}
