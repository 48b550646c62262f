/**
 * The privacy curtain: during a live session, an idle timeout lowers it instead of locking.
 * Views marked confidential hide themselves while it is down; the timer, the chimes and the
 * room display keep running. The vault's passphrase lifts it.
 */
import { create } from 'zustand';
import { registerPlaintextStore } from './plaintext';
import { useVaultStore } from './vault.store';

interface CurtainState {
  readonly down: boolean;
  readonly lower: () => void;
  /** Lifts the curtain if the passphrase is the vault's; resolves to whether it did. */
  readonly lift: (passphrase: string) => Promise<boolean>;
}

export const useCurtainStore = create<CurtainState>()((set) => ({
  down: false,
  lower: () => set({ down: true }),
  async lift(passphrase) {
    const ok = await useVaultStore.getState().verifyPassphrase(passphrase);
    if (ok) set({ down: false });
    return ok;
  },
}));

registerPlaintextStore(() => useCurtainStore.setState({ down: false }));
