import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  customPromptsRepository,
  libraryRepository,
  safetyRepository,
} from '../data/repositories/library.repository';
import type { VaultSession } from '../data/repositories/repository';
import {
  createTestDatabases,
  createTestSession,
  exportDatabase,
  findPlaintext,
  type TestDatabases,
} from '../data/testing/vaultFixtures';
import { openVaultDb, vaultDbName } from '../data/db';
import { EMPTY_LIBRARY } from '../domain/icebreakers/marks';
import { configureLibraryEnvironment, useLibraryStore } from './library.store';
import { configureSafetyIds, useSafetyStore } from './safety.store';
import { configureVaultEnvironment, useVaultStore } from './vault.store';

const library = () => useLibraryStore.getState();
const safety = () => useSafetyStore.getState();
const NOW = new Date(2026, 10, 22, 10, 0).getTime();

let databases: TestDatabases;
let session: VaultSession;
let ids: number;

beforeEach(async () => {
  databases = createTestDatabases();
  session = await createTestSession(databases);
  ids = 0;
  configureLibraryEnvironment({ now: () => NOW, newId: () => `custom-${String((ids += 1))}` });
  configureSafetyIds(() => `contact-${String((ids += 1))}`);
  configureVaultEnvironment({ reload: vi.fn(), storage: new Map() as never });
  useVaultStore.setState({ session, phase: 'unlocked' });
});

afterEach(async () => {
  await library().flush();
  await safety().flush();
  await useVaultStore.getState().lock();
  databases.close();
});

describe('the library store', () => {
  it('changes the marks only once the stored ones are read, so nothing on disk is lost', async () => {
    await libraryRepository(session).put({
      ...EMPTY_LIBRARY,
      favourites: ['light-001'],
      history: { g1: [{ promptId: 'deep-002', on: '2026-11-10' }] },
    });
    // A use recorded from the run view before the library screen ever loaded the marks.
    library().recordUse('g1', { promptId: 'light-004', on: '2026-11-22' });
    await vi.waitFor(() => expect(library().status).toBe('ready'));
    await library().flush();
    const stored = await libraryRepository(session).get('library');
    expect(stored?.favourites).toEqual(['light-001']);
    expect(stored?.history.g1).toEqual([
      { promptId: 'deep-002', on: '2026-11-10' },
      { promptId: 'light-004', on: '2026-11-22' },
    ]);
  });

  it('keeps the facilitator’s own prompts encrypted, and forgets a deleted one’s favourite', async () => {
    await library().load();
    const id = library().addCustom({
      text: '  CanaryOwnPrompt: one thing you are proud of  ',
      depth: 'light',
      minutes: 5,
      groupKinds: ['peer-led'],
      contentNotes: [],
    });
    library().setFavourite(id, true);
    await library().flush();
    expect((await customPromptsRepository(session).get(id))?.text).toBe(
      'CanaryOwnPrompt: one thing you are proud of',
    );
    const dump = await exportDatabase(databases.indexedDB, vaultDbName(session.vaultId));
    expect(findPlaintext(dump, ['CanaryOwnPrompt'])).toEqual([]);
    library().removeCustom(id);
    await library().flush();
    expect(await customPromptsRepository(session).get(id)).toBeUndefined();
    expect((await libraryRepository(session).get('library'))?.favourites).toEqual([]);
  });
});

describe('the safety store', () => {
  it('stores contacts and texts encrypted, and reads them back after a lock', async () => {
    await safety().load();
    safety().addContact({ name: 'CanaryCrisisLine', phone: '+33 1 45 39 40 00', note: '24/7' });
    safety().update({ groundingScript: 'Breathe in, breathe out.' });
    await safety().flush();
    const dump = await exportDatabase(databases.indexedDB, vaultDbName(session.vaultId));
    expect(findPlaintext(dump, ['CanaryCrisisLine', 'Breathe in'])).toEqual([]);
    const stored = await safetyRepository(session).get('safety');
    expect(stored?.contacts.map((c) => c.name)).toEqual(['CanaryCrisisLine']);
    expect(stored?.groundingScript).toBe('Breathe in, breathe out.');
    await useVaultStore.getState().lock();
    expect(safety().card.contacts).toEqual([]);
    // Unlocked again: the same key, a new connection to the same database.
    session = { ...session, db: databases.track(openVaultDb(session.vaultId, databases.options)) };
    useVaultStore.setState({ session, phase: 'unlocked' });
    await safety().load();
    expect(safety().card.contacts.map((c) => c.phone)).toEqual(['+33 1 45 39 40 00']);
  });
});
