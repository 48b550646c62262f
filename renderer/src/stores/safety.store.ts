/** The safety card, decrypted in memory while the vault is open, and whether it is showing. */
import { create } from 'zustand';
import {
  EMPTY_SAFETY_CARD,
  SAFETY_ID,
  type CrisisContact,
  type SafetyCard,
} from '../domain/safety/safety';
import type { Repository, VaultSession } from '../data/repositories/repository';
import { registerPlaintextStore } from './plaintext';
import { useVaultStore } from './vault.store';
import { createWriteQueue, type SaveStatus } from './writeQueue';
import type { LoadStatus } from './notes.store';

export interface SafetyState {
  readonly status: LoadStatus;
  readonly card: SafetyCard;
  readonly save: SaveStatus;
  /**
   * What is showing: the card (from the navigation, or by its key in the run view), or the
   * incident note it opened.
   */
  readonly showing: 'card' | 'incident-note' | null;
}

interface SafetyActions {
  readonly load: () => Promise<void>;
  readonly show: () => void;
  readonly hide: () => void;
  readonly writeIncidentNote: () => void;
  readonly update: (patch: Partial<Omit<SafetyCard, 'id'>>) => void;
  readonly addContact: (contact: Omit<CrisisContact, 'id'>) => string;
  readonly updateContact: (id: string, patch: Partial<Omit<CrisisContact, 'id'>>) => void;
  readonly removeContact: (id: string) => void;
  readonly flush: () => Promise<void>;
}

let newId: () => string = () => crypto.randomUUID();

export function configureSafetyIds(next: () => string): void {
  newId = next;
}

const INITIAL: SafetyState = {
  status: 'idle',
  card: EMPTY_SAFETY_CARD,
  save: 'idle',
  showing: null,
};

let repository: { session: VaultSession; value: Repository<SafetyCard> } | null = null;

async function repo(): Promise<Repository<SafetyCard>> {
  const session = useVaultStore.getState().session;
  if (!session) throw new Error('The vault is locked');
  if (repository?.session !== session) {
    const { safetyRepository } = await import('../data/repositories/library.repository');
    repository = { session, value: safetyRepository(session) };
  }
  return repository.value;
}

const queue = createWriteQueue<SafetyCard>({
  describe: 'the safety card',
  delayMs: 250,
  maxWaitMs: 700,
  perform: async (write) => {
    if (write.op === 'put') await (await repo()).put(write.record);
  },
  onStatus: (save) => {
    if (useSafetyStore.getState().save !== save) useSafetyStore.setState({ save });
  },
});

export const useSafetyStore = create<SafetyState & SafetyActions>()((set, get) => {
  const put = (card: SafetyCard) => {
    set({ card });
    queue.put(SAFETY_ID, card);
  };
  return {
    ...INITIAL,

    async load() {
      if (get().status === 'loading' || get().status === 'ready') return;
      set({ status: 'loading' });
      try {
        const stored = await (await repo()).get(SAFETY_ID);
        // An edit made while reading is newer than what was stored.
        set((s) => ({ status: 'ready', card: s.save === 'idle' && stored ? stored : s.card }));
      } catch (error) {
        console.error(
          `Could not load the safety card: ${error instanceof Error ? error.name : typeof error}`,
        );
        set({ status: 'failed' });
      }
    },

    show: () => set({ showing: 'card' }),
    hide: () => set({ showing: null }),
    writeIncidentNote: () => set({ showing: 'incident-note' }),

    update(patch) {
      put({ ...get().card, ...patch });
    },

    addContact(contact) {
      const id = newId();
      put({ ...get().card, contacts: [...get().card.contacts, { ...contact, id }] });
      return id;
    },

    updateContact(id, patch) {
      put({
        ...get().card,
        contacts: get().card.contacts.map((c) => (c.id === id ? { ...c, ...patch } : c)),
      });
    },

    removeContact(id) {
      put({ ...get().card, contacts: get().card.contacts.filter((c) => c.id !== id) });
    },

    flush: () => queue.flush(),
  };
});

registerPlaintextStore(() => {
  queue.discard();
  repository = null;
  useSafetyStore.setState(INITIAL);
});
