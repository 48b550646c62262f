/**
 * Test fixtures for the encrypted data layer: a vault service on a private fake-indexeddb with
 * Argon2id at its floor (about 60 ms a run in Node instead of half a second), an open session
 * without going through the KDF at all, and the two probes the tests assert with: a byte-exact
 * export of a database, and a scan of stored rows for plaintext.
 *
 * Every fixture gets its own IDBFactory (unless handed an earlier one to reopen), so tests share
 * nothing and need no cleanup but close().
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { base32Encode, isBytes, randomBytes } from '../../domain/crypto/encoding';
import { KDF_FLOOR, makeKdfParams, type KdfParams } from '../../domain/crypto/kdf';
import {
  openDirectoryDb,
  openVaultDb,
  vaultDbName,
  DIRECTORY_DB,
  type DirectoryDb,
  type VaultDb,
} from '../db';
import type { UnreadableRecord, VaultSession } from '../repositories/repository';
import { inlineKdf, type KdfRunner } from '../vault/kdf';
import { createVaultService, type VaultService } from '../vault/vault.service';

/** The weakest parameters the vault accepts: fast enough for tests, still valid on disk. */
export const TEST_KDF: KdfParams = makeKdfParams(KDF_FLOOR);

export interface TestDatabases {
  readonly indexedDB: IDBFactory;
  readonly options: { readonly indexedDB: IDBFactory; readonly IDBKeyRange: typeof IDBKeyRange };
  /** Keeps a Dexie instance to be closed by close(). */
  track<T extends Dexie>(db: T): T;
  close(): void;
}

/** indexedDB: an existing factory, to reopen what an earlier fixture wrote (an app restart). */
export function createTestDatabases(indexedDB: IDBFactory = new IDBFactory()): TestDatabases {
  const opened: Dexie[] = [];
  return {
    indexedDB,
    options: { indexedDB, IDBKeyRange },
    track(db) {
      opened.push(db);
      return db;
    },
    close() {
      for (const db of opened.splice(0)) db.close();
    },
  };
}

/**
 * Dexie's liveQuery (so Repository.watch) runs no query at all unless Dexie found a global
 * indexedDB when it loaded, and Node has none: point Dexie's defaults at this fixture's factory.
 * Returns the restore function.
 */
export function enableLiveQueries(databases: TestDatabases): () => void {
  const deps = Dexie.dependencies;
  const saved = { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange };
  deps.indexedDB = databases.indexedDB;
  deps.IDBKeyRange = IDBKeyRange;
  return () => {
    deps.indexedDB = saved.indexedDB;
    deps.IDBKeyRange = saved.IDBKeyRange;
  };
}

export interface TestVaultService extends TestDatabases {
  readonly service: VaultService;
  readonly directory: DirectoryDb;
  readonly openVaultDb: (vaultId: string) => VaultDb;
  /** How many times the service asked for KDF parameters. */
  readonly calibrations: () => number;
}

export function createTestVaultService(
  options: {
    readonly now?: () => number;
    readonly kdf?: KdfRunner;
    readonly onUnreadable?: (problem: UnreadableRecord) => void;
    /** Reopen the databases of an earlier fixture instead of starting empty. */
    readonly indexedDB?: IDBFactory;
  } = {},
): TestVaultService {
  const databases = createTestDatabases(options.indexedDB);
  const directory = databases.track(openDirectoryDb(databases.options));
  const openVault = (vaultId: string) => databases.track(openVaultDb(vaultId, databases.options));
  let calibrations = 0;
  const service = createVaultService({
    directory,
    openVaultDb: openVault,
    kdf: options.kdf ?? inlineKdf,
    calibrate: async () => {
      calibrations += 1;
      return TEST_KDF;
    },
    ...(options.now ? { now: options.now } : {}),
    ...(options.onUnreadable ? { onUnreadable: options.onUnreadable } : {}),
  });
  return {
    ...databases,
    service,
    directory,
    openVaultDb: openVault,
    calibrations: () => calibrations,
  };
}

/**
 * An unlocked session on a fresh data key, without a vault header or the KDF: what the
 * repositories need and nothing more. Pass db to use another database (one with extra indexes).
 */
export async function createTestSession(
  databases: TestDatabases,
  options: {
    readonly vaultId?: string;
    readonly db?: VaultDb;
    readonly onUnreadable?: (problem: UnreadableRecord) => void;
  } = {},
): Promise<VaultSession> {
  const vaultId = options.vaultId ?? 'test';
  const dek = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  return {
    vaultId,
    db: options.db ?? databases.track(openVaultDb(vaultId, databases.options)),
    dek,
    keyId: base32Encode(randomBytes(16)),
    ...(options.onUnreadable ? { onUnreadable: options.onUnreadable } : {}),
  };
}

// ---- byte-exact exports ----

/** A stored value with every byte array spelled out, so toEqual compares them byte by byte. */
export type Exported =
  | string
  | number
  | boolean
  | null
  | undefined
  | { readonly bytes: readonly number[] }
  | readonly Exported[]
  | { readonly [key: string]: Exported };

export function exportValue(value: unknown): Exported {
  if (isBytes(value)) return { bytes: Array.from(value) };
  if (value instanceof ArrayBuffer) return { bytes: Array.from(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) {
    throw new TypeError('exportValue: only Uint8Array views are expected in stored rows');
  }
  if (Array.isArray(value)) return value.map(exportValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, exportValue((value as Record<string, unknown>)[key])]),
    );
  }
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value === null ||
    value === undefined
  ) {
    return value;
  }
  throw new TypeError(`exportValue: unexpected ${typeof value} in a stored row`);
}

export interface DatabaseExport {
  readonly version: number;
  readonly tables: Readonly<
    Record<string, { readonly schema: string; readonly rows: readonly Exported[] }>
  >;
}

/**
 * Everything in one database: its version, each table's key and indexes, and every row, read
 * through a connection of its own and with byte arrays spelled out. null when the database does
 * not exist (opening it to look would create it).
 */
export async function exportDatabase(
  indexedDB: IDBFactory,
  name: string,
): Promise<DatabaseExport | null> {
  const names = (await indexedDB.databases()).map((info) => info.name);
  if (!names.includes(name)) return null;
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  try {
    await db.open();
    const tables: Record<string, { schema: string; rows: Exported[] }> = {};
    for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
      const rows = await table.toArray();
      tables[table.name] = {
        schema: [table.schema.primKey.src, ...table.schema.indexes.map((i) => i.src).sort()].join(
          ', ',
        ),
        rows: rows.map(exportValue),
      };
    }
    return { version: db.verno, tables };
  } finally {
    db.close();
  }
}

/** The directory database and one vault's database, exported together. */
export async function exportVault(
  indexedDB: IDBFactory,
  vaultId: string,
): Promise<{ directory: DatabaseExport | null; vault: DatabaseExport | null }> {
  return {
    directory: await exportDatabase(indexedDB, DIRECTORY_DB),
    vault: await exportDatabase(indexedDB, vaultDbName(vaultId)),
  };
}

// ---- plaintext scans ----

const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');

/**
 * Where any of the needles appears in a stored value: in any string at any depth, or in any
 * byte array read as UTF-8 or UTF-16LE (so a ciphertext that is really plaintext is caught
 * too). Returns a description per hit; an empty list means nothing leaked.
 */
export function findPlaintext(value: unknown, needles: readonly string[]): string[] {
  const hits: string[] = [];
  const check = (text: string, where: string) => {
    for (const needle of needles) if (text.includes(needle)) hits.push(`${where}: ${needle}`);
  };
  const visit = (node: unknown, path: string) => {
    if (typeof node === 'string') check(node, path);
    else if (isBytes(node)) {
      check(utf8.decode(node), `${path} (UTF-8)`);
      // Both alignments: a UTF-16 string may start at an odd offset.
      for (const start of [0, 1]) {
        const even = node.subarray(start, start + ((node.length - start) & ~1));
        check(utf16le.decode(even), `${path} (UTF-16LE+${start})`);
      }
    } else if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${path}[${i}]`));
    else if (typeof node === 'object' && node !== null) {
      for (const [key, item] of Object.entries(node)) {
        check(key, `${path} key`);
        visit(item, `${path}.${key}`);
      }
    }
  };
  visit(value, '$');
  return hits;
}

/** What a promise rejected with (fails the test if it resolved). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
