/**
 * One encrypted record as the repositories store it (DESIGN.md §3): AES-256-GCM under the DEK,
 * a fresh 96-bit nonce per write, and AAD binding where the record lives (database, table,
 * primary key), its payload schema version and the key id. A ciphertext copied to another row,
 * table or vault, or relabelled with another schema version, fails authentication.
 *
 * Encrypt and decrypt outside Dexie transactions: WebCrypto is async and IndexedDB transactions
 * commit when they go idle.
 */

import { canonicalBytes, copyBytes, isBytes, randomBytes } from './encoding';
import { VaultError } from './errors';

export const RECORD_FORMAT_VERSION = 1;

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export interface EncryptedRecord {
  /** The envelope format (this file), not the payload's schema. */
  readonly v: typeof RECORD_FORMAT_VERSION;
  /** The payload schema version, so a reader knows how to migrate the plaintext. */
  readonly sv: number;
  /** The DEK this was written with (VaultHeader.keyId). */
  readonly keyId: string;
  /** 12 bytes. */
  readonly nonce: Uint8Array;
  /** Ciphertext followed by the 16-byte GCM tag. */
  readonly ct: Uint8Array;
}

/** Where a record lives: bound into its AAD so it cannot be moved undetected. */
export interface RecordContext {
  readonly database: string;
  readonly table: string;
  /** The primary key, as a string. */
  readonly id: string;
}

export function recordAad(ctx: RecordContext, keyId: string, sv: number): Uint8Array<ArrayBuffer> {
  return canonicalBytes(
    'circlekeeper/record',
    RECORD_FORMAT_VERSION,
    ctx.database,
    ctx.table,
    ctx.id,
    sv,
    keyId,
  );
}

function isSchemaVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Encrypts one record's payload. dek is the vault's CryptoKey and keyId its header's keyId.
 *
 * @throws RangeError when sv is not a non-negative integer.
 */
export async function encryptRecord(
  dek: CryptoKey,
  keyId: string,
  ctx: RecordContext,
  sv: number,
  plaintext: Uint8Array,
): Promise<EncryptedRecord> {
  if (!isSchemaVersion(sv)) throw new RangeError('a schema version is a non-negative integer');
  const nonce = randomBytes(NONCE_BYTES);
  const ct = await crypto.subtle.encrypt(
    {
      name: 'AES-GCM',
      iv: nonce,
      additionalData: recordAad(ctx, keyId, sv),
      tagLength: TAG_BYTES * 8,
    },
    dek,
    copyBytes(plaintext),
  );
  return { v: RECORD_FORMAT_VERSION, sv, keyId, nonce, ct: new Uint8Array(ct) };
}

/**
 * Checks and decrypts a stored record. stored is whatever came out of IndexedDB; fields other
 * than v, sv, keyId, nonce and ct (a row's clear id or timestamps) are ignored. The checks run
 * in this order, and the first that fails decides the error:
 *
 * 1. not an object, a field missing or of the wrong type → 'corrupted'
 * 2. v other than 1 → 'unsupported-version'
 * 3. nonce not 12 bytes, ct shorter than its 16-byte tag → 'corrupted'
 * 4. keyId not the open vault's → 'wrong-key'
 * 5. GCM authentication fails (modified bytes, or another context, sv or key id) → 'tampered'
 *
 * WebCrypto verifies the tag before releasing anything, so there is never partial plaintext.
 */
export async function decryptRecord(
  dek: CryptoKey,
  keyId: string,
  ctx: RecordContext,
  stored: unknown,
): Promise<{ sv: number; plaintext: Uint8Array<ArrayBuffer> }> {
  if (typeof stored !== 'object' || stored === null) {
    throw new VaultError('corrupted', 'a stored record is not an object');
  }
  const { v, sv, keyId: storedKeyId, nonce, ct } = stored as Record<string, unknown>;
  if (
    typeof v !== 'number' ||
    !isSchemaVersion(sv) ||
    typeof storedKeyId !== 'string' ||
    !isBytes(nonce) ||
    !isBytes(ct)
  ) {
    throw new VaultError('corrupted', 'a stored record has missing or mistyped fields');
  }
  if (v !== RECORD_FORMAT_VERSION) {
    throw new VaultError('unsupported-version', `record format ${v}`);
  }
  if (nonce.length !== NONCE_BYTES || ct.length < TAG_BYTES) {
    throw new VaultError('corrupted', 'a stored record is truncated');
  }
  if (storedKeyId !== keyId) {
    throw new VaultError('wrong-key', 'a stored record was written with another data key');
  }
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: copyBytes(nonce),
        additionalData: recordAad(ctx, keyId, sv),
        tagLength: TAG_BYTES * 8,
      },
      dek,
      copyBytes(ct),
    );
  } catch {
    throw new VaultError('tampered', 'a stored record failed authentication');
  }
  return { sv, plaintext: new Uint8Array(plain) };
}
