import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatRecoveryKey } from '../../domain/crypto/encoding';
import { newNote, type Note } from '../../domain/notes/note';
import { EMPTY_SAFETY_CARD } from '../../domain/safety/safety';
import { safetyRepository } from '../repositories/library.repository';
import { notesRepository } from '../repositories/notes.repository';
import { DEFAULT_VAULT_SETTINGS, settingsRepository } from '../repositories/settings.repository';
import type { VaultSession } from '../repositories/repository';
import { inlineKdf } from '../vault/kdf';
import { vaultDbName } from '../db';
import {
  createTestVaultService,
  exportDatabase,
  type TestVaultService,
} from '../testing/vaultFixtures';
import {
  makeBackup,
  restoreAsNewVault,
  restoreIntoVault,
  RestoreError,
  type RestoreErrorKind,
} from './backup.service';
import { encodeBackup, parseBackup, type Backup } from './format';

const PASSPHRASE = 'correct horse battery staple';
const derive = inlineKdf.derive.bind(inlineKdf);
const fixtures: TestVaultService[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const fixture of fixtures.splice(0)) fixture.close();
});

function laptop(now = () => 10_000): TestVaultService {
  const fixture = createTestVaultService({ now });
  fixtures.push(fixture);
  return fixture;
}

async function vaultWithNotes(
  fixture: TestVaultService,
  notes: readonly Note[],
): Promise<{ session: VaultSession; recoveryKey: string }> {
  const created = await fixture.service.create({ label: 'Tuesday group', passphrase: PASSPHRASE });
  await notesRepository(created.session).putMany(notes);
  return { session: created.session, recoveryKey: formatRecoveryKey(created.recoveryKey) };
}

const note = (id: string, body: string, groupId: string | null = 'g1') =>
  newNote({ body, groupId }, id, 1000);

/** The backup as it comes back from its file. */
async function roundTrip(backup: Backup): Promise<Backup> {
  return parseBackup(encodeBackup(backup)).backup;
}

async function kindOf(promise: Promise<unknown>): Promise<RestoreErrorKind | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof RestoreError) return error.kind;
    throw error;
  }
}

async function bodies(session: VaultSession): Promise<string[]> {
  return (await notesRepository(session).list()).map((n) => n.body).sort();
}

describe('restoring a backup as a vault of its own (a new laptop)', () => {
  it('brings back every record, byte for byte, with the passphrase and with the recovery key', async () => {
    const old = laptop();
    const { session, recoveryKey } = await vaultWithNotes(old, [
      note('n1', 'CanaryOne'),
      note('n2', 'مرحبا بكم'),
    ]);
    const text = encodeBackup(await makeBackup(session, old.directory, { now: () => 5000 }));
    expect(text).not.toContain('CanaryOne');
    const original = await exportDatabase(old.indexedDB, vaultDbName(session.vaultId));

    for (const secret of [{ passphrase: PASSPHRASE }, { recoveryKey }]) {
      const fresh = laptop();
      const restored = await restoreAsNewVault(
        { directory: fresh.directory, openVaultDb: fresh.openVaultDb, derive },
        parseBackup(text).backup,
        secret,
      );
      expect(restored.vaultId).toBe(session.vaultId);
      expect(await exportDatabase(fresh.indexedDB, vaultDbName(session.vaultId))).toEqual(original);
      // The vault opens as it did, with the same passphrase and recovery key.
      expect(await fresh.service.list()).toMatchObject([{ label: 'Tuesday group' }]);
      const reopened = await fresh.service.unlock(session.vaultId, PASSPHRASE);
      expect(await bodies(reopened)).toEqual(['CanaryOne', 'مرحبا بكم']);
      await fresh.service.unlockWithRecoveryKey(session.vaultId, recoveryKey);
    }
  });

  it('writes nothing for a wrong secret, a tampered file, or a vault the laptop already has', async () => {
    const old = laptop();
    const { session } = await vaultWithNotes(old, [note('n1', 'one'), note('n2', 'two')]);
    const backup = await roundTrip(await makeBackup(session, old.directory));
    const fresh = laptop();
    const deps = { directory: fresh.directory, openVaultDb: fresh.openVaultDb, derive };

    expect(
      await kindOf(restoreAsNewVault(deps, backup, { passphrase: 'not the passphrase' })),
    ).toBe('wrong-secret');
    expect(await kindOf(restoreAsNewVault(deps, backup, { recoveryKey: 'ABCD-EFGH' }))).toBe(
      'wrong-secret',
    );
    // A row removed with its count: the file still parses; the integrity tag catches it.
    const notes = backup.tables.notes ?? [];
    const cut = await roundTrip({ ...backup, tables: { ...backup.tables, notes: notes.slice(1) } });
    expect(await kindOf(restoreAsNewVault(deps, cut, { passphrase: PASSPHRASE }))).toBe('tampered');
    // Two rows' ciphertexts swapped (ids kept): caught as well.
    const [a, b] = notes;
    if (!a || !b) throw new Error('two notes expected');
    const swapped = {
      ...backup,
      tables: {
        ...backup.tables,
        notes: [
          { ...a, record: b.record },
          { ...b, record: a.record },
        ],
      },
    };
    expect(await kindOf(restoreAsNewVault(deps, swapped, { passphrase: PASSPHRASE }))).toBe(
      'tampered',
    );
    expect(await fresh.service.list()).toEqual([]);
    expect(await exportDatabase(fresh.indexedDB, vaultDbName(session.vaultId))).toBeNull();

    // The same file restored twice at once: one vault, whole; the other refused.
    const twice = await Promise.allSettled([
      restoreAsNewVault(deps, backup, { passphrase: PASSPHRASE }),
      restoreAsNewVault(deps, backup, { passphrase: PASSPHRASE }),
    ]);
    expect(twice.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    const refused = twice[1];
    expect(refused.status === 'rejected' && (refused.reason as RestoreError).kind).toBe(
      'vault-exists',
    );
    expect(await bodies(await fresh.service.unlock(session.vaultId, PASSPHRASE))).toEqual([
      'one',
      'two',
    ]);

    // The old laptop already has it: restore into it instead.
    expect(
      await kindOf(
        restoreAsNewVault(
          { directory: old.directory, openVaultDb: old.openVaultDb, derive },
          backup,
          { passphrase: PASSPHRASE },
        ),
      ),
    ).toBe('vault-exists');
  });
});

describe('restoring into the open vault', () => {
  it('merges by id: what was deleted comes back, the later edit wins, new records stay', async () => {
    let clock = 10_000;
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const fixture = laptop(() => clock);
    const { session } = await vaultWithNotes(fixture, [
      note('n1', 'kept'),
      note('n2', 'edited in the backup'),
      note('n3', 'deleted since'),
    ]);
    const repo = notesRepository(session);
    clock = 20_000;
    const backup = await roundTrip(await makeBackup(session, fixture.directory));
    clock = 30_000;
    await repo.put({ ...note('n1', 'edited after the backup') });
    await repo.delete('n3');
    await repo.put(note('n4', 'written after the backup'));

    const report = await restoreIntoVault(session, backup, { mode: 'merge', derive });
    expect(report).toEqual({ added: 1, updated: 0, kept: 2, removed: 0 });
    expect(await bodies(session)).toEqual([
      'deleted since',
      'edited after the backup',
      'edited in the backup',
      'written after the backup',
    ]);
  });

  it('replaces: the vault becomes exactly the backup', async () => {
    const fixture = laptop();
    const { session } = await vaultWithNotes(fixture, [note('n1', 'one'), note('n2', 'two')]);
    const backup = await roundTrip(await makeBackup(session, fixture.directory));
    const before = await exportDatabase(fixture.indexedDB, vaultDbName(session.vaultId));
    await notesRepository(session).put(note('n1', 'changed'));
    await notesRepository(session).put(note('n9', 'new'));

    const report = await restoreIntoVault(session, backup, { mode: 'replace', derive });
    expect(report).toEqual({ added: 0, updated: 2, kept: 0, removed: 1 });
    expect(await exportDatabase(fixture.indexedDB, vaultDbName(session.vaultId))).toEqual(before);
  });

  it("imports another vault's backup with its passphrase, encrypted again under this vault's key", async () => {
    const theirs = laptop();
    const other = await vaultWithNotes(theirs, [note('t1', 'from the co-facilitator')]);
    const mine = laptop();
    const { session } = await vaultWithNotes(mine, [note('m1', 'mine')]);
    await settingsRepository(other.session).put({
      ...DEFAULT_VAULT_SETTINGS,
      facilitatorName: 'Their name',
    });
    await settingsRepository(session).put({ ...DEFAULT_VAULT_SETTINGS, facilitatorName: 'Mine' });
    const settingsBefore = await session.db.settings.toArray();
    await safetyRepository(session).put({ ...EMPTY_SAFETY_CARD, groundingScript: 'Mine' });
    // Theirs is the later edit: a merge by id alone would take it over mine.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await safetyRepository(other.session).put({ ...EMPTY_SAFETY_CARD, groundingScript: 'Theirs' });
    const safetyBefore = await session.db.safety.toArray();
    const backup = await roundTrip(await makeBackup(other.session, theirs.directory));
    expect(backup.tables.settings).toHaveLength(1);

    expect(await kindOf(restoreIntoVault(session, backup, { mode: 'merge', derive }))).toBe(
      'wrong-secret',
    );
    expect(
      await kindOf(
        restoreIntoVault(session, backup, {
          mode: 'merge',
          derive,
          secret: { passphrase: 'nope' },
        }),
      ),
    ).toBe('wrong-secret');
    expect(await bodies(session)).toEqual(['mine']);

    const report = await restoreIntoVault(session, backup, {
      mode: 'merge',
      derive,
      secret: { passphrase: PASSPHRASE },
    });
    expect(report.added).toBe(1);
    expect(await bodies(session)).toEqual(['from the co-facilitator', 'mine']);
    // This vault's own settings, library marks and safety card stay its own.
    expect(await session.db.settings.toArray()).toEqual(settingsBefore);
    expect(await session.db.safety.toArray()).toEqual(safetyBefore);
    const stored = await session.db.notes.get('t1');
    expect(stored?.record.keyId).toBe(session.keyId);
  });

  it("backs up one group, and replacing from it touches only that group's records", async () => {
    const fixture = laptop();
    const { session } = await vaultWithNotes(fixture, [
      note('a1', 'group one', 'g1'),
      note('b1', 'group two', 'g2'),
      note('c1', 'no group', null),
    ]);
    const backup = await roundTrip(
      await makeBackup(session, fixture.directory, { scope: { kind: 'group', groupId: 'g1' } }),
    );
    expect(backup.tables.notes?.map((row) => row.id)).toEqual(['a1']);
    expect(backup.tables.settings).toEqual([]);

    await notesRepository(session).put(note('a2', 'group one, later', 'g1'));
    await notesRepository(session).put(note('b1', 'group two, edited', 'g2'));
    const report = await restoreIntoVault(session, backup, { mode: 'replace', derive });
    expect(report.removed).toBe(1);
    expect(await bodies(session)).toEqual(['group one', 'group two, edited', 'no group']);
  });

  it('leaves the vault untouched when the file was altered', async () => {
    const fixture = laptop();
    const { session } = await vaultWithNotes(fixture, [note('n1', 'one'), note('n2', 'two')]);
    const backup = await roundTrip(await makeBackup(session, fixture.directory));
    await notesRepository(session).put(note('n3', 'three'));
    const before = await exportDatabase(fixture.indexedDB, vaultDbName(session.vaultId));
    const later = { ...backup, createdAt: backup.createdAt + 1 };
    expect(await kindOf(restoreIntoVault(session, later, { mode: 'replace', derive }))).toBe(
      'tampered',
    );
    expect(await exportDatabase(fixture.indexedDB, vaultDbName(session.vaultId))).toEqual(before);
  });
});
