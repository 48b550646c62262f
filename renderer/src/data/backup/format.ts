/**
 * The encrypted backup file, format 1 (docs/backup-format.md). One UTF-8 JSON document:
 *
 *   { "format": "circlekeeper-backup", "version": 1, "createdAt": <epoch ms>, "app": "0.1.0",
 *     "scope": { "kind": "vault" } | { "kind": "group", "groupId": "…" },
 *     "vault": { "id": "…", "label": "…", "header": "<base64 of the encoded vault header>" },
 *     "counts": { "<table>": n, … },
 *     "tables": { "<table>": [ { "id": "…", "updatedAt": n, "clear": { "groupId": "…", … },
 *                                "record": { "v": 1, "sv": n, "keyId": "…",
 *                                            "nonce": "<base64>", "ct": "<base64>" } } ] },
 *     "integrity": { "nonce": "<base64>", "tag": "<base64>" } }
 *
 * Records stay exactly as the vault stores them (AES-256-GCM under the vault's data key, AAD
 * binding the vault database's name, table, id, schema version and key id), so the file opens
 * with the passphrase or the recovery key through the header, on any laptop, and nothing in it
 * is clear text but ids, timestamps, counts and the vault's label (as on the lock screen).
 *
 * parseBackup validates everything that can be checked before decrypting: size, nesting depth,
 * the shape, the format version, table and field names (only ids and timestamps in the clear),
 * sizes of nonces and ciphertexts, the counts (a truncated table is caught), every record's key
 * id against the header's, and the header itself (KDF parameters within DESIGN.md §3's floor and
 * ceiling). Each failure is a typed BackupError; nothing is decrypted or written on the way.
 */
import { base64Decode, base64Encode } from '../../domain/crypto/encoding';
import { decodeHeader, type VaultHeader } from '../../domain/crypto/envelope';
import { VaultError } from '../../domain/crypto/errors';
import { RECORD_FORMAT_VERSION, type EncryptedRecord } from '../../domain/crypto/records';
import type { VaultTableName } from '../db';
import { isAllowedIndexField } from '../schema';
import { z } from '../schema/zod';

export const BACKUP_FORMAT = 'circlekeeper-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const BACKUP_LIMITS = {
  /** The whole file, as text. */
  bytes: 256 * 1024 * 1024,
  /** Rows in one table. */
  rows: 200_000,
  /** Nesting of the JSON document (format 1 needs 6). */
  depth: 8,
  /** One record's ciphertext, decoded. */
  ciphertextBytes: 4 * 1024 * 1024,
} as const;

export const BACKUP_TABLES = [
  'settings',
  'groups',
  'plans',
  'planSummaries',
  'templates',
  'sessions',
  'notes',
  'prompts',
  'library',
  'safety',
] as const satisfies readonly VaultTableName[];
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupRow {
  readonly id: string;
  readonly updatedAt: number;
  readonly clear: Readonly<Record<string, string | number>>;
  readonly record: EncryptedRecord;
}

/**
 * The whole file's integrity tag: AES-256-GCM under the vault's data key, with nothing to
 * encrypt (so, GMAC) and as additional data the SHA-256 of `integrityInput` (see
 * `backup.service.ts`). Only the data key can make it, so once the passphrase is given, a row
 * removed with its count, a row moved from another backup, or any edit of the file is caught.
 */
export interface BackupIntegrity {
  /** 12 bytes. */
  readonly nonce: Uint8Array;
  /** The 16-byte GCM tag. */
  readonly tag: Uint8Array;
}

export interface Backup {
  readonly version: typeof BACKUP_FORMAT_VERSION;
  readonly createdAt: number;
  readonly app: string;
  readonly scope: { readonly kind: 'vault' } | { readonly kind: 'group'; readonly groupId: string };
  readonly vaultId: string;
  readonly label: string;
  /** The vault header as the directory stores it (encodeHeader's bytes). */
  readonly header: Uint8Array;
  readonly tables: Readonly<Partial<Record<BackupTable, readonly BackupRow[]>>>;
  readonly integrity: BackupIntegrity;
}

/**
 * The base64 text of byte arrays already seen (read from a file, or encoded once): a backup's
 * ciphertexts are spelled out for the integrity tag and again for the file, and read back from
 * the file for the tag, so each is encoded at most once.
 */
const spelled = new WeakMap<Uint8Array, string>();

export function base64Of(bytes: Uint8Array): string {
  let text = spelled.get(bytes);
  if (text === undefined) {
    text = base64Encode(bytes);
    spelled.set(bytes, text);
  }
  return text;
}

/** A backup before its integrity tag is made. */
export type UnsealedBackup = Omit<Backup, 'integrity'>;

/**
 * The bytes the integrity tag covers: everything in the file but the tag, as the UTF-8 of a
 * JSON array (arrays of strings and integers serialize the same way in every JavaScript
 * engine, so the reference decryptor rebuilds it exactly; see docs/backup-format.md).
 */
export function integrityInput(backup: UnsealedBackup): Uint8Array<ArrayBuffer> {
  const scope = backup.scope.kind === 'group' ? ['group', backup.scope.groupId] : ['vault'];
  const tables = BACKUP_TABLES.flatMap((table) => {
    const rows = backup.tables[table];
    if (!rows) return [];
    return [
      [
        table,
        rows.length,
        rows.map((row) => [
          row.id,
          row.updatedAt,
          Object.entries(row.clear).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
          row.record.v,
          row.record.sv,
          row.record.keyId,
          base64Of(row.record.nonce),
          base64Of(row.record.ct),
        ]),
      ],
    ];
  });
  return new TextEncoder().encode(
    JSON.stringify([
      BACKUP_FORMAT,
      backup.version,
      backup.createdAt,
      backup.app,
      scope,
      backup.vaultId,
      backup.label,
      base64Of(backup.header),
      tables,
    ]),
  );
}

export type BackupErrorKind =
  /** Not a Circlekeeper backup at all (another file, or not JSON). */
  | 'not-a-backup'
  /** Written by a newer version of the app. */
  | 'newer-version'
  /** A backup, but truncated, edited or damaged. */
  | 'damaged'
  /** Larger than any backup this app writes. */
  | 'too-large'
  /** Its key-derivation settings are outside what the app accepts from a file. */
  | 'kdf-out-of-range';

export class BackupError extends Error {
  constructor(
    readonly kind: BackupErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

const id = z.string().min(1).max(128);
const epoch = z.number().int().nonnegative();
const base64 = z.string().max(BACKUP_LIMITS.ciphertextBytes * 2);

const rowSchema = z
  .object({
    id,
    updatedAt: epoch,
    clear: z.record(z.string().max(64), z.union([z.string().max(128), z.number()])),
    record: z
      .object({
        v: z.literal(RECORD_FORMAT_VERSION),
        sv: z.number().int().nonnegative(),
        keyId: z.string().min(1).max(64),
        nonce: base64,
        ct: base64,
      })
      .strict(),
  })
  .strict();

const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_FORMAT_VERSION),
    createdAt: epoch,
    app: z.string().max(40),
    scope: z.union([
      z.object({ kind: z.literal('vault') }).strict(),
      z.object({ kind: z.literal('group'), groupId: id }).strict(),
    ]),
    vault: z.object({ id, label: z.string().max(200), header: z.string().max(4096) }).strict(),
    counts: z.partialRecord(z.enum(BACKUP_TABLES), z.number().int().nonnegative()),
    tables: z.partialRecord(z.enum(BACKUP_TABLES), z.array(rowSchema).max(BACKUP_LIMITS.rows)),
    integrity: z.object({ nonce: z.string().max(64), tag: z.string().max(64) }).strict(),
  })
  .strict();

/** The deepest nesting of objects and arrays, without recursion (a hostile file can't overflow). */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() ?? [null, 0];
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node))
      stack.push([child, depth + 1]);
  }
  return deepest;
}

function damaged(message: string): never {
  throw new BackupError('damaged', message);
}

function bytesOf(text: string, what: string): Uint8Array {
  try {
    const bytes = base64Decode(text);
    spelled.set(bytes, text);
    return bytes;
  } catch {
    return damaged(`${what} is not base64`);
  }
}

/** The backup as a JSON document (the file's whole text). */
export function encodeBackup(backup: Backup): string {
  const tables = Object.fromEntries(
    BACKUP_TABLES.flatMap((table) => {
      const rows = backup.tables[table];
      return rows ? [[table, rows]] : [];
    }),
  );
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: backup.version,
    createdAt: backup.createdAt,
    app: backup.app,
    scope: backup.scope,
    vault: { id: backup.vaultId, label: backup.label, header: base64Of(backup.header) },
    counts: Object.fromEntries(
      Object.entries(tables).map(([table, rows]: [string, readonly BackupRow[]]) => [
        table,
        rows.length,
      ]),
    ),
    tables: Object.fromEntries(
      Object.entries(tables).map(([table, rows]: [string, readonly BackupRow[]]) => [
        table,
        rows.map((row) => ({
          id: row.id,
          updatedAt: row.updatedAt,
          clear: row.clear,
          record: {
            v: row.record.v,
            sv: row.record.sv,
            keyId: row.record.keyId,
            nonce: base64Of(row.record.nonce),
            ct: base64Of(row.record.ct),
          },
        })),
      ]),
    ),
    integrity: {
      nonce: base64Encode(backup.integrity.nonce),
      tag: base64Encode(backup.integrity.tag),
    },
  });
}

/**
 * Reads and checks a backup file's text without decrypting anything.
 *
 * @throws BackupError (never anything else) for a file that is not a backup, too large, from a
 * newer version, damaged or truncated, or with KDF settings outside the accepted range.
 */
export function parseBackup(text: string): { backup: Backup; header: VaultHeader } {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    // Anything unforeseen in a hostile file is damage, never an uncaught exception.
    throw new BackupError('damaged', error instanceof Error ? error.name : 'unreadable backup');
  }
}

function parse(text: string): { backup: Backup; header: VaultHeader } {
  if (text.length > BACKUP_LIMITS.bytes) throw new BackupError('too-large', 'backup too large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A backup cut short is still recognisably one: it starts as one does.
    if (text.trimStart().startsWith(`{"format":"${BACKUP_FORMAT}"`))
      damaged('backup is truncated or not valid JSON');
    throw new BackupError('not-a-backup', 'not JSON');
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== BACKUP_FORMAT
  )
    throw new BackupError('not-a-backup', 'not a Circlekeeper backup');
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_FORMAT_VERSION)
    throw new BackupError('newer-version', `backup format ${String(version)}`);
  if (depthOf(json, BACKUP_LIMITS.depth) > BACKUP_LIMITS.depth) damaged('nested too deeply');
  // A "__proto__" name among a row's clear fields would vanish as the row is read, and the
  // file would no longer be what its integrity tag covers: refuse it as the reference does.
  const rawTables = (json as { tables?: unknown }).tables;
  if (typeof rawTables === 'object' && rawTables !== null)
    for (const rows of Object.values(rawTables))
      if (Array.isArray(rows))
        for (const row of rows as unknown[]) {
          const clear = (row as { clear?: unknown } | null)?.clear;
          if (typeof clear === 'object' && clear !== null && Object.hasOwn(clear, '__proto__'))
            damaged('a clear field named __proto__');
        }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) damaged('backup does not have the expected shape');
  const file = parsed.data;

  let header: VaultHeader;
  try {
    header = decodeHeader(bytesOf(file.vault.header, 'vault header'));
  } catch (error) {
    if (error instanceof VaultError && error.kind === 'kdf-out-of-range')
      throw new BackupError('kdf-out-of-range', 'key derivation settings out of range');
    if (error instanceof BackupError) throw error;
    return damaged('vault header');
  }
  if (header.vaultId !== file.vault.id) damaged('vault id does not match its header');

  const tables: Partial<Record<BackupTable, BackupRow[]>> = {};
  for (const table of BACKUP_TABLES) {
    const rows = file.tables[table];
    const count = file.counts[table];
    if (rows === undefined && count === undefined) continue;
    if (rows?.length !== count)
      damaged(`${table}: ${String(rows?.length)} rows, ${String(count)} counted`);
    const seen = new Set<string>();
    tables[table] = (rows ?? []).map((row) => {
      if (seen.has(row.id)) damaged(`${table}: id twice`);
      seen.add(row.id);
      for (const field of Object.keys(row.clear))
        if (!isAllowedIndexField(field)) damaged(`${table}: ${field} may not be in the clear`);
      if (row.record.keyId !== header.keyId) damaged(`${table}: a record of another key`);
      const nonce = bytesOf(row.record.nonce, 'nonce');
      const ct = bytesOf(row.record.ct, 'ciphertext');
      if (nonce.length !== 12) damaged(`${table}: nonce of ${String(nonce.length)} bytes`);
      if (ct.length < 16 || ct.length > BACKUP_LIMITS.ciphertextBytes)
        damaged(`${table}: ciphertext of ${String(ct.length)} bytes`);
      return {
        id: row.id,
        updatedAt: row.updatedAt,
        clear: row.clear,
        record: { v: row.record.v, sv: row.record.sv, keyId: row.record.keyId, nonce, ct },
      };
    });
  }
  for (const table of Object.keys(file.counts))
    if (!(BACKUP_TABLES as readonly string[]).includes(table)) damaged(`unknown table ${table}`);
  const integrity = {
    nonce: bytesOf(file.integrity.nonce, 'integrity nonce'),
    tag: bytesOf(file.integrity.tag, 'integrity tag'),
  };
  if (integrity.nonce.length !== 12 || integrity.tag.length !== 16) damaged('integrity tag');

  return {
    backup: {
      version: file.version,
      createdAt: file.createdAt,
      app: file.app,
      scope: file.scope,
      vaultId: file.vault.id,
      label: file.vault.label,
      header: bytesOf(file.vault.header, 'vault header'),
      tables,
      integrity,
    },
    header,
  };
}

/** What a backup holds, per table, for the restore preview. */
export function backupCounts(backup: Backup): Partial<Record<BackupTable, number>> {
  return Object.fromEntries(
    BACKUP_TABLES.flatMap((table) => {
      const rows = backup.tables[table];
      return rows ? [[table, rows.length]] : [];
    }),
  );
}
