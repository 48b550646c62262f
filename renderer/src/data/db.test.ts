import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CirclekeeperDb } from './db';
import { indexedFields, isAllowedIndexField, LATEST_VERSION, SCHEMA_VERSIONS } from './schema';

const opened: CirclekeeperDb[] = [];
function open(indexedDB: IDBFactory, upTo?: number): CirclekeeperDb {
  const db = openDatabase({ name: 'test', indexedDB, IDBKeyRange, ...(upTo ? { upTo } : {}) });
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('schema versions', () => {
  it('are numbered 1..N without gaps, oldest first', () => {
    expect(SCHEMA_VERSIONS.map((s) => s.version)).toEqual(
      Array.from({ length: SCHEMA_VERSIONS.length }, (_, i) => i + 1),
    );
    expect(LATEST_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('index nothing but opaque ids, foreign ids and timestamps', () => {
    const offenders = SCHEMA_VERSIONS.flatMap((schema) =>
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

  it('the allowlist check itself rejects names, titles and text', () => {
    expect(indexedFields('++id, &vaultId, [groupId+createdAt], *tags')).toEqual([
      'id',
      'vaultId',
      'groupId',
      'createdAt',
      'tags',
    ]);
    expect(['label', 'title', 'name', 'tags', 'text'].filter(isAllowedIndexField)).toEqual([]);
    expect(['id', 'groupId', 'createdAt', 'updatedAt'].every(isAllowedIndexField)).toBe(true);
  });
});

describe('the database', () => {
  it('opens at the latest version and stores a vault directory row', async () => {
    const factory = new IDBFactory();
    const db = open(factory);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const header = new Uint8Array([1, 2, 3]);
    await db.vaults.add({ id: 'v-1', createdAt: 10, label: 'Tuesday group', header });
    await db.vaults.add({ id: 'v-2', createdAt: 5, label: 'Clinic', header });
    const ordered = await db.vaults.orderBy('createdAt').toArray();
    expect(ordered.map((v) => v.id)).toEqual(['v-2', 'v-1']);
    expect(ordered[1]?.header).toEqual(header);
  });

  it('keeps every row when reopened at each later version (the migration pattern)', async () => {
    // For each version N > 1: create the database at N-1, seed it, reopen at N.
    // With one version released this runs the N = 1 reopen; every new schema/vN.ts extends it.
    for (const schema of SCHEMA_VERSIONS) {
      const factory = new IDBFactory();
      const older = open(factory, Math.max(1, schema.version - 1));
      await older.open();
      await older.vaults.add({
        id: 'kept',
        createdAt: 1,
        label: 'Kept',
        header: new Uint8Array([9]),
      });
      older.close();
      const newer = open(factory, schema.version);
      await newer.open();
      expect(newer.verno).toBe(schema.version);
      expect(await newer.vaults.get('kept')).toMatchObject({ label: 'Kept', createdAt: 1 });
    }
  });
});
