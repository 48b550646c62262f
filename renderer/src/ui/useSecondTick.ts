/**
 * One shared 1 Hz clock, ticking on whole seconds, and saying the whole second (a timer that
 * fires a few ms late still reads as the second it was meant for). The session's facts are
 * recorded to the whole second too, so every running figure is exact at each tick and never a
 * second behind between ticks. Only the small leaf components that show a running time call
 * this, so the rest of the tree never re-renders each second.
 */
import { useSyncExternalStore } from 'react';
import { msUntilNextSecond } from '../domain/time/clock';

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Ticks this long before each whole second, saying that second: by the time the figures are
 * drawn the second has come, so what is shown is never a second behind (a little ahead at most).
 */
const LEAD_MS = 100;

function schedule(): void {
  const wait = msUntilNextSecond(Date.now()) - LEAD_MS;
  timer = setTimeout(
    () => {
      now = Math.round(Date.now() / 1000) * 1000;
      for (const listener of listeners) listener();
      schedule();
    },
    wait > 0 ? wait : wait + 1000,
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    now = Date.now();
    schedule();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearTimeout(timer);
  };
}

export function useSecondTick(): number {
  return useSyncExternalStore(subscribe, () => now);
}
