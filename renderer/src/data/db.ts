/**
 * The Dexie bootstrap. The database holds the vault directory; records (ciphertext plus opaque
 * ids and timestamps) join it through the repository layer, the only Dexie caller. Components
 * never import this file (lint enforces it).
 */
import { Dexie, type EntityTable } from 'dexie';
import { SCHEMA_VERSIONS, LATEST_VERSION } from './schema';

export const DATABASE_NAME = 'circlekeeper';

export interface VaultDirectoryRow {
  /** Opaque random id. */
  readonly id: string;
  readonly createdAt: number;
  /** Shown on the lock screen; the only clear text stored (the UI says so). */
  readonly label: string;
  /** The vault header, opaque at this layer. */
  readonly header: Uint8Array;
}

export type CirclekeeperDb = Dexie & {
  vaults: EntityTable<VaultDirectoryRow, 'id'>;
};

/**
 * Declares versions 1..upTo on a Dexie instance. Tests pass a lower `upTo` to create an older
 * database, seed it, and reopen it at the latest version to exercise an upgrade.
 */
export function openDatabase(
  options: {
    name?: string;
    upTo?: number;
    indexedDB?: IDBFactory;
    IDBKeyRange?: typeof IDBKeyRange;
  } = {},
): CirclekeeperDb {
  const { name = DATABASE_NAME, upTo = LATEST_VERSION } = options;
  const db = new Dexie(name, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as CirclekeeperDb;
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= upTo)) {
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
  return db;
}
