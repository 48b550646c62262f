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

  it('applies a change made while the marks are being read, once they are', async () => {
    await libraryRepository(session).put({ ...EMPTY_LIBRARY, hidden: ['deep-001'] });
    const loading = library().load();
    expect(library().status).toBe('loading');
    library().setFavourite('light-002', true);
    library().setFavourite('light-003', true);
    await loading;
    await vi.waitFor(() => expect(library().marks.favourites).toEqual(['light-002', 'light-003']));
    await library().flush();
    const stored = await libraryRepository(session).get('library');
    expect(stored?.hidden).toEqual(['deep-001']);
    expect(stored?.favourites).toEqual(['light-002', 'light-003']);
  });

  it('does not bring a read back after the vault locked during it', async () => {
    await customPromptsRepository(session).put({
      id: 'custom-x',
      text: 'CanaryLate',
      depth: 'light',
      minutes: 5,
      groupKinds: ['grief'],
      contentNotes: [],
      createdAt: NOW,
    });
    const loading = library().load();
    await useVaultStore.getState().lock();
    await loading;
    expect(library().custom).toEqual({});
    expect(library().status).toBe('idle');
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
  it('keeps what is typed within what can be stored, so the card always saves', async () => {
    await safety().load();
    safety().addContact({ name: 'N'.repeat(200), phone: '1'.repeat(100), note: 'x'.repeat(900) });
    safety().update({ groundingScript: 'g'.repeat(9_000) });
    for (let i = 0; i < 30; i += 1)
      safety().addContact({ name: `Line ${String(i)}`, phone: '15', note: '' });
    expect(safety().card.contacts).toHaveLength(20);
    await safety().flush();
    expect(safety().save).toBe('saved');
    const stored = await safetyRepository(session).get('safety');
    expect(stored?.contacts[0]?.name).toHaveLength(80);
    expect(stored?.contacts[0]?.note).toHaveLength(200);
    expect(stored?.groundingScript).toHaveLength(4_000);
  });

  it('changes nothing before the stored card is read', async () => {
    await safetyRepository(session).put({
      id: 'safety',
      contacts: [{ id: 'c1', name: 'Stored line', phone: '15', note: '' }],
      groundingScript: '',
      confidentiality: '',
    });
    safety().update({ groundingScript: 'typed too early' });
    await safety().load();
    expect(safety().card.contacts.map((c) => c.name)).toEqual(['Stored line']);
    expect(safety().card.groundingScript).toBe('');
  });

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
