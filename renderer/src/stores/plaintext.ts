/**
 * Every store that holds decrypted data registers how to empty itself, so locking can clear
 * them all before the renderer reloads (DESIGN.md §3).
 */
const resets = new Set<() => void>();

export function registerPlaintextStore(reset: () => void): void {
  resets.add(reset);
}

export function clearPlaintextStores(): void {
  for (const reset of resets) reset();
}
