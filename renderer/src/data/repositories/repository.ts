/**
 * The encrypting repository every feature stores its data through. Records are validated with
 * their zod schema, serialized, encrypted with the vault's data key (AES-256-GCM, AAD binding
 * database, table, id, payload schema version and key id) and only then written: encryption
 * happens outside Dexie transactions, because WebCrypto is asynchronous and IndexedDB commits
 * a transaction as soon as it has no pending request. Reads decrypt and validate every record;
 * a record that fails is reported (typed) and never returned half-read.
 */
import { liveQuery } from 'dexie';
import type { z } from 'zod';
import { decryptRecord, encryptRecord } from '../../domain/crypto/records';
import { VaultError } from '../../domain/crypto/errors';
import type { EncryptedRow, VaultDb, VaultTableName } from '../db';
import { isAllowedIndexField } from '../schema';
import { yieldToPage } from '../yieldToPage';

/** An open vault: its database and its data key, in memory only while unlocked. */
export interface VaultSession {
  readonly vaultId: string;
  /** The vault's database (its tables are declared by the vault schema versions). */
  readonly db: VaultDb;
  readonly dek: CryptoKey;
  readonly keyId: string;
  /** Told about every record that could not be read, so the UI can say so. */
  readonly onUnreadable?: (problem: UnreadableRecord) => void;
}

export interface UnreadableRecord {
  readonly table: string;
  readonly id: string;
  readonly error: VaultError;
}

export interface RepositoryOptions<T extends { readonly id: string }> {
  readonly table: VaultTableName;
  /** The current version of this table's payload; stored with each record and bound in its AAD. */
  readonly schemaVersion: number;
  readonly schema: z.ZodType<T>;
  /** Brings a payload written at an older schema version up to the current shape. */
  readonly migrate?: (fromVersion: number, payload: unknown) => unknown;
  /** The clear fields to index: foreign ids and timestamps only (checked at every write). */
  readonly clearFields?: (record: T) => Readonly<Record<string, string | number>>;
  /** Now, in epoch ms (tests pass a fixed clock). */
  readonly now?: () => number;
}

export interface Repository<T extends { readonly id: string }> {
  get(id: string): Promise<T | undefined>;
  list(): Promise<T[]>;
  listBy(index: string, value: string | number): Promise<T[]>;
  /** The ids of the records with this index value, without reading or decrypting them. */
  idsBy(index: string, value: string | number): Promise<string[]>;
  put(record: T): Promise<void>;
  putMany(records: readonly T[]): Promise<void>;
  delete(id: string): Promise<void>;
  deleteMany(ids: readonly string[]): Promise<void>;
  /** Calls back with every readable record now and after every change; returns the unsubscribe. */
  watch(listener: (records: T[]) => void, onError?: (error: unknown) => void): () => void;
}

/** Rows written per transaction in bulk writes. */
export const WRITE_CHUNK = 500;
/** Records encrypted or decrypted between two pauses that let the page handle input and timers. */
const SLICE = 100;

export { yieldToPage };

/**
 * Rows read per IndexedDB request by list(): one request for thousands of rows makes Chromium
 * deliver (structured-clone) them all in one task, a long one; pages keep each task short.
 */
export const READ_PAGE = 500;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function createRepository<T extends { readonly id: string }>(
  session: VaultSession,
  options: RepositoryOptions<T>,
): Repository<T> {
  const { db, dek, keyId } = session;
  const { table: tableName, schemaVersion, schema } = options;
  const table = db.table<EncryptedRow, string>(tableName);
  const now = options.now ?? Date.now;
  const context = (id: string) => ({ database: db.name, table: tableName, id });

  async function toRow(record: T): Promise<EncryptedRow> {
    const valid = schema.parse(record);
    const clear = options.clearFields?.(valid) ?? {};
    for (const field of Object.keys(clear)) {
      if (!isAllowedIndexField(field))
        throw new Error(`${tableName}.${field} may not be stored in the clear`);
    }
    const plaintext = encoder.encode(JSON.stringify(valid));
    const encrypted = await encryptRecord(dek, keyId, context(valid.id), schemaVersion, plaintext);
    return { ...clear, id: valid.id, updatedAt: now(), record: encrypted };
  }

  async function fromRow(row: EncryptedRow): Promise<T> {
    const { sv, plaintext } = await decryptRecord(dek, keyId, context(row.id), row.record);
    let payload: unknown;
    try {
      payload = JSON.parse(decoder.decode(plaintext));
    } catch {
      throw new VaultError('corrupted', `${tableName} record is not valid JSON`);
    }
    if (sv > schemaVersion)
      throw new VaultError('unsupported-version', `${tableName} record from a newer version`);
    if (sv < schemaVersion) {
      if (!options.migrate)
        throw new VaultError('unsupported-version', `${tableName} has no migration from ${sv}`);
      payload = options.migrate(sv, payload);
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success || parsed.data.id !== row.id) {
      throw new VaultError('corrupted', `${tableName} record does not match its schema`);
    }
    return parsed.data;
  }

  /**
   * Decrypts what can be read and reports the rest. Works in slices with a pause between them:
   * WebCrypto finishes its work within the calling task here, so thousands of records at once
   * would freeze the page (a live session's timer included) for a noticeable moment.
   */
  async function readAll(
    rows: readonly EncryptedRow[],
    report: (problem: UnreadableRecord) => void = (p) => session.onUnreadable?.(p),
  ): Promise<T[]> {
    const records: T[] = [];
    for (let start = 0; start < rows.length; start += SLICE) {
      if (start > 0) await yieldToPage();
      const slice = rows.slice(start, start + SLICE);
      const results = await Promise.allSettled(slice.map(fromRow));
      results.forEach((result, i) => {
        if (result.status === 'fulfilled') records.push(result.value);
        else {
          const error =
            result.reason instanceof VaultError
              ? result.reason
              : new VaultError('corrupted', 'unreadable record');
          report({ table: tableName, id: slice[i]?.id ?? '', error });
        }
      });
    }
    return records;
  }

  return {
    async get(id) {
      const row = await table.get(id);
      return row ? fromRow(row) : undefined;
    },
    async list() {
      const records: T[] = [];
      let last: string | undefined;
      for (;;) {
        const rows = await (
          last === undefined ? table.orderBy(':id') : table.where(':id').above(last)
        )
          .limit(READ_PAGE)
          .toArray();
        records.push(...(await readAll(rows)));
        const final = rows.at(-1);
        if (rows.length < READ_PAGE || final === undefined) return records;
        last = final.id;
        await yieldToPage();
      }
    },
    async listBy(index, value) {
      if (!isAllowedIndexField(index)) throw new Error(`${index} is not an index`);
      return readAll(await table.where(index).equals(value).toArray());
    },
    async idsBy(index, value) {
      if (!isAllowedIndexField(index)) throw new Error(`${index} is not an index`);
      return table.where(index).equals(value).primaryKeys();
    },
    async put(record) {
      const row = await toRow(record);
      await table.put(row);
    },
    async putMany(records) {
      for (let start = 0; start < records.length; start += WRITE_CHUNK) {
        const rows: EncryptedRow[] = [];
        for (let at = start; at < Math.min(start + WRITE_CHUNK, records.length); at += SLICE) {
          if (at > start) await yieldToPage();
          rows.push(
            ...(await Promise.all(
              records.slice(at, Math.min(at + SLICE, start + WRITE_CHUNK)).map(toRow),
            )),
          );
        }
        await db.transaction('rw', table, () => table.bulkPut(rows));
        await yieldToPage();
      }
    },
    async delete(id) {
      await table.delete(id);
    },
    async deleteMany(ids) {
      await db.transaction('rw', table, () => table.bulkDelete([...ids]));
    },
    watch(listener, onError) {
      // Each record is decrypted once per write: a cache keyed by id and nonce (new every write).
      const cache = new Map<string, { nonce: Uint8Array; value: T }>();
      const sameNonce = (a: Uint8Array, b: Uint8Array) =>
        a.length === b.length && a.every((x, i) => x === b[i]);
      let latest = 0;
      // A record that cannot be read is reported once, not again with every later change.
      const reported = new Set<string>();
      const reportOnce = (problem: UnreadableRecord) => {
        if (reported.has(problem.id)) return;
        reported.add(problem.id);
        session.onUnreadable?.(problem);
      };
      const subscription = liveQuery(() => table.toArray()).subscribe({
        next: (rows) => {
          const turn = ++latest;
          const fresh = rows.filter((row) => {
            const hit = cache.get(row.id);
            return !hit || !sameNonce(hit.nonce, row.record.nonce);
          });
          void readAll(fresh, reportOnce).then(
            (decrypted) => {
              const byId = new Map(decrypted.map((r) => [r.id, r]));
              for (const row of fresh) {
                const value = byId.get(row.id);
                if (value) cache.set(row.id, { nonce: row.record.nonce, value });
              }
              const present = new Set(rows.map((r) => r.id));
              for (const id of cache.keys()) if (!present.has(id)) cache.delete(id);
              // A slower decryption of an older snapshot must not overwrite a newer one.
              if (turn !== latest) return;
              listener(rows.flatMap((row) => cache.get(row.id)?.value ?? []));
            },
            (error: unknown) => onError?.(error),
          );
        },
        error: (error: unknown) => onError?.(error),
      });
      return () => subscription.unsubscribe();
    },
  };
}
