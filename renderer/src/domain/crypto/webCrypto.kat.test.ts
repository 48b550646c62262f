/**
 * Known answers for the WebCrypto primitives the vault relies on, so a runtime (Node in tests,
 * Chromium in the app) that computed them differently would be caught: AES-256-GCM from the
 * GCM specification (McGrew and Viega, "The Galois/Counter Mode of Operation", test cases 14
 * and 16), and HKDF-SHA-256 from RFC 5869 (test case 1), which wraps the recovery slot's key.
 */

import { describe, expect, it } from 'vitest';
import { fromHex, hex } from './testing';

const gcmCases = [
  {
    name: 'test case 14 (all zero, no AAD)',
    key: '00'.repeat(32),
    iv: '00'.repeat(12),
    plaintext: '00'.repeat(16),
    aad: '',
    ciphertext: 'cea7403d4d606b6e074ec5d3baf39d18',
    tag: 'd0d1c8a799996bf0265b98b5d48ab919',
  },
  {
    name: 'test case 16 (with AAD, partial last block)',
    key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
    iv: 'cafebabefacedbaddecaf888',
    plaintext:
      'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
    ciphertext:
      '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
    tag: '76fc6ece0f4e1768cddf8853bb2d551b',
  },
] as const;

async function gcmKey(keyHex: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromHex(keyHex), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

function gcmParams(ivHex: string, aadHex: string): AesGcmParams {
  return { name: 'AES-GCM', iv: fromHex(ivHex), additionalData: fromHex(aadHex), tagLength: 128 };
}

describe('AES-256-GCM through WebCrypto (GCM specification)', () => {
  it.each(gcmCases)('$name: encrypts to the known ciphertext and tag', async (c) => {
    const out = await crypto.subtle.encrypt(
      gcmParams(c.iv, c.aad),
      await gcmKey(c.key),
      fromHex(c.plaintext),
    );
    expect(hex(new Uint8Array(out))).toBe(c.ciphertext + c.tag);
  });

  it.each(gcmCases)('$name: decrypts the known ciphertext and tag', async (c) => {
    const out = await crypto.subtle.decrypt(
      gcmParams(c.iv, c.aad),
      await gcmKey(c.key),
      fromHex(c.ciphertext + c.tag),
    );
    expect(hex(new Uint8Array(out))).toBe(c.plaintext);
  });

  it.each(gcmCases)('$name: refuses the ciphertext with one tag bit flipped', async (c) => {
    const sealed = fromHex(c.ciphertext + c.tag);
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
    await expect(
      crypto.subtle.decrypt(gcmParams(c.iv, c.aad), await gcmKey(c.key), sealed),
    ).rejects.toThrow();
  });
});

describe('HKDF-SHA-256 through WebCrypto (RFC 5869)', () => {
  it('test case 1', async () => {
    const ikm = await crypto.subtle.importKey('raw', new Uint8Array(22).fill(0x0b), 'HKDF', false, [
      'deriveBits',
    ]);
    const okm = await crypto.subtle.deriveBits(
      {
        name: 'HKDF',
        hash: 'SHA-256',
        salt: fromHex('000102030405060708090a0b0c'),
        info: fromHex('f0f1f2f3f4f5f6f7f8f9'),
      },
      ikm,
      42 * 8,
    );
    expect(hex(new Uint8Array(okm))).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
  });
});
