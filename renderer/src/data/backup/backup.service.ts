/**
 * Making and restoring backups (docs/backup-format.md). A backup carries the vault's header and
 * its rows exactly as stored, still encrypted, sealed with an integrity tag under the data key.
 *
 * Restoring is all or nothing. Before anything is written, the backup's data key is opened with
 * the passphrase or the recovery key, the integrity tag is checked, and every record is
 * decrypted (and, for another vault, encrypted again under that vault's key). Only then is it
 * written, in one IndexedDB transaction over every table; a failure anywhere leaves the vault as
 * it was. A restore as a new vault writes a database nothing points to until the directory row
 * is added last, and deletes it again if that fails.
 */
import type { Table } from 'dexie';
import { parseRecoveryKey, randomBytes } from '../../domain/crypto/encoding';
import {
  decodeHeader,
  openWithPassphrase,
  openWithRecoveryKey,
  type VaultHeader,
} from '../../domain/crypto/envelope';
import { VaultError } from '../../domain/crypto/errors';
import type { KekDeriver } from '../../domain/crypto/kdf';
import { decryptRecord, encryptRecord } from '../../domain/crypto/records';
import { vaultDbName, type DirectoryDb, type EncryptedRow, type VaultDb } from '../db';
import type { VaultSession } from '../repositories/repository';
import { yieldToPage } from '../yieldToPage';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  base64Of,
  integrityInput,
  type Backup,
  type BackupRow,
  type BackupTable,
  type UnsealedBackup,
} from './format';

export type BackupScope = Backup['scope'];

export type RestoreErrorKind =
  /** The passphrase or recovery key does not open this backup. */
  | 'wrong-secret'
  /** The file was changed after it was written: its integrity tag or a record does not check. */
  | 'tampered'
  /** This laptop already has the backup's vault: unlock it and restore into it instead. */
  | 'vault-exists'
  /** Writing failed (the disk, or the browser's storage); nothing was changed. */
  | 'storage';

export class RestoreError extends Error {
  constructor(
    readonly kind: RestoreErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'RestoreError';
  }
}

export type BackupSecret = { readonly passphrase: string } | { readonly recoveryKey: string };

/** Tables of one record each that belong to the vault itself, never taken from another's. */
const VAULT_OWN_TABLES: readonly BackupTable[] = ['settings', 'library', 'safety'];

/** Rows read per IndexedDB request, and records handled between two pauses for the page. */
const READ_PAGE = 500;
const SLICE = 200;
const INTEGRITY_LABEL = 'circlekeeper/backup-integrity/1';

async function integrityAad(backup: UnsealedBackup): Promise<Uint8Array<ArrayBuffer>> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', integrityInput(backup)));
  const label = new TextEncoder().encode(INTEGRITY_LABEL);
  const aad = new Uint8Array(label.length + digest.length);
  aad.set(label);
  aad.set(digest, label.length);
  return aad;
}

/** Adds the integrity tag, made with the vault's data key. */
export async function sealBackup(backup: UnsealedBackup, dek: CryptoKey): Promise<Backup> {
  const nonce = randomBytes(12);
  const tag = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: await integrityAad(backup), tagLength: 128 },
    dek,
    new Uint8Array(0),
  );
  return { ...backup, integrity: { nonce, tag: new Uint8Array(tag) } };
}

/** @throws RestoreError 'tampered' when the file is not exactly what was sealed. */
export async function verifyBackup(backup: Backup, dek: CryptoKey): Promise<void> {
  try {
    await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: new Uint8Array(backup.integrity.nonce),
        additionalData: await integrityAad(backup),
        tagLength: 128,
      },
      dek,
      new Uint8Array(backup.integrity.tag),
    );
  } catch {
    throw new RestoreError('tampered', 'the backup does not match its integrity tag');
  }
}

function inScope(scope: BackupScope, table: BackupTable, row: EncryptedRow): boolean {
  if (scope.kind === 'vault') return true;
  if (table === 'groups') return row.id === scope.groupId;
  return (
    (table === 'plans' || table === 'planSummaries' || table === 'sessions' || table === 'notes') &&
    row['groupId'] === scope.groupId
  );
}

function toBackupRow(row: EncryptedRow): BackupRow {
  const { id, updatedAt, record, ...clear } = row;
  return { id, updatedAt, clear, record };
}

/** A table's rows, a page per request so no single task delivers thousands of them. */
async function readRows(db: VaultDb, table: BackupTable): Promise<EncryptedRow[]> {
  const store = db.table<EncryptedRow, string>(table);
  const rows: EncryptedRow[] = [];
  let last: string | undefined;
  for (;;) {
    const page = await (last === undefined ? store.orderBy(':id') : store.where(':id').above(last))
      .limit(READ_PAGE)
      .toArray();
    rows.push(...page);
    const final = page.at(-1);
    if (page.length < READ_PAGE || final === undefined) return rows;
    last = final.id;
    await yieldToPage();
  }
}

export interface MakeBackupOptions {
  readonly scope?: BackupScope;
  readonly now?: () => number;
  readonly app?: string;
}

/** The open vault (or one group of it) as a sealed backup. */
export async function makeBackup(
  session: VaultSession,
  directory: DirectoryDb,
  options: MakeBackupOptions = {},
): Promise<Backup> {
  const entry = await directory.vaults.get(session.vaultId);
  if (!entry) throw new Error('the open vault is not in the directory');
  const scope = options.scope ?? { kind: 'vault' };
  const tables: Partial<Record<BackupTable, BackupRow[]>> = {};
  for (const table of BACKUP_TABLES) {
    const rows = (await readRows(session.db, table))
      .filter((row) => inScope(scope, table, row))
      .map(toBackupRow);
    // Spelled out in base64 a slice at a time (sealing and the file then reuse the text), so
    // megabytes of ciphertext never hold the page for a long task in one go.
    for (let start = 0; start < rows.length; start += SLICE) {
      for (const row of rows.slice(start, start + SLICE)) {
        base64Of(row.record.nonce);
        base64Of(row.record.ct);
      }
      await yieldToPage();
    }
    tables[table] = rows;
  }
  return sealBackup(
    {
      version: BACKUP_FORMAT_VERSION,
      createdAt: (options.now ?? Date.now)(),
      app: options.app ?? '0.1.0',
      scope,
      vaultId: session.vaultId,
      label: entry.label,
      header: entry.header,
      tables,
    },
    session.dek,
  );
}

/**
 * The backup's data key, from its header and the secret typed for it.
 *
 * @throws RestoreError 'wrong-secret'.
 */
export async function openBackup(
  header: VaultHeader,
  secret: BackupSecret,
  derive: KekDeriver,
): Promise<CryptoKey> {
  try {
    return 'passphrase' in secret
      ? await openWithPassphrase(header, secret.passphrase, derive)
      : await openWithRecoveryKey(header, parseRecoveryKey(secret.recoveryKey));
  } catch (error) {
    if (error instanceof VaultError && (error.kind === 'wrong-key' || error.kind === 'corrupted'))
      throw new RestoreError('wrong-secret', 'the secret does not open this backup');
    throw error;
  }
}

interface Opened {
  readonly table: BackupTable;
  readonly row: BackupRow;
  readonly sv: number;
  readonly plaintext: Uint8Array;
}

/** Every record decrypted with the backup's key, or RestoreError 'tampered' for the first that isn't. */
async function decryptAll(backup: Backup, dek: CryptoKey): Promise<Opened[]> {
  const database = vaultDbName(backup.vaultId);
  const keyId = decodeHeader(backup.header).keyId;
  const all = BACKUP_TABLES.flatMap((table) =>
    (backup.tables[table] ?? []).map((row) => ({ table, row })),
  );
  const opened: Opened[] = [];
  for (let start = 0; start < all.length; start += SLICE) {
    if (start > 0) await yieldToPage();
    const slice = all.slice(start, start + SLICE);
    try {
      opened.push(
        ...(await Promise.all(
          slice.map(async ({ table, row }) => {
            const { sv, plaintext } = await decryptRecord(
              dek,
              keyId,
              { database, table, id: row.id },
              row.record,
            );
            return { table, row, sv, plaintext };
          }),
        )),
      );
    } catch {
      throw new RestoreError('tampered', 'a record in the backup does not decrypt');
    }
  }
  return opened;
}

function rowOf(row: BackupRow, record: EncryptedRow['record']): EncryptedRow {
  return { ...row.clear, id: row.id, updatedAt: row.updatedAt, record };
}

/** The rows to write into `target`: the backup's own when the key and place are the same. */
async function rowsFor(
  backup: Backup,
  dek: CryptoKey,
  target: { readonly vaultId: string; readonly dek: CryptoKey; readonly keyId: string },
): Promise<Map<BackupTable, EncryptedRow[]>> {
  const opened = await decryptAll(backup, dek);
  const sameVault =
    backup.vaultId === target.vaultId && decodeHeader(backup.header).keyId === target.keyId;
  const byTable = new Map<BackupTable, EncryptedRow[]>(BACKUP_TABLES.map((t) => [t, []]));
  const database = vaultDbName(target.vaultId);
  for (let start = 0; start < opened.length; start += SLICE) {
    if (start > 0) await yieldToPage();
    const slice = opened.slice(start, start + SLICE);
    const rows = await Promise.all(
      slice.map(async ({ table, row, sv, plaintext }) =>
        sameVault
          ? rowOf(row, row.record)
          : rowOf(
              row,
              await encryptRecord(
                target.dek,
                target.keyId,
                { database, table, id: row.id },
                sv,
                plaintext,
              ),
            ),
      ),
    );
    slice.forEach(({ table }, i) => {
      const row = rows[i];
      if (row) byTable.get(table)?.push(row);
    });
  }
  return byTable;
}

export interface RestoreReport {
  /** Records the vault did not have. */
  readonly added: number;
  /** Records replaced by the backup's newer edit. */
  readonly updated: number;
  /** Records the vault had in a newer (or the same) edit, left as they were. */
  readonly kept: number;
  /** Records removed by a replace. */
  readonly removed: number;
}

export type RestoreMode = 'merge' | 'replace';

/**
 * Restores a backup into the open vault: merge (by id; the later edit wins, a tie keeps the
 * vault's) or replace (everything in the vault, or in the backup's group, becomes the backup's).
 * A backup of the same vault opens with the open vault's key; another vault's needs its secret,
 * and its own settings, library marks and safety card are left out: this vault keeps its own.
 *
 * @throws RestoreError, BackupError never (the backup is already parsed); the vault is unchanged.
 */
export async function restoreIntoVault(
  session: VaultSession,
  backup: Backup,
  options: {
    readonly mode: RestoreMode;
    readonly secret?: BackupSecret;
    readonly derive: KekDeriver;
  },
): Promise<RestoreReport> {
  const header = decodeHeader(backup.header);
  const sameVault = header.keyId === session.keyId && backup.vaultId === session.vaultId;
  let dek: CryptoKey;
  if (sameVault) dek = session.dek;
  else if (options.secret) dek = await openBackup(header, options.secret, options.derive);
  else throw new RestoreError('wrong-secret', 'this backup needs its passphrase or recovery key');
  await verifyBackup(backup, dek);
  const rows = await rowsFor(backup, dek, session);
  // Another vault's own records are not this vault's: its settings (idle lock, name,
  // retention), its library marks and its safety card (one record each, by a fixed id, which a
  // merge would replace whole: this facilitator's crisis contacts with someone else's).
  if (!sameVault) for (const table of VAULT_OWN_TABLES) rows.set(table, []);

  const { db } = session;
  let added = 0;
  let updated = 0;
  let kept = 0;
  let removed = 0;
  try {
    await db.transaction('rw', [...BACKUP_TABLES], async () => {
      for (const table of BACKUP_TABLES) {
        const store = db.table<EncryptedRow, string>(table);
        const incoming = rows.get(table) ?? [];
        if (!sameVault && VAULT_OWN_TABLES.includes(table)) continue;
        if (options.mode === 'replace') {
          const doomed =
            backup.scope.kind === 'vault'
              ? await store.toCollection().primaryKeys()
              : await groupKeys(store, table, backup.scope.groupId);
          const incomingIds = new Set(incoming.map((row) => row.id));
          removed += doomed.filter((id) => !incomingIds.has(id)).length;
          const existing = new Set(await store.toCollection().primaryKeys());
          for (const row of incoming) {
            if (existing.has(row.id)) updated += 1;
            else added += 1;
          }
          await store.bulkDelete(doomed);
          await store.bulkPut(incoming);
          continue;
        }
        const current = await store.bulkGet(incoming.map((row) => row.id));
        const newer = incoming.filter((row, i) => {
          const here = current[i];
          if (!here) {
            added += 1;
            return true;
          }
          if (row.updatedAt > here.updatedAt) {
            updated += 1;
            return true;
          }
          kept += 1;
          return false;
        });
        await store.bulkPut(newer);
      }
    });
  } catch (error) {
    throw new RestoreError('storage', error instanceof Error ? error.name : 'write failed');
  }
  return { added, updated, kept, removed };
}

async function groupKeys(
  store: Table<EncryptedRow, string>,
  table: BackupTable,
  groupId: string,
): Promise<string[]> {
  if (table === 'groups') return (await store.get(groupId)) ? [groupId] : [];
  if (table === 'plans' || table === 'planSummaries' || table === 'sessions' || table === 'notes')
    return store.where('groupId').equals(groupId).primaryKeys();
  return [];
}

export interface RestoredVault {
  readonly vaultId: string;
  readonly label: string;
  readonly dek: CryptoKey;
  readonly keyId: string;
}

export interface NewVaultDeps {
  readonly directory: DirectoryDb;
  readonly openVaultDb: (vaultId: string) => VaultDb;
  readonly derive: KekDeriver;
  readonly now?: () => number;
}

/**
 * Restores a backup as a vault of its own on this laptop (a new laptop, or after the vault was
 * deleted), opened with the backup's passphrase or recovery key, which stay the vault's.
 *
 * @throws RestoreError ('wrong-secret', 'tampered', 'vault-exists', 'storage'); nothing stays
 * written after a failure.
 */
export function restoreAsNewVault(
  deps: NewVaultDeps,
  backup: Backup,
  secret: BackupSecret,
): Promise<RestoredVault> {
  // One restore at a time: two of the same file at once would both find no such vault, and the
  // second one's clean-up would delete the database the first had just written.
  const run = restoring.then(() => restoreAsNew(deps, backup, secret));
  restoring = run.catch(() => undefined);
  return run;
}

let restoring: Promise<unknown> = Promise.resolve();

async function restoreAsNew(
  deps: NewVaultDeps,
  backup: Backup,
  secret: BackupSecret,
): Promise<RestoredVault> {
  const { directory } = deps;
  if (await directory.vaults.get(backup.vaultId))
    throw new RestoreError('vault-exists', 'this laptop already has that vault');
  const header = decodeHeader(backup.header);
  const dek = await openBackup(header, secret, deps.derive);
  await verifyBackup(backup, dek);
  const target = { vaultId: backup.vaultId, dek, keyId: header.keyId };
  const rows = await rowsFor(backup, dek, target);

  const db = deps.openVaultDb(backup.vaultId);
  try {
    // A database nothing points to (left by a deletion cut short) is emptied first.
    await db.transaction('rw', [...BACKUP_TABLES], async () => {
      for (const table of BACKUP_TABLES) {
        const store = db.table<EncryptedRow, string>(table);
        await store.clear();
        await store.bulkAdd(rows.get(table) ?? []);
      }
    });
    const at = (deps.now ?? Date.now)();
    await directory.vaults.add({
      id: backup.vaultId,
      label: backup.label,
      createdAt: at,
      lastOpenedAt: at,
      header: new Uint8Array(backup.header),
    });
  } catch (error) {
    db.close();
    // Listed meanwhile (another window restored it): that vault's database is not ours to drop.
    if (await directory.vaults.get(backup.vaultId).catch(() => undefined))
      throw new RestoreError('vault-exists', 'this laptop already has that vault');
    await deps
      .openVaultDb(backup.vaultId)
      .delete({ disableAutoOpen: false })
      .catch(() => undefined);
    if (error instanceof RestoreError) throw error;
    throw new RestoreError('storage', error instanceof Error ? error.name : 'write failed');
  }
  db.close();
  return { ...target, label: backup.label };
}
