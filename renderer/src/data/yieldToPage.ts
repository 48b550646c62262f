/**
 * Lets input, rendering and timers run between slices of long work (decrypting thousands of
 * records, building the search index): scheduler.yield where there is one, else a message on a
 * channel. Not setTimeout(0): nested timeouts are clamped to 4 ms, which adds up over many slices.
 * No Dexie here, so stores can use it without loading the database layer.
 */
interface Scheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
