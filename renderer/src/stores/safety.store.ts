/** The safety card, decrypted in memory while the vault is open, and whether it is showing. */
import { create } from 'zustand';
import {
  CONTACT_NAME_MAX,
  CONTACT_NOTE_MAX,
  CONTACT_PHONE_MAX,
  EMPTY_SAFETY_CARD,
  MAX_CONTACTS,
  SAFETY_ID,
  SAFETY_TEXT_MAX,
  type CrisisContact,
  type SafetyCard,
} from '../domain/safety/safety';
import { forOpenVault } from './openVault';
import { registerPlaintextStore } from './plaintext';
import { createVaultLoad } from './vaultLoad';
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

const repository = forOpenVault(async (session) =>
  (await import('../data/repositories/library.repository')).safetyRepository(session),
);
const repo = () => repository.get();

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

const loads = createVaultLoad();

/** The card within what can be stored: a longer text would be refused by its schema, unsaved. */
function withinLimits(card: SafetyCard): SafetyCard {
  return {
    ...card,
    contacts: card.contacts.slice(0, MAX_CONTACTS).map((c) => ({
      ...c,
      name: c.name.slice(0, CONTACT_NAME_MAX),
      phone: c.phone.slice(0, CONTACT_PHONE_MAX),
      note: c.note.slice(0, CONTACT_NOTE_MAX),
    })),
    groundingScript: card.groundingScript.slice(0, SAFETY_TEXT_MAX),
    confidentiality: card.confidentiality.slice(0, SAFETY_TEXT_MAX),
  };
}

export const useSafetyStore = create<SafetyState & SafetyActions>()((set, get) => {
  const put = (next: SafetyCard) => {
    // Nothing is changed before the stored card is read: it would be overwritten.
    if (get().status !== 'ready') return;
    const card = withinLimits(next);
    set({ card });
    queue.put(SAFETY_ID, card);
  };
  return {
    ...INITIAL,

    load() {
      if (get().status === 'ready') return Promise.resolve();
      return loads.run(async (current) => {
        set({ status: 'loading' });
        try {
          const stored = await (await repo()).get(SAFETY_ID);
          if (!current()) return;
          set({ status: 'ready', card: stored ?? EMPTY_SAFETY_CARD });
        } catch (error) {
          if (!current()) return;
          console.error(
            `Could not load the safety card: ${error instanceof Error ? error.name : typeof error}`,
          );
          set({ status: 'failed' });
        }
      });
    },

    show: () => set({ showing: 'card' }),
    hide: () => set({ showing: null }),
    writeIncidentNote: () => set({ showing: 'incident-note' }),

    update(patch) {
      put({ ...get().card, ...patch });
    },

    addContact(contact) {
      if (get().card.contacts.length >= MAX_CONTACTS) return '';
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
  loads.reset();
  queue.discard();
  repository.reset();
  useSafetyStore.setState(INITIAL);
});
