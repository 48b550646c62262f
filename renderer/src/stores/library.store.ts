/**
 * The facilitator's side of the icebreaker library, decrypted in memory while the vault is open:
 * their own prompts, favourites, hidden built-in prompts, and the prompts each group has had
 * (so "draw" does not repeat them). The built-in prompts themselves are not here: they are
 * loaded with the screens that show them.
 */
import { create } from 'zustand';
import type { PromptUse } from '../domain/icebreakers/library';
import {
  EMPTY_LIBRARY,
  setFavourite,
  setHidden,
  withUse,
  type LibraryState,
} from '../domain/icebreakers/marks';
import { CUSTOM_PREFIX, type CustomPrompt } from '../domain/icebreakers/prompt';
import type { Repository } from '../data/repositories/repository';
import { forOpenVault } from './openVault';
import { registerPlaintextStore } from './plaintext';
import { createVaultLoad } from './vaultLoad';
import { createWriteQueue, type SaveStatus } from './writeQueue';
import type { LoadStatus } from './notes.store';

export interface LibraryStoreState {
  readonly status: LoadStatus;
  readonly custom: Readonly<Record<string, CustomPrompt>>;
  readonly marks: LibraryState;
  readonly save: SaveStatus;
}

interface LibraryActions {
  readonly load: () => Promise<void>;
  readonly addCustom: (prompt: Omit<CustomPrompt, 'id' | 'createdAt'>) => string;
  readonly updateCustom: (
    id: string,
    patch: Partial<Omit<CustomPrompt, 'id' | 'createdAt'>>,
  ) => void;
  readonly removeCustom: (id: string) => void;
  readonly setFavourite: (id: string, on: boolean) => void;
  readonly setHidden: (id: string, on: boolean) => void;
  /** This group had this prompt on that day (added to its plan, or used in its session). */
  readonly recordUse: (groupId: string, use: PromptUse) => void;
  readonly flush: () => Promise<void>;
}

export interface LibraryEnvironment {
  readonly now: () => number;
  readonly newId: () => string;
}

let environment: LibraryEnvironment = {
  now: () => Date.now(),
  newId: () => `${CUSTOM_PREFIX}${crypto.randomUUID()}`,
};

export function configureLibraryEnvironment(next: Partial<LibraryEnvironment>): void {
  environment = { ...environment, ...next };
}

const INITIAL: LibraryStoreState = {
  status: 'idle',
  custom: {},
  marks: EMPTY_LIBRARY,
  save: 'idle',
};

interface Repositories {
  readonly prompts: Repository<CustomPrompt>;
  readonly library: Repository<LibraryState>;
}
const repositories = forOpenVault(async (session): Promise<Repositories> => {
  const { customPromptsRepository, libraryRepository } =
    await import('../data/repositories/library.repository');
  return { prompts: customPromptsRepository(session), library: libraryRepository(session) };
});
const repos = () => repositories.get();

type Stored =
  | { readonly kind: 'prompt'; readonly prompt: CustomPrompt }
  | { readonly kind: 'marks'; readonly marks: LibraryState };

const queue = createWriteQueue<Stored>({
  describe: 'the library',
  delayMs: 250,
  maxWaitMs: 700,
  perform: async (write) => {
    const r = await repos();
    if (write.op === 'delete') return r.prompts.delete(write.key);
    if (write.record.kind === 'marks') return r.library.put(write.record.marks);
    return r.prompts.put(write.record.prompt);
  },
  onStatus: (save) => {
    if (useLibraryStore.getState().save !== save) useLibraryStore.setState({ save });
  },
});

const MARKS_KEY = '\u0000marks';

const loads = createVaultLoad();

export const useLibraryStore = create<LibraryStoreState & LibraryActions>()((set, get) => {
  /**
   * Marks change only once the stored ones are read: a change made on an empty record first
   * would overwrite the favourites and history on disk.
   */
  const changeMarks = (change: (marks: LibraryState) => LibraryState) => {
    const apply = () => {
      if (get().status !== 'ready') return;
      const marks = change(get().marks);
      set({ marks });
      queue.put(MARKS_KEY, { kind: 'marks', marks });
    };
    if (get().status === 'ready') apply();
    else void get().load().then(apply);
  };
  const putPrompt = (prompt: CustomPrompt, immediately = false) => {
    set((s) => ({ custom: { ...s.custom, [prompt.id]: prompt } }));
    queue.put(prompt.id, { kind: 'prompt', prompt }, immediately);
  };
  return {
    ...INITIAL,

    load() {
      if (get().status === 'ready') return Promise.resolve();
      // One read, however many ask: a change waiting on it is applied once it is done.
      return loads.run(async (current) => {
        set({ status: 'loading' });
        try {
          const r = await repos();
          const [custom, marks] = await Promise.all([r.prompts.list(), r.library.get('library')]);
          if (!current()) return;
          set((s) => ({
            status: 'ready',
            custom: { ...Object.fromEntries(custom.map((p) => [p.id, p])), ...s.custom },
            marks: marks ?? s.marks,
          }));
        } catch (error) {
          if (!current()) return;
          console.error(
            `Could not load the library: ${error instanceof Error ? error.name : typeof error}`,
          );
          set({ status: 'failed' });
        }
      });
    },

    addCustom(fields) {
      const prompt: CustomPrompt = {
        ...fields,
        text: fields.text.trim(),
        id: environment.newId(),
        createdAt: environment.now(),
      };
      putPrompt(prompt, true);
      return prompt.id;
    },

    updateCustom(id, patch) {
      const prompt = get().custom[id];
      if (prompt) putPrompt({ ...prompt, ...patch });
    },

    removeCustom(id) {
      set((s) => ({
        custom: Object.fromEntries(Object.entries(s.custom).filter(([key]) => key !== id)),
      }));
      queue.delete(id);
      if (get().marks.favourites.includes(id)) changeMarks((m) => setFavourite(m, id, false));
    },

    setFavourite(id, on) {
      changeMarks((m) => setFavourite(m, id, on));
    },

    setHidden(id, on) {
      changeMarks((m) => setHidden(m, id, on));
    },

    recordUse(groupId, use) {
      changeMarks((m) => withUse(m, groupId, use));
    },

    flush: () => queue.flush(),
  };
});

registerPlaintextStore(() => {
  loads.reset();
  queue.discard();
  repositories.reset();
  useLibraryStore.setState(INITIAL);
});
