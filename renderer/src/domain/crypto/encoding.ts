/**
 * Byte helpers the vault needs and the platform lacks in a strict form: UTF-8 that refuses
 * malformed input, RFC 4648 base32 (for recovery keys people type back in) and base64 (for the
 * header file), and the canonical encoding that turns a list of values into unambiguous
 * additional authenticated data.
 *
 * Every function returns freshly allocated, ArrayBuffer-backed arrays, which is what WebCrypto
 * accepts and what a caller may safely zero.
 */

import { VaultError } from './errors';

const encoder = new TextEncoder();
// fatal: a stored string that is not valid UTF-8 was not written by us; say so rather than
// silently substituting U+FFFD.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** @throws VaultError('corrupted') when the bytes are not well-formed UTF-8. */
export function utf8Decode(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new VaultError('corrupted', 'bytes are not valid UTF-8');
  }
}

/**
 * True for a Uint8Array from any realm (a worker, an iframe, fake-indexeddb's structured clone),
 * where `instanceof Uint8Array` would say false.
 */
export function isBytes(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** A private ArrayBuffer-backed copy: WebCrypto rejects views of shared memory, and a copy can be zeroed without touching the caller's array. */
export function copyBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(bytes);
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

// getRandomValues refuses more than 65,536 bytes per call.
const RANDOM_CHUNK = 65_536;

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new RangeError('randomBytes needs a non-negative integer length');
  }
  const out = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += RANDOM_CHUNK) {
    crypto.getRandomValues(out.subarray(offset, Math.min(length, offset + RANDOM_CHUNK)));
  }
  return out;
}

// ---- base32 (RFC 4648 §6, no padding) ----

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

// Characters people confuse when reading a printed key: digits that are not in the alphabet
// and look like letters that are.
const BASE32_CONFUSABLES: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '8': 'B' };

const BASE32_VALUES: ReadonlyMap<string, number> = new Map(
  Array.from({ length: BASE32_ALPHABET.length }, (_, value) => [
    BASE32_ALPHABET.charAt(value),
    value,
  ]),
);

// Unpadded base32 of whole bytes leaves 0, 2, 4, 5 or 7 characters in the last group of 8.
const BASE32_VALID_REMAINDERS = new Set([0, 2, 4, 5, 7]);

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32_ALPHABET.charAt((buffer >>> bits) & 31);
    }
  }
  if (bits > 0) out += BASE32_ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}

/**
 * Decodes base32 as a person might type it: any case, with spaces, hyphens and line breaks
 * anywhere, and 0/1/8 read as O/I/B. Anything else is refused, including a length no whole
 * number of bytes produces and non-zero bits after the last byte, so each byte string has
 * exactly one accepted spelling up to case, separators and confusables.
 *
 * @throws VaultError('corrupted')
 */
export function base32Decode(text: string): Uint8Array<ArrayBuffer> {
  const values: number[] = [];
  for (const char of text) {
    if (char === '-' || /\s/u.test(char)) continue;
    // Upper-case ASCII only: String#toUpperCase would turn 'ı' into 'I' and 'ß' into 'SS'.
    const upper = char >= 'a' && char <= 'z' ? char.toUpperCase() : char;
    const value = BASE32_VALUES.get(BASE32_CONFUSABLES[upper] ?? upper);
    if (value === undefined) {
      throw new VaultError('corrupted', 'base32 text contains a character outside the alphabet');
    }
    values.push(value);
  }
  if (!BASE32_VALID_REMAINDERS.has(values.length % 8)) {
    throw new VaultError('corrupted', 'base32 text has a length no whole number of bytes gives');
  }
  const out = new Uint8Array(Math.floor((values.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const value of values) {
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = buffer >>> bits;
      // Keep only the bits not yet written, so buffer stays below 2^12.
      buffer &= (1 << bits) - 1;
    }
  }
  if (buffer !== 0) {
    throw new VaultError('corrupted', 'base32 text has non-zero bits after the last byte');
  }
  return out;
}

// ---- recovery keys ----

export const RECOVERY_KEY_BYTES = 32;

/** "ABCD EFGH …": base32 in groups of four, so a 32-byte key reads as 13 groups (52 characters). */
export function formatRecoveryKey(bytes: Uint8Array): string {
  return (base32Encode(bytes).match(/.{1,4}/gu) ?? []).join(' ');
}

/**
 * Reads a recovery key typed or pasted back in (see base32Decode for what is forgiven).
 *
 * @throws VaultError('corrupted') when it is not base32 of exactly 32 bytes.
 */
export function parseRecoveryKey(text: string): Uint8Array<ArrayBuffer> {
  const bytes = base32Decode(text);
  if (bytes.length !== RECOVERY_KEY_BYTES) {
    throw new VaultError('corrupted', `a recovery key has ${RECOVERY_KEY_BYTES} bytes`);
  }
  return bytes;
}

// ---- base64 (RFC 4648 §4, padded) ----

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const BASE64_CODES = Uint8Array.from(BASE64_ALPHABET, (c) => c.charCodeAt(0));
/** Each character code's 6-bit value, or -1 for a character outside the alphabet. */
const BASE64_VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  BASE64_CODES.forEach((code, value) => (values[code] = value));
  return values;
})();
const PAD = 61; // '='
/** Characters turned into a string at once (String.fromCharCode takes them as arguments). */
const CHUNK = 0x8000;

/**
 * Table-driven, writing character codes into a buffer and making the string in chunks: a backup
 * encodes megabytes of ciphertext, and a character at a time took seconds.
 */
export function base64Encode(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const triple = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = BASE64_CODES[(triple >>> 18) & 63] ?? PAD;
    out[o++] = BASE64_CODES[(triple >>> 12) & 63] ?? PAD;
    out[o++] = BASE64_CODES[(triple >>> 6) & 63] ?? PAD;
    out[o++] = BASE64_CODES[triple & 63] ?? PAD;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const triple = ((bytes[i] ?? 0) << 16) | (rest === 2 ? (bytes[i + 1] ?? 0) << 8 : 0);
    out[o++] = BASE64_CODES[(triple >>> 18) & 63] ?? PAD;
    out[o++] = BASE64_CODES[(triple >>> 12) & 63] ?? PAD;
    out[o++] = rest === 2 ? (BASE64_CODES[(triple >>> 6) & 63] ?? PAD) : PAD;
    out[o] = PAD;
  }
  let text = '';
  for (let at = 0; at < out.length; at += CHUNK)
    text += String.fromCharCode(...out.subarray(at, at + CHUNK));
  return text;
}

/**
 * Strict base64: padded, no whitespace, no URL-safe letters, zero bits after the last byte.
 * Unlike atob, it accepts exactly what base64Encode writes and nothing else.
 *
 * @throws VaultError('corrupted')
 */
export function base64Decode(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 4 !== 0) {
    throw new VaultError('corrupted', 'base64 text length is not a multiple of 4');
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  const outside = () =>
    new VaultError('corrupted', 'base64 text contains a character outside the alphabet');
  const value = (at: number): number => {
    const code = text.charCodeAt(at);
    const v = code < 128 ? (BASE64_VALUES[code] ?? -1) : -1;
    if (v < 0) throw outside();
    return v;
  };
  let o = 0;
  const full = text.length - (padding > 0 ? 4 : 0);
  for (let i = 0; i < full; i += 4) {
    const quad = (value(i) << 18) | (value(i + 1) << 12) | (value(i + 2) << 6) | value(i + 3);
    out[o++] = (quad >>> 16) & 0xff;
    out[o++] = (quad >>> 8) & 0xff;
    out[o++] = quad & 0xff;
  }
  if (padding > 0) {
    const i = full;
    const third = padding === 1 ? value(i + 2) : 0;
    if (padding === 2 && text.charCodeAt(i + 2) !== PAD) throw outside();
    const quad = (value(i) << 18) | (value(i + 1) << 12) | (third << 6);
    out[o] = (quad >>> 16) & 0xff;
    if (padding === 1) out[o + 1] = (quad >>> 8) & 0xff;
    const spare = padding === 1 ? quad & 0xff : quad & 0xffff;
    if (spare !== 0) {
      throw new VaultError('corrupted', 'base64 text has non-zero bits after the last byte');
    }
  }
  return out;
}

// ---- canonical encoding for additional authenticated data ----

const TAG_STRING = 0x01;
const TAG_INTEGER = 0x02;
const TAG_BYTES = 0x03;

// A lone surrogate encodes to U+FFFD, so two different ill-formed strings could give the
// same bytes; refuse them rather than bind ambiguous data.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Encodes a list of values so that different lists always give different bytes: each part is a
 * type tag (1 string, 2 integer, 3 bytes), a 4-byte big-endian length, and the content (UTF-8
 * as given, without normalization; an integer as 8-byte big-endian two's complement; bytes
 * as they are). Without the tags and lengths, 'ab' + 'c' and 'a' + 'bc' would authenticate the
 * same thing.
 *
 * @throws RangeError for a number that is not a safe integer or a string with a lone surrogate
 * (programming errors: AAD inputs are ids, versions and counts).
 */
export function canonicalBytes(
  ...parts: readonly (string | number | Uint8Array)[]
): Uint8Array<ArrayBuffer> {
  const encoded = parts.map((part) => {
    let tag: number;
    let content: Uint8Array;
    if (typeof part === 'string') {
      if (LONE_SURROGATE.test(part)) throw new RangeError('canonicalBytes: ill-formed string');
      tag = TAG_STRING;
      content = utf8Encode(part);
    } else if (typeof part === 'number') {
      if (!Number.isSafeInteger(part)) throw new RangeError('canonicalBytes: not a safe integer');
      tag = TAG_INTEGER;
      content = new Uint8Array(8);
      // + 0 turns -0 into 0, so the two spellings of zero bind the same way.
      new DataView(content.buffer).setBigInt64(0, BigInt(part + 0));
    } else {
      tag = TAG_BYTES;
      content = part;
    }
    const head = new Uint8Array(5);
    head[0] = tag;
    new DataView(head.buffer).setUint32(1, content.length);
    return concatBytes(head, content);
  });
  return concatBytes(...encoded);
}
