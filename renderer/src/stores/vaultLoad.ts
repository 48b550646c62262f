/**
 * One read of a store's decrypted data at a time, however many ask, and none that lands after
 * the vault locked: locking resets it, so a read still on its way finds it is no longer current
 * and leaves the emptied store as it is.
 */
export interface VaultLoad {
  /** Runs `read` unless a read is under way (then its promise is returned). */
  run(read: (current: () => boolean) => Promise<void>): Promise<void>;
  /** The vault locked: reads under way are no longer current. */
  reset(): void;
}

export function createVaultLoad(): VaultLoad {
  let generation = 0;
  let loading: Promise<void> | null = null;
  return {
    run(read) {
      if (loading) return loading;
      const mine = generation;
      const current = () => mine === generation;
      loading = read(current).finally(() => {
        if (current()) loading = null;
      });
      return loading;
    },
    reset() {
      generation += 1;
      loading = null;
    },
  };
}
