import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openVaultDb, vaultDbName } from '../data/db';
import { notesRepository } from '../data/repositories/notes.repository';
import type { VaultSession } from '../data/repositories/repository';
import {
  createTestDatabases,
  createTestSession,
  exportDatabase,
  findPlaintext,
  type TestDatabases,
} from '../data/testing/vaultFixtures';
import { newNote, type Note } from '../domain/notes/note';
import { configureNotesEnvironment, useNotesStore } from './notes.store';
import { clearPlaintextStores } from './plaintext';
import { configureVaultEnvironment, useVaultStore } from './vault.store';

const store = () => useNotesStore.getState();
const NOW = new Date(2026, 10, 21, 19, 45).getTime(); // Saturday 21 November 2026
const CANARY_BODY = 'CanaryNoteBody said the custody hearing went badly';
const CANARY_TAG = 'CanaryNoteTag';

let databases: TestDatabases;
let session: VaultSession;
let clock: number;
let ids: number;
const reload = vi.fn();

beforeEach(async () => {
  databases = createTestDatabases();
  session = await createTestSession(databases);
  clock = NOW;
  ids = 0;
  configureNotesEnvironment({
    now: () => clock,
    newId: () => `note-${String((ids += 1))}`,
    yieldToPage: () => Promise.resolve(),
  });
  configureVaultEnvironment({ reload, storage: new Map() as never });
  useVaultStore.setState({ session, phase: 'unlocked' });
  reload.mockReset();
});

afterEach(async () => {
  await store().flush();
  // Locking empties the store, as in the app.
  await useVaultStore.getState().lock();
  databases.close();
});

/** The app after a lock: the same key, a new connection to the same database. */
function unlockAgain(): void {
  session = { ...session, db: databases.track(openVaultDb(session.vaultId, databases.options)) };
  useVaultStore.setState({ session, phase: 'unlocked' });
}

const stored = {
  note: (id: string) => notesRepository(session).get(id),
  ids: async () => (await notesRepository(session).list()).map((n) => n.id).sort(),
  rows: async () =>
    (await exportDatabase(databases.indexedDB, vaultDbName(session.vaultId)))?.tables.notes?.rows ??
    [],
};

/** The ids a search finds, sorted; null for "everything". */
function found(query: string): string[] | null {
  const result = store().search(query);
  return result === null ? null : [...result].sort();
}

describe('writing notes', () => {
  beforeEach(async () => {
    await store().load();
  });

  it('creates a note, written encrypted at once: no plaintext in the stored row', async () => {
    const id = store().create({ groupId: 'group-1', memberId: 'member-1', body: CANARY_BODY });
    expect(id).toBe('note-1');
    expect(store().notes[id]).toMatchObject({ body: CANARY_BODY, createdAt: NOW, editedAt: NOW });
    // Written without waiting for a quiet moment: a crash right after loses nothing.
    await vi.waitFor(async () => expect(await stored.note(id)).toEqual(store().notes[id]));
    await store().flush();
    expect(store().save).toBe('saved');
    expect(store().savedAt).toBe(NOW);

    const rows = await stored.rows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, groupId: 'group-1', memberId: 'member-1', createdAt: NOW });
    expect(findPlaintext(rows, [CANARY_BODY, 'CanaryNoteBody', 'custody'])).toEqual([]);
  });

  it('updates a note: cleaned tags, a new edit time, one write of the latest state', async () => {
    const id = store().create({ body: 'first words' });
    await store().flush();
    const put = vi.spyOn(session.db.table('notes'), 'put');
    clock = NOW + 60_000;
    for (const body of ['first words, more', 'first words, more and more', CANARY_BODY]) {
      store().update(id, { body });
    }
    store().update(id, { tags: [` #${CANARY_TAG} `, CANARY_TAG.toLowerCase(), 'suivi'] });
    expect(store().notes[id]).toMatchObject({
      body: CANARY_BODY,
      tags: [CANARY_TAG, 'suivi'],
      createdAt: NOW,
      editedAt: NOW + 60_000,
    });
    expect(store().save).toBe('saving');
    await store().flush();
    expect(put).toHaveBeenCalledTimes(1);
    expect(await stored.note(id)).toEqual(store().notes[id]);
    expect(findPlaintext(await stored.rows(), [CANARY_BODY, CANARY_TAG])).toEqual([]);
  });

  it('ignores an update of a note that is not there', async () => {
    store().update('missing', { body: 'x' });
    await store().flush();
    expect(store().notes).toEqual({});
    expect(await stored.ids()).toEqual([]);
  });

  it('removes notes from memory and from storage', async () => {
    const a = store().create({ body: 'alpha' });
    const b = store().create({ body: 'bravo' });
    const c = store().create({ body: 'charlie' });
    await store().flush();
    expect(await stored.ids()).toEqual([a, b, c].sort());
    store().remove([a, c]);
    expect(Object.keys(store().notes)).toEqual([b]);
    await store().flush();
    expect(await stored.ids()).toEqual([b]);
    expect(found('alpha')).toEqual([]);
    expect(found('bravo')).toEqual([b]);
  });

  it('discards a note left empty, and only such a note', async () => {
    const empty = store().create({ sessionId: 'session-1' });
    const blank = store().create({ body: '  \n\t ' });
    const written = store().create({ body: 'Sam arrived late' });
    const tagged = store().create({});
    store().update(tagged, { tags: ['follow-up'] });
    await store().flush();
    for (const id of [empty, blank, written, tagged]) store().discardIfEmpty(id);
    store().discardIfEmpty('missing');
    expect(Object.keys(store().notes).sort()).toEqual([tagged, written].sort());
    await store().flush();
    expect(await stored.ids()).toEqual([tagged, written].sort());
  });
});

describe('loading and searching', () => {
  const fr = (): Note => ({
    ...newNote(
      { groupId: 'g', body: "Elle est allée à l'hôpital mardi. Rendez-vous pris." },
      'fr',
      NOW - 3000,
    ),
    tags: ['Suivi'],
  });
  const ar = (): Note => ({
    ...newNote({ groupId: 'g', body: 'ذهبت إلى المستشفى يوم الثلاثاء' }, 'ar', NOW - 2000),
    tags: ['انتكاسة'],
  });
  const en = (): Note =>
    newNote({ body: 'Talked about the hospital visit and sleep.' }, 'en', NOW - 1000);

  beforeEach(async () => {
    await notesRepository(session).putMany([fr(), ar(), en()]);
  });

  it('loads what was stored and builds the index', async () => {
    expect(store().status).toBe('idle');
    expect(found('hopital')).toEqual([]);
    await store().load();
    expect(store().status).toBe('ready');
    expect(store().index).toBe('ready');
    expect(store().notes).toEqual({ fr: fr(), ar: ar(), en: en() });
    expect(found('hospital')).toEqual(['en']);
  });

  it('finds French words without accents, case or elision', async () => {
    await store().load();
    expect(found('hopital')).toEqual(['fr']);
    expect(found("L'HÔPITAL")).toEqual(['fr']);
    expect(found('allee mardi')).toEqual(['fr']);
    expect(found('rendez')).toEqual(['fr']);
    // Every word must be found in the same note.
    expect(found('hopital sleep')).toEqual([]);
  });

  it('finds Arabic words however their letters are written, with or without the article', async () => {
    await store().load();
    expect(found('مستشفى')).toEqual(['ar']);
    expect(found('المستشفي')).toEqual(['ar']);
    expect(found('الثلاثاء')).toEqual(['ar']);
    expect(found('مستشفى الثلاثاء')).toEqual(['ar']);
  });

  it('finds notes by their tags', async () => {
    await store().load();
    expect(found('suivi')).toEqual(['fr']);
    expect(found('#Suivi')).toEqual(['fr']);
    expect(found('انتكاسة')).toEqual(['ar']);
  });

  it('answers null (everything) for a blank query', async () => {
    await store().load();
    expect(found('')).toBeNull();
    expect(found('   ')).toBeNull();
  });

  it('finds a note by what it says now, after an update', async () => {
    await store().load();
    const before = store().search;
    store().update('en', { body: 'Talked about moving house.' });
    // A new search function, so a screen depending on it searches again.
    expect(store().search).not.toBe(before);
    expect(found('hospital')).toEqual([]);
    expect(found('moving')).toEqual(['en']);
    store().update('fr', { tags: ['urgence'] });
    expect(found('suivi')).toEqual([]);
    expect(found('urgence')).toEqual(['fr']);
    const added = store().create({ body: 'Un nouvel hôpital' });
    expect(found('hopital')).toEqual([added, 'fr'].sort());
  });

  it('keeps a note created while load() is reading', async () => {
    const table = session.db.table('notes');
    const read = table.orderBy.bind(table);
    let quick = '';
    // The first page is asked for: a quick note is taken just then.
    vi.spyOn(table, 'orderBy').mockImplementationOnce((index) => {
      quick = store().create({ sessionId: 's', body: 'Quick note: Sam left early' });
      return read(index);
    });
    const loading = store().load();
    expect(store().status).toBe('loading');
    await loading;
    expect(quick).not.toBe('');
    expect(Object.keys(store().notes).sort()).toEqual(['ar', 'en', 'fr', quick].sort());
    expect(store().notes[quick]?.body).toBe('Quick note: Sam left early');
    expect(found('sam')).toEqual([quick]);
    await store().flush();
    expect(await stored.ids()).toEqual(['ar', 'en', 'fr', quick].sort());
  });

  it('keeps a note created before load() even began reading', async () => {
    const loading = store().load();
    const quick = store().create({ body: 'Taken at once' });
    await loading;
    expect(Object.keys(store().notes).sort()).toEqual(['ar', 'en', 'fr', quick].sort());
    expect(found('taken')).toEqual([quick]);
  });

  it('loads once, however often it is asked', async () => {
    const list = vi.spyOn(session.db.table('notes'), 'orderBy');
    await Promise.all([store().load(), store().load()]);
    await store().load();
    expect(list).toHaveBeenCalledTimes(1);
  });
});

describe('locking', () => {
  it('empties the store and the search index, and loading again brings them back', async () => {
    await store().load();
    const id = store().create({ body: CANARY_BODY });
    store().update(id, { tags: [CANARY_TAG] });
    expect(found('custody')).toEqual([id]);
    await store().flush();

    clearPlaintextStores();
    expect(store().notes).toEqual({});
    expect(store().status).toBe('idle');
    expect(store().index).toBe('idle');
    expect(store().save).toBe('idle');
    expect(found('custody')).toEqual([]);
    expect(found(CANARY_TAG)).toEqual([]);
    expect(JSON.stringify(store())).not.toContain('Canary');

    unlockAgain();
    await store().load();
    expect(store().notes[id]?.body).toBe(CANARY_BODY);
    expect(found('custody')).toEqual([id]);
  });

  it('writes the last edits before the vault locks', async () => {
    await store().load();
    const id = store().create({ body: 'first words' });
    await store().flush();
    store().update(id, { body: 'typed just before locking' });
    await useVaultStore.getState().lock();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(store().notes).toEqual({});
    unlockAgain();
    expect((await stored.note(id))?.body).toBe('typed just before locking');
  });
});
