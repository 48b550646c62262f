/**
 * The facilitator's notes, decrypted in memory while the vault is open, with their full-text
 * search index (built after unlock in slices, so the page never stalls; never persisted). Every
 * edit changes memory at once and is written, encrypted, at most about a second later even
 * while typing goes on, so a crash loses at most the last second.
 */
import { create } from 'zustand';
import {
  cleanTags,
  newNote,
  NOTE_BODY_MAX,
  type NewNoteFields,
  type Note,
} from '../domain/notes/note';
import { buildSearchIndex, type SearchIndex } from '../domain/notes/search';
import { yieldToPage } from '../data/yieldToPage';
import { forOpenVault } from './openVault';
import { registerPlaintextStore } from './plaintext';
import { createVaultLoad } from './vaultLoad';
import { createWriteQueue, type SaveStatus } from './writeQueue';

/** Quiet time before a change is written, and the longest steady typing can hold it back. */
export const NOTE_SAVE_DELAY_MS = 200;
export const NOTE_SAVE_MAX_WAIT_MS = 500;

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface NotesState {
  readonly status: LoadStatus;
  readonly notes: Readonly<Record<string, Note>>;
  readonly save: SaveStatus;
  /** Epoch ms of the last completed save, for "Saved at 14:02". */
  readonly savedAt: number | null;
  /** The search index: built after the notes are read. */
  readonly index: LoadStatus;
  /**
   * Ids of the notes matching every word of a query, or null for an empty query (everything).
   * A new function whenever the index changes, so what depends on it searches again.
   */
  readonly search: (query: string) => ReadonlySet<string> | null;
}

export type NotePatch = Partial<Pick<Note, 'body' | 'tags' | 'incident' | 'memberId' | 'groupId'>>;

interface NotesActions {
  readonly load: () => Promise<void>;
  /** A new note, written at once; returns its id. */
  readonly create: (fields: NewNoteFields) => string;
  readonly update: (id: string, patch: NotePatch) => void;
  readonly remove: (ids: readonly string[]) => void;
  /** Removes a note left empty (a quick note opened and closed without a word). */
  readonly discardIfEmpty: (id: string) => void;
  readonly flush: () => Promise<void>;
}

export interface NotesEnvironment {
  readonly now: () => number;
  readonly newId: () => string;
  /** Lets the page breathe between slices of work (tests pass a resolved promise). */
  readonly yieldToPage: () => Promise<void>;
}

let environment: NotesEnvironment = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
  yieldToPage,
};

export function configureNotesEnvironment(next: Partial<NotesEnvironment>): void {
  environment = { ...environment, ...next };
}

const INITIAL: NotesState = {
  status: 'idle',
  notes: {},
  save: 'idle',
  savedAt: null,
  index: 'idle',
  search: searchIndex,
};

const repository = forOpenVault(async (session) =>
  (await import('../data/repositories/notes.repository')).notesRepository(session),
);
const repo = () => repository.get();

function searchIndex(query: string): ReadonlySet<string> | null {
  if (query.trim() === '') return null;
  return index ? index.search(query) : new Set();
}

/** What search finds in a note: its text and its tags. */
export function searchableText(note: Note): string {
  return `${note.body}\n${note.tags.join(' ')}`;
}

let index: SearchIndex | null = null;
const loads = createVaultLoad();
/** Notes deleted while the stored ones were being read: not brought back by that read. */
let removedWhileLoading = new Set<string>();
/** Changes made while the index was being built, applied once it is. */
let missed = new Set<string>();

const queue = createWriteQueue<Note>({
  describe: 'a note',
  delayMs: NOTE_SAVE_DELAY_MS,
  maxWaitMs: NOTE_SAVE_MAX_WAIT_MS,
  perform: async (write) => {
    const r = await repo();
    if (write.op === 'delete') await r.delete(write.key);
    else await r.put(write.record);
  },
  onStatus: (save) => {
    const state = useNotesStore.getState();
    if (save === 'saved') useNotesStore.setState({ save, savedAt: environment.now() });
    else if (state.save !== save) useNotesStore.setState({ save });
  },
});

function reindex(ids: Iterable<string>): void {
  const notes = useNotesStore.getState().notes;
  if (!index) {
    for (const id of ids) missed.add(id);
    return;
  }
  for (const id of ids) {
    const note = notes[id];
    if (note) index.set(id, searchableText(note));
    else index.remove(id);
  }
  useNotesStore.setState({ search: (query) => searchIndex(query) });
}

export const useNotesStore = create<NotesState & NotesActions>()((set, get) => {
  const put = (note: Note, immediately = false) => {
    set((s) => ({ notes: { ...s.notes, [note.id]: note } }));
    queue.put(note.id, note, immediately);
    reindex([note.id]);
  };

  return {
    ...INITIAL,

    load() {
      if (get().status === 'ready') return Promise.resolve();
      return loads.run(async (current) => {
        set({ status: 'loading' });
        removedWhileLoading = new Set();
        try {
          const stored = await (await repo()).list();
          if (!current()) return;
          const kept = stored.filter((n) => !removedWhileLoading.has(n.id));
          // What is in memory is newer (a quick note may have been taken while reading).
          set((s) => ({
            status: 'ready',
            notes: { ...Object.fromEntries(kept.map((n) => [n.id, n])), ...s.notes },
            index: 'loading',
          }));
        } catch (error) {
          if (!current()) return;
          console.error(
            `Could not load notes: ${error instanceof Error ? error.name : typeof error}`,
          );
          set({ status: 'failed' });
          return;
        }
        missed = new Set();
        const docs = Object.values(get().notes).map((n) => ({ id: n.id, text: searchableText(n) }));
        const built = await buildSearchIndex(docs, { yieldToPage: environment.yieldToPage });
        // Locked while building: the index belongs to a vault that is closed.
        if (!current()) return;
        index = built;
        set({ index: 'ready', search: (query) => searchIndex(query) });
        reindex(missed);
        missed = new Set();
      });
    },

    create(fields) {
      const note = newNote(fields, environment.newId(), environment.now());
      put(note, true);
      return note.id;
    },

    update(id, patch) {
      const note = get().notes[id];
      if (!note) return;
      const next: Note = {
        ...note,
        ...patch,
        body: (patch.body ?? note.body).slice(0, NOTE_BODY_MAX),
        tags: patch.tags ? cleanTags(patch.tags) : note.tags,
        editedAt: environment.now(),
      };
      put(next);
    },

    remove(ids) {
      const gone = new Set(ids);
      if (get().status === 'loading') for (const id of ids) removedWhileLoading.add(id);
      set((s) => ({
        notes: Object.fromEntries(Object.entries(s.notes).filter(([id]) => !gone.has(id))),
      }));
      for (const id of ids) queue.delete(id);
      reindex(ids);
    },

    discardIfEmpty(id) {
      const note = get().notes[id];
      if (note && note.body.trim() === '' && note.tags.length === 0) get().remove([id]);
    },

    flush: () => queue.flush(),
  };
});

registerPlaintextStore(() => {
  loads.reset();
  removedWhileLoading = new Set();
  queue.discard();
  index?.clear();
  index = null;
  missed = new Set();
  repository.reset();
  useNotesStore.setState(INITIAL);
});
