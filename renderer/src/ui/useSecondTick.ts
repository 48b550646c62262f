/**
 * One shared 1 Hz clock, ticking on whole seconds. Only the small leaf components that show a
 * running time call this, so the rest of the tree never re-renders each second.
 */
import { useSyncExternalStore } from 'react';
import { msUntilNextSecond } from '../domain/time/clock';

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(): void {
  timer = setTimeout(() => {
    now = Date.now();
    for (const listener of listeners) listener();
    schedule();
  }, msUntilNextSecond(Date.now()));
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
