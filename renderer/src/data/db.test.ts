import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openDirectoryDb, openVaultDb, vaultDbName, type DirectoryDb } from './db';
import { DIRECTORY_VERSIONS, indexedFields, isAllowedIndexField, VAULT_VERSIONS } from './schema';
import { formatRecoveryKey } from '../domain/crypto/encoding';
import { DEFAULT_VAULT_SETTINGS, settingsRepository } from './repositories/settings.repository';
import {
  createTestDatabases,
  createTestSession,
  createTestVaultService,
  exportDatabase,
  exportVault,
} from './testing/vaultFixtures';

const opened: { close(): void }[] = [];
function track<T extends { close(): void }>(db: T): T {
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe.each([
  ['directory', DIRECTORY_VERSIONS],
  ['vault', VAULT_VERSIONS],
])('the %s schema', (_name, versions) => {
  it('is numbered 1..N without gaps, oldest first', () => {
    expect(versions.map((s) => s.version)).toEqual(
      Array.from({ length: versions.length }, (_, i) => i + 1),
    );
  });

  it('indexes nothing but opaque ids, foreign ids and timestamps', () => {
    const offenders = versions.flatMap((schema) =>
      Object.entries(schema.stores).flatMap(([table, declaration]) =>
        declaration === null
          ? []
          : indexedFields(declaration)
              .filter((field) => !isAllowedIndexField(field))
              .map((field) => `v${schema.version} ${table}.${field}`),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the index allowlist', () => {
  it('rejects names, titles, tags and text', () => {
    expect(indexedFields('++id, &vaultId, [groupId+createdAt], *tags')).toEqual([
      'id',
      'vaultId',
      'groupId',
      'createdAt',
      'tags',
    ]);
    expect(['label', 'title', 'name', 'tags', 'text', 'table'].filter(isAllowedIndexField)).toEqual(
      [],
    );
    expect(
      ['id', 'groupId', 'createdAt', 'updatedAt', 'lastOpenedAt'].every(isAllowedIndexField),
    ).toBe(true);
  });
});

describe('the directory database', () => {
  const options = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

  it('migrates version 1 to 2: every vault kept, lastOpenedAt taken from createdAt', async () => {
    const shared = options();
    const v1 = track(openDirectoryDb({ ...shared, upTo: 1 }));
    await v1.open();
    expect(v1.verno).toBe(1);
    // Version 1 rows had no lastOpenedAt.
    await (
      v1 as unknown as { vaults: { bulkAdd(rows: object[]): Promise<unknown> } }
    ).vaults.bulkAdd([
      { id: 'a', createdAt: 100, label: 'Tuesday group', header: new Uint8Array([1]) },
      { id: 'b', createdAt: 50, label: 'Clinic', header: new Uint8Array([2]) },
    ]);
    v1.close();

    const v2: DirectoryDb = track(openDirectoryDb(shared));
    await v2.open();
    expect(v2.verno).toBe(2);
    const rows = await v2.vaults.orderBy('lastOpenedAt').toArray();
    expect(rows.map((r) => [r.id, r.lastOpenedAt, r.label])).toEqual([
      ['b', 50, 'Clinic'],
      ['a', 100, 'Tuesday group'],
    ]);
    expect(rows[0]?.header).toEqual(new Uint8Array([2]));
  });

  it('opens fresh at the latest version', async () => {
    const db = track(openDirectoryDb(options()));
    await db.open();
    expect(db.verno).toBe(DIRECTORY_VERSIONS.length);
  });
});

describe('a vault database', () => {
  it('is a database of its own per vault', async () => {
    const shared = { indexedDB: new IDBFactory(), IDBKeyRange };
    const a = track(openVaultDb('a', shared));
    const b = track(openVaultDb('b', shared));
    await a.open();
    await b.open();
    expect(a.name).not.toBe(b.name);
    expect(a.verno).toBe(VAULT_VERSIONS.length);
    expect(a.tables.map((t) => t.name).sort()).toEqual([
      'groups',
      'library',
      'notes',
      'planSummaries',
      'plans',
      'prompts',
      'safety',
      'sessions',
      'settings',
      'templates',
    ]);
  });
});

describe('the vault database, version 1 to 2', () => {
  it('keeps the settings record readable and adds the groups, plans and templates tables', async () => {
    const databases = createTestDatabases();
    const v1 = databases.track(openVaultDb('old', { ...databases.options, upTo: 1 }));
    await v1.open();
    expect(v1.verno).toBe(1);
    expect(v1.tables.map((t) => t.name)).toEqual(['settings']);
    const session = await createTestSession(databases, { vaultId: 'old', db: v1 });
    const settings = { ...DEFAULT_VAULT_SETTINGS, idleLockMinutes: 12 };
    await settingsRepository(session).put(settings);
    const before = await exportDatabase(databases.indexedDB, vaultDbName('old'));
    v1.close();

    const v2 = databases.track(openVaultDb('old', { ...databases.options, upTo: 2 }));
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(v2.tables.map((t) => t.name).sort()).toEqual([
      'groups',
      'planSummaries',
      'plans',
      'sessions',
      'settings',
      'templates',
    ]);
    const after = await exportDatabase(databases.indexedDB, vaultDbName('old'));
    // The settings rows are byte for byte what version 1 wrote.
    expect(after?.tables.settings).toEqual(before?.tables.settings);
    expect(after?.tables.plans).toEqual({ schema: 'id, groupId, updatedAt', rows: [] });
    expect(await settingsRepository({ ...session, db: v2 }).get('settings')).toEqual(settings);
    databases.close();
  });
});

describe('a vault created at the latest version', () => {
  it('survives closing and reopening both databases, byte for byte', async () => {
    const first = createTestVaultService();
    const { session, recoveryKey } = await first.service.create({
      label: 'Tuesday group',
      passphrase: 'correct horse battery staple',
    });
    const settings = { ...DEFAULT_VAULT_SETTINGS, facilitatorName: 'Amina Haddad' };
    await settingsRepository(session).put(settings);
    const id = session.vaultId;
    const before = await exportVault(first.indexedDB, id);
    first.close();

    // The app starts again: new connections, every schema version declared again.
    const second = createTestVaultService({ indexedDB: first.indexedDB });
    const directory = second.track(openDirectoryDb(second.options));
    const vault = second.track(openVaultDb(id, second.options));
    await directory.open();
    await vault.open();
    expect(directory.verno).toBe(DIRECTORY_VERSIONS.length);
    expect(vault.verno).toBe(VAULT_VERSIONS.length);
    expect(await exportVault(first.indexedDB, id)).toEqual(before);

    expect((await second.service.list()).map((v) => [v.id, v.label])).toEqual([
      [id, 'Tuesday group'],
    ]);
    const reopened = await second.service.unlock(id, 'correct horse battery staple');
    expect(await settingsRepository(reopened).get('settings')).toEqual(settings);
    const recovered = await second.service.unlockWithRecoveryKey(
      id,
      formatRecoveryKey(recoveryKey),
    );
    expect(recovered.keyId).toBe(session.keyId);
    second.close();
  });
});
