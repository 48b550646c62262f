/**
 * A store's repositories for the vault that is open: made (their module loaded on first use)
 * for the current vault session, made again after an unlock, and never kept for a vault that
 * locked while they were being made.
 */
import type { VaultSession } from '../data/repositories/repository';
import { useVaultStore } from './vault.store';

export interface ForOpenVault<T> {
  get(): Promise<T>;
  /** The vault locked: forget them. */
  reset(): void;
}

export function forOpenVault<T>(make: (session: VaultSession) => Promise<T>): ForOpenVault<T> {
  let made: { session: VaultSession; value: T } | null = null;
  const session = () => {
    const open = useVaultStore.getState().session;
    if (!open) throw new Error('The vault is locked');
    return open;
  };
  return {
    async get() {
      const current = session();
      if (made?.session !== current) {
        const value = await make(current);
        // Locked (or another vault opened) while the module loaded: not for this vault.
        if (session() !== current) throw new Error('The vault is locked');
        made = { session: current, value };
      }
      return made.value;
    },
    reset() {
      made = null;
    },
  };
}

/**
 * Logs a failed read or write of the vault's data, unless the vault locked meanwhile: locking
 * closes the database under reads still in flight, which then fail, and nothing was lost (their
 * data is being dropped anyway).
 */
export function reportUnlessLocked(what: string, error: unknown): void {
  if (!useVaultStore.getState().session) return;
  console.error(`${what}: ${error instanceof Error ? error.name : typeof error}`);
}
