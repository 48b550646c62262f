/**
 * The Dexie databases. "circlekeeper" is the directory of vaults on this laptop (labels, the
 * only clear text, and each vault's header). Each vault has a database of its own,
 * "circlekeeper-vault-<id>", holding only encrypted records, so vaults stay apart and a deleted
 * vault goes whole. The repositories are the only Dexie callers; components never import this
 * file (lint enforces it).
 */
import { Dexie, type EntityTable } from 'dexie';
import { DIRECTORY_VERSIONS, VAULT_VERSIONS } from './schema';
import type { SchemaVersion } from './schema/types';
import type { EncryptedRecord } from '../domain/crypto/records';

import { DIRECTORY_DB, vaultDbName } from './names';

export { DIRECTORY_DB, vaultDbName };

export interface VaultDirectoryRow {
  /** Opaque random id. */
  readonly id: string;
  readonly createdAt: number;
  readonly lastOpenedAt: number;
  /** Shown on the lock screen; the only clear text stored (the UI says so). */
  readonly label: string;
  /** The encoded vault header (format version, KDF parameters, salt, wrapped keys). */
  readonly header: Uint8Array;
}

/** Every vault table's row: opaque id, timestamps, foreign ids, and the ciphertext. */
export interface EncryptedRow {
  readonly id: string;
  readonly updatedAt: number;
  readonly record: EncryptedRecord;
  readonly [foreignIdOrTimestamp: `${string}Id` | `${string}At`]: string | number;
}

export type DirectoryDb = Dexie & { vaults: EntityTable<VaultDirectoryRow, 'id'> };
export type VaultTableName =
  | 'settings'
  | 'groups'
  | 'plans'
  | 'planSummaries'
  | 'templates'
  | 'sessions'
  | 'notes'
  | 'prompts'
  | 'library'
  | 'safety';
export type VaultDb = Dexie & { [T in VaultTableName]: EntityTable<EncryptedRow, 'id'> };

export interface OpenOptions {
  /** Declare only versions up to this one (tests create old databases to migrate). */
  readonly upTo?: number;
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

function declare(name: string, versions: readonly SchemaVersion[], options: OpenOptions): Dexie {
  const db = new Dexie(name, {
    // A passphrase change or a new vault must be on disk before we say it is done.
    chromeTransactionDurability: 'strict',
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  const upTo = options.upTo ?? versions.length;
  for (const schema of versions.filter((s) => s.version <= upTo)) {
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
  return db;
}

export function openDirectoryDb(options: OpenOptions = {}): DirectoryDb {
  return declare(DIRECTORY_DB, DIRECTORY_VERSIONS, options) as DirectoryDb;
}

export function openVaultDb(vaultId: string, options: OpenOptions = {}): VaultDb {
  return declare(vaultDbName(vaultId), VAULT_VERSIONS, options) as VaultDb;
}
