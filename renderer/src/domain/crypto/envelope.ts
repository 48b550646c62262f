/**
 * Envelope encryption for a vault (DESIGN.md §3). One random 256-bit data key (DEK) encrypts
 * every record; it is stored only wrapped, twice, in the vault header:
 *
 * - the passphrase slot: AES-256-GCM under the KEK, Argon2id(passphrase, salt). Its AAD binds
 *   the format version, vault id, key id, every KDF parameter and the salt, so a header with
 *   any of them edited (a lowered KDF cost, another vault's id) does not open.
 * - the recovery slot: AES-256-GCM under HKDF-SHA-256(recovery key). Its AAD binds the format
 *   version, vault id and key id but deliberately not the KDF parameters or salt, which belong
 *   to the passphrase: changing the passphrase rewrites only the passphrase slot and leaves the
 *   recovery key, and every record, valid.
 *
 * Raw key bytes exist only briefly: every buffer we own is zeroed after use (best effort: the
 * engine, WebCrypto and hash-wasm's memory may keep copies JS cannot reach). The DEK handed
 * out is a non-extractable CryptoKey. Keep it in memory only (never in IndexedDB: Chromium persists its
 * raw bytes even when non-extractable).
 */

import {
  base32Decode,
  base32Encode,
  base64Decode,
  base64Encode,
  canonicalBytes,
  concatBytes,
  copyBytes,
  isBytes,
  randomBytes,
  RECOVERY_KEY_BYTES,
  utf8Decode,
  utf8Encode,
} from './encoding';
import { VaultError } from './errors';
import {
  assertKdfParams,
  deriveKek,
  KDF_SALT_BYTES,
  KEK_BYTES,
  type KdfParams,
  type KekDeriver,
} from './kdf';

export const VAULT_FORMAT_VERSION = 1;

export const DEK_BYTES = 32;
const KEY_ID_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const WRAPPED_DEK_BYTES = DEK_BYTES + TAG_BYTES;

const HEADER_AAD_LABEL = 'circlekeeper/vault-header';
const RECOVERY_HKDF_SALT = 'circlekeeper/recovery/v1';

// Printable ASCII without spaces: UUIDs, ULIDs and nanoids fit, and an id with lone surrogates
// or control characters (possible in JSON) never reaches the AAD.
const VAULT_ID_PATTERN = /^[\x21-\x7e]{1,128}$/u;

export interface WrappedKey {
  /** 12 random bytes, fresh for every wrap. */
  readonly nonce: Uint8Array;
  /** The 32-byte DEK encrypted, then the 16-byte GCM tag: 48 bytes. */
  readonly ciphertext: Uint8Array;
}

export interface VaultHeader {
  readonly formatVersion: typeof VAULT_FORMAT_VERSION;
  /** Chosen by the caller: 1–128 printable ASCII characters, no spaces. */
  readonly vaultId: string;
  /** Names the DEK (base32 of 16 random bytes); every record carries it. */
  readonly keyId: string;
  readonly kdf: KdfParams;
  /** 16 bytes; new whenever the passphrase changes. */
  readonly salt: Uint8Array;
  readonly passphraseSlot: WrappedKey;
  readonly recoverySlot: WrappedKey;
}

export interface CreatedVault {
  readonly header: VaultHeader;
  /** Non-extractable AES-256-GCM key for encryptRecord/decryptRecord. */
  readonly dek: CryptoKey;
  /** 32 bytes to show once (formatRecoveryKey) and then zero; never stored. */
  readonly recoveryKey: Uint8Array<ArrayBuffer>;
}

// ---- validation ----

function corrupted(message: string): never {
  throw new VaultError('corrupted', message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const actual = Object.keys(value).sort();
  const expected = [...keys].sort();
  return actual.length === expected.length && actual.every((key, i) => key === expected[i]);
}

function isKeyId(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Z2-7]+$/u.test(value)) return false;
  try {
    const bytes = base32Decode(value);
    return bytes.length === KEY_ID_BYTES && base32Encode(bytes) === value;
  } catch {
    return false;
  }
}

function assertBytes(value: unknown, length: number, what: string): Uint8Array {
  if (!isBytes(value) || value.length !== length) corrupted(`${what} is not ${length} bytes`);
  return value;
}

function assertWrappedKey(value: unknown, what: string): WrappedKey {
  if (!isRecord(value) || !hasExactKeys(value, ['nonce', 'ciphertext'])) {
    corrupted(`${what} is not a wrapped key`);
  }
  return {
    nonce: assertBytes(value.nonce, NONCE_BYTES, `${what} nonce`),
    ciphertext: assertBytes(value.ciphertext, WRAPPED_DEK_BYTES, `${what} ciphertext`),
  };
}

const HEADER_KEYS = [
  'formatVersion',
  'vaultId',
  'keyId',
  'kdf',
  'salt',
  'passphraseSlot',
  'recoverySlot',
] as const;

/**
 * Validates a header held as an object (for instance one stored in IndexedDB rather than as
 * encodeHeader bytes) and returns a clean copy. decodeHeader and every function here run it.
 *
 * @throws VaultError 'corrupted' (shape, ids, lengths), 'unsupported-version' (format version,
 * KDF algorithm), 'kdf-out-of-range'.
 */
export function assertVaultHeader(value: unknown): VaultHeader {
  if (!isRecord(value)) corrupted('vault header is not an object');
  const { formatVersion } = value;
  if (typeof formatVersion !== 'number') corrupted('vault header has no format version');
  if (formatVersion !== VAULT_FORMAT_VERSION) {
    throw new VaultError('unsupported-version', `vault header format ${formatVersion}`);
  }
  if (!hasExactKeys(value, HEADER_KEYS)) corrupted('vault header has missing or unexpected fields');
  if (typeof value.vaultId !== 'string' || !VAULT_ID_PATTERN.test(value.vaultId)) {
    corrupted('vault id is not 1–128 printable ASCII characters');
  }
  if (!isKeyId(value.keyId)) corrupted('key id is not base32 of 16 bytes');
  return {
    formatVersion,
    vaultId: value.vaultId,
    keyId: value.keyId,
    kdf: assertKdfParams(value.kdf),
    salt: assertBytes(value.salt, KDF_SALT_BYTES, 'salt'),
    passphraseSlot: assertWrappedKey(value.passphraseSlot, 'passphrase slot'),
    recoverySlot: assertWrappedKey(value.recoverySlot, 'recovery slot'),
  };
}

// ---- keys ----

type Slot = 'passphrase' | 'recovery';

function slotAad(
  slot: Slot,
  header: Pick<VaultHeader, 'vaultId' | 'keyId' | 'kdf' | 'salt'>,
): Uint8Array<ArrayBuffer> {
  const common = [HEADER_AAD_LABEL, VAULT_FORMAT_VERSION, header.vaultId, header.keyId] as const;
  if (slot === 'recovery') return canonicalBytes(...common, 'recovery');
  const { kdf } = header;
  return canonicalBytes(
    ...common,
    'passphrase',
    kdf.algorithm,
    kdf.version,
    kdf.memoryKiB,
    kdf.iterations,
    kdf.parallelism,
    header.salt,
  );
}

async function importAesKey(raw: Uint8Array): Promise<CryptoKey> {
  const own = copyBytes(raw);
  try {
    return await crypto.subtle.importKey('raw', own, { name: 'AES-GCM' }, false, [
      'encrypt',
      'decrypt',
    ]);
  } finally {
    own.fill(0);
  }
}

async function passphraseKek(
  derive: KekDeriver,
  passphrase: string,
  salt: Uint8Array,
  kdf: KdfParams,
): Promise<CryptoKey> {
  const bytes = await derive(passphrase, salt, kdf);
  try {
    // A custom deriver (a worker) is our own code; a wrong size is a bug, not bad data.
    if (!isBytes(bytes) || bytes.length !== KEK_BYTES) {
      throw new TypeError(`the KEK deriver must resolve to ${KEK_BYTES} bytes`);
    }
    return await importAesKey(bytes);
  } finally {
    if (isBytes(bytes)) bytes.fill(0);
  }
}

/**
 * HKDF rather than Argon2id: the recovery key is 256 uniformly random bits, so stretching adds
 * nothing; the vault id as info gives each vault its own KEK even for a reused key.
 */
async function recoveryKek(recoveryKey: Uint8Array, vaultId: string): Promise<CryptoKey> {
  if (!isBytes(recoveryKey) || recoveryKey.length !== RECOVERY_KEY_BYTES) {
    corrupted(`a recovery key has ${RECOVERY_KEY_BYTES} bytes`);
  }
  const own = copyBytes(recoveryKey);
  try {
    const base = await crypto.subtle.importKey('raw', own, 'HKDF', false, ['deriveKey']);
    return await crypto.subtle.deriveKey(
      {
        name: 'HKDF',
        hash: 'SHA-256',
        salt: utf8Encode(RECOVERY_HKDF_SALT),
        info: utf8Encode(vaultId),
      },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  } finally {
    own.fill(0);
  }
}

async function wrap(
  kek: CryptoKey,
  rawDek: Uint8Array,
  aad: Uint8Array<ArrayBuffer>,
): Promise<WrappedKey> {
  const nonce = randomBytes(NONCE_BYTES);
  const plain = copyBytes(rawDek);
  try {
    const ciphertext = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: aad, tagLength: TAG_BYTES * 8 },
      kek,
      plain,
    );
    return { nonce, ciphertext: new Uint8Array(ciphertext) };
  } finally {
    plain.fill(0);
  }
}

/**
 * GCM cannot say why authentication failed: a wrong passphrase (or recovery key) and a header
 * whose bound fields or wrapped key were edited look the same. That is by design; both are
 * reported as 'wrong-key', and an attacker who edits a header learns nothing from the answer.
 */
async function unwrap(
  kek: CryptoKey,
  slot: WrappedKey,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: copyBytes(slot.nonce), additionalData: aad, tagLength: TAG_BYTES * 8 },
      kek,
      copyBytes(slot.ciphertext),
    );
  } catch {
    throw new VaultError('wrong-key', 'the key does not open this vault header');
  }
  const raw = new Uint8Array(plain);
  if (raw.length !== DEK_BYTES) {
    raw.fill(0);
    corrupted('the wrapped data key has the wrong length');
  }
  return raw;
}

async function unwrapDek(
  header: VaultHeader,
  secret: { readonly passphrase: string } | { readonly recoveryKey: Uint8Array },
  derive: KekDeriver,
): Promise<Uint8Array<ArrayBuffer>> {
  if ('passphrase' in secret) {
    // No vault has an empty passphrase (createVault and changePassphrase refuse one), and
    // Argon2id in hash-wasm cannot take it: answer without deriving.
    if (secret.passphrase.length === 0) {
      throw new VaultError('wrong-key', 'an empty passphrase opens no vault');
    }
    const kek = await passphraseKek(derive, secret.passphrase, header.salt, header.kdf);
    return unwrap(kek, header.passphraseSlot, slotAad('passphrase', header));
  }
  const kek = await recoveryKek(secret.recoveryKey, header.vaultId);
  return unwrap(kek, header.recoverySlot, slotAad('recovery', header));
}

async function dekFromRaw(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  try {
    return await importAesKey(raw);
  } finally {
    raw.fill(0);
  }
}

function assertNewPassphrase(passphrase: string): void {
  if (passphrase.length === 0) throw new RangeError('a vault needs a non-empty passphrase');
}

// ---- the vault API ----

/**
 * Creates a vault: a random DEK, salt, key id and recovery key, the DEK wrapped under both.
 * The caller stores the header (encodeHeader), shows the recovery key once, and keeps the DEK
 * in memory while unlocked. kdf comes from calibrateKdf.
 *
 * @throws RangeError for an empty passphrase or a vault id outside VaultHeader's rule;
 * VaultError as assertKdfParams for bad kdf.
 */
export async function createVault(options: {
  readonly vaultId: string;
  readonly passphrase: string;
  readonly kdf: KdfParams;
  readonly derive?: KekDeriver;
}): Promise<CreatedVault> {
  const { vaultId, passphrase, derive = deriveKek } = options;
  if (!VAULT_ID_PATTERN.test(vaultId)) {
    throw new RangeError('a vault id is 1–128 printable ASCII characters, no spaces');
  }
  assertNewPassphrase(passphrase);
  const kdf = assertKdfParams(options.kdf);
  const salt = randomBytes(KDF_SALT_BYTES);
  const keyId = base32Encode(randomBytes(KEY_ID_BYTES));
  const rawDek = randomBytes(DEK_BYTES);
  const recoveryKey = randomBytes(RECOVERY_KEY_BYTES);
  try {
    const bound = { vaultId, keyId, kdf, salt };
    const passphraseSlot = await wrap(
      await passphraseKek(derive, passphrase, salt, kdf),
      rawDek,
      slotAad('passphrase', bound),
    );
    const recoverySlot = await wrap(
      await recoveryKek(recoveryKey, vaultId),
      rawDek,
      slotAad('recovery', bound),
    );
    const header: VaultHeader = {
      formatVersion: VAULT_FORMAT_VERSION,
      ...bound,
      passphraseSlot,
      recoverySlot,
    };
    return { header, dek: await importAesKey(rawDek), recoveryKey };
  } catch (e) {
    recoveryKey.fill(0);
    throw e;
  } finally {
    rawDek.fill(0);
  }
}

/**
 * Unlocks with the passphrase. derive defaults to deriveKek on this thread; pass a Web Worker
 * deriver in the app.
 *
 * @throws VaultError 'wrong-key' (wrong passphrase, or an edited header: see unwrap), or as
 * assertVaultHeader.
 */
export async function openWithPassphrase(
  header: VaultHeader,
  passphrase: string,
  derive: KekDeriver = deriveKek,
): Promise<CryptoKey> {
  const checked = assertVaultHeader(header);
  return dekFromRaw(await unwrapDek(checked, { passphrase }, derive));
}

/**
 * Unlocks with the recovery key (parseRecoveryKey turns the typed text into bytes).
 *
 * @throws VaultError 'wrong-key', 'corrupted' for a key that is not 32 bytes, or as
 * assertVaultHeader.
 */
export async function openWithRecoveryKey(
  header: VaultHeader,
  recoveryKey: Uint8Array,
): Promise<CryptoKey> {
  const checked = assertVaultHeader(header);
  return dekFromRaw(await unwrapDek(checked, { recoveryKey }, deriveKek));
}

/**
 * Re-wraps the same DEK under a new passphrase, with a new salt and the given KDF parameters
 * (recalibrate, or reuse header.kdf). Proves the current secret first, by unwrapping with it.
 * The recovery slot, key id and vault id are unchanged, so records and the recovery key stay
 * valid; the caller replaces the stored header in one transaction.
 *
 * @throws VaultError 'wrong-key' when the current secret does not open the vault.
 */
export async function changePassphrase(
  header: VaultHeader,
  current: { readonly passphrase: string } | { readonly recoveryKey: Uint8Array },
  newPassphrase: string,
  kdf: KdfParams,
  derive: KekDeriver = deriveKek,
): Promise<VaultHeader> {
  const checked = assertVaultHeader(header);
  assertNewPassphrase(newPassphrase);
  const newKdf = assertKdfParams(kdf);
  const rawDek = await unwrapDek(checked, current, derive);
  try {
    const salt = randomBytes(KDF_SALT_BYTES);
    const next = { ...checked, kdf: newKdf, salt };
    const passphraseSlot = await wrap(
      await passphraseKek(derive, newPassphrase, salt, newKdf),
      rawDek,
      slotAad('passphrase', next),
    );
    return { ...next, passphraseSlot };
  } finally {
    rawDek.fill(0);
  }
}

// ---- header bytes ----

const HEADER_MAGIC = utf8Encode('CKVH');
const HEADER_PREFIX_BYTES = HEADER_MAGIC.length + 1;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * The vault header as bytes, format 1:
 *
 *   bytes 0–3  "CKVH" in ASCII
 *   byte  4    format version: 1
 *   bytes 5–   UTF-8 JSON without whitespace, keys in exactly this order:
 *              {"vaultId":"…","keyId":"<26 base32 chars>",
 *               "kdf":{"algorithm":"argon2id","version":19,"memoryKiB":n,"iterations":n,"parallelism":1},
 *               "salt":"<base64, 16 bytes>",
 *               "passphraseSlot":{"nonce":"<base64, 12 bytes>","ciphertext":"<base64, 48 bytes>"},
 *               "recoverySlot":{"nonce":"…","ciphertext":"…"}}
 *
 * base64 is RFC 4648 §4 with padding. A reader checks the version byte before anything after
 * it: a later format may change all of it. decodeHeader accepts exactly the bytes this writes.
 */
export function encodeHeader(header: VaultHeader): Uint8Array<ArrayBuffer> {
  const h = assertVaultHeader(header);
  const slot = (wrapped: WrappedKey) => ({
    nonce: base64Encode(wrapped.nonce),
    ciphertext: base64Encode(wrapped.ciphertext),
  });
  const body = JSON.stringify({
    vaultId: h.vaultId,
    keyId: h.keyId,
    kdf: {
      algorithm: h.kdf.algorithm,
      version: h.kdf.version,
      memoryKiB: h.kdf.memoryKiB,
      iterations: h.kdf.iterations,
      parallelism: h.kdf.parallelism,
    },
    salt: base64Encode(h.salt),
    passphraseSlot: slot(h.passphraseSlot),
    recoverySlot: slot(h.recoverySlot),
  });
  return concatBytes(HEADER_MAGIC, Uint8Array.of(h.formatVersion), utf8Encode(body));
}

function base64Field(value: unknown, what: string): Uint8Array {
  if (typeof value !== 'string') corrupted(`${what} is not a base64 string`);
  return base64Decode(value);
}

function decodeSlot(value: unknown, what: string): unknown {
  if (!isRecord(value)) corrupted(`${what} is not an object`);
  return {
    ...value,
    nonce: base64Field(value.nonce, `${what} nonce`),
    ciphertext: base64Field(value.ciphertext, `${what} ciphertext`),
  };
}

/**
 * Reads encodeHeader's bytes back, validating everything.
 *
 * @throws VaultError 'corrupted' (not a header, truncated, malformed, or not in the exact form
 * encodeHeader writes), 'unsupported-version' (another format version), 'kdf-out-of-range'.
 */
export function decodeHeader(bytes: Uint8Array): VaultHeader {
  if (
    !isBytes(bytes) ||
    bytes.length < HEADER_PREFIX_BYTES ||
    !sameBytes(bytes.subarray(0, HEADER_MAGIC.length), HEADER_MAGIC)
  ) {
    corrupted('not a Circlekeeper vault header');
  }
  const version = bytes[HEADER_MAGIC.length];
  if (version !== VAULT_FORMAT_VERSION) {
    throw new VaultError('unsupported-version', `vault header format ${String(version)}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(utf8Decode(bytes.subarray(HEADER_PREFIX_BYTES)));
  } catch {
    corrupted('vault header body is not JSON');
  }
  if (!isRecord(body)) corrupted('vault header body is not an object');
  const header = assertVaultHeader({
    ...body,
    formatVersion: version,
    salt: base64Field(body.salt, 'salt'),
    passphraseSlot: decodeSlot(body.passphraseSlot, 'passphrase slot'),
    recoverySlot: decodeSlot(body.recoverySlot, 'recovery slot'),
  });
  // Whitespace, key order, duplicate keys, escapes: one header, one spelling.
  if (!sameBytes(encodeHeader(header), bytes)) corrupted('vault header is not in canonical form');
  return header;
}
