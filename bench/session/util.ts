/** Small helpers the session bench page's modules share. */

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once `ready()` holds, checking every 50 ms; rejects after timeoutMs. */
export async function until(what: string, ready: () => boolean, timeoutMs = 15_000) {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

export const count = (selector: string) => document.querySelectorAll(selector).length;
