/**
 * Known answers for the Argon2id that deriveKek runs (hash-wasm), as a chain:
 *
 * 1. hash-wasm reproduces the reference implementation's Argon2id vectors (phc-winner-argon2,
 *    src/test.c, version 0x13, 32-byte tags). Those vectors use no secret and no associated data.
 * 2. The RFC 9106 §5.3 Argon2id vector uses both a secret and associated data. hash-wasm has no
 *    associated-data input, so it cannot run it; @noble/hashes can (key = secret,
 *    personalization = associated data), and reproducing it shows noble is a faithful Argon2id.
 * 3. hash-wasm and noble agree on several parameter sets, some with a secret, which ties
 *    hash-wasm's handling of every input it has to the RFC through noble.
 *
 * Nothing here was adjusted to fit: every expected value is quoted from its source.
 */

import { argon2id as nobleArgon2id } from '@noble/hashes/argon2.js';
import { argon2id as wasmArgon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { utf8Encode } from './encoding';
import { hex } from './testing';

function fill(length: number, byte: number): Uint8Array {
  return new Uint8Array(length).fill(byte);
}

describe('hash-wasm argon2id: reference implementation vectors (phc-winner-argon2 src/test.c)', () => {
  const vectors = [
    {
      password: 'password',
      salt: 'somesalt',
      t: 2,
      m: 2 ** 16,
      p: 1,
      tag: '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7',
    },
    {
      password: 'password',
      salt: 'somesalt',
      t: 2,
      m: 2 ** 8,
      p: 1,
      tag: '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe',
    },
    {
      password: 'password',
      salt: 'somesalt',
      t: 2,
      m: 2 ** 8,
      p: 2,
      tag: '6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037',
    },
    {
      password: 'password',
      salt: 'somesalt',
      t: 1,
      m: 2 ** 16,
      p: 1,
      tag: 'f6a5adc1ba723dddef9b5ac1d464e180fcd9dffc9d1cbf76cca2fed795d9ca98',
    },
    {
      password: 'password',
      salt: 'somesalt',
      t: 4,
      m: 2 ** 16,
      p: 1,
      tag: '9025d48e68ef7395cca9079da4c4ec3affb3c8911fe4f86d1a2520856f63172c',
    },
    {
      password: 'differentpassword',
      salt: 'somesalt',
      t: 2,
      m: 2 ** 16,
      p: 1,
      tag: '0b84d652cf6b0c4beaef0dfe278ba6a80df6696281d7e0d2891b817d8c458fde',
    },
    {
      password: 'password',
      salt: 'diffsalt',
      t: 2,
      m: 2 ** 16,
      p: 1,
      tag: 'bdf32b05ccc42eb15d58fd19b1f856b113da1e9a5874fdcc544308565aa8141c',
    },
  ] as const;

  it.each(vectors)('$password / $salt, t=$t, m=$m KiB, p=$p', async (v) => {
    const tag = await wasmArgon2id({
      password: v.password,
      salt: v.salt,
      iterations: v.t,
      memorySize: v.m,
      parallelism: v.p,
      hashLength: 32,
      outputType: 'hex',
    });
    expect(tag).toBe(v.tag);
  });
});

describe('@noble/hashes argon2id: RFC 9106 §5.3', () => {
  it('reproduces the Argon2id test vector (secret and associated data)', () => {
    const tag = nobleArgon2id(fill(32, 0x01), fill(16, 0x02), {
      t: 3,
      m: 32,
      p: 4,
      dkLen: 32,
      key: fill(8, 0x03),
      personalization: fill(12, 0x04),
    });
    expect(hex(tag)).toBe('0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659');
  });

  it('gives another tag when any input changes (so the vector above is not vacuous)', () => {
    const base = { t: 3, m: 32, p: 4, dkLen: 32, key: fill(8, 0x03) };
    const tag = hex(
      nobleArgon2id(fill(32, 1), fill(16, 2), { ...base, personalization: fill(12, 4) }),
    );
    expect(
      hex(nobleArgon2id(fill(32, 1), fill(16, 2), { ...base, personalization: fill(12, 5) })),
    ).not.toBe(tag);
    expect(
      hex(
        nobleArgon2id(fill(32, 1), fill(16, 2), {
          ...base,
          key: fill(8, 4),
          personalization: fill(12, 4),
        }),
      ),
    ).not.toBe(tag);
  });
});

describe('hash-wasm and @noble/hashes agree (no associated data)', () => {
  const sets = [
    {
      password: utf8Encode('password'),
      salt: utf8Encode('somesalt'),
      t: 3,
      m: 64,
      p: 1,
      secret: undefined,
    },
    { password: fill(32, 0x01), salt: fill(16, 0x02), t: 3, m: 32, p: 4, secret: fill(8, 0x03) },
    {
      password: utf8Encode('correct horse battery staple'),
      salt: fill(16, 0xa5),
      t: 2,
      m: 256,
      p: 1,
      secret: fill(32, 0x42),
    },
    {
      password: utf8Encode('été ﬁ ١٢٣'),
      salt: utf8Encode('0123456789abcdef'),
      t: 4,
      m: 128,
      p: 2,
      secret: utf8Encode('pepper'),
    },
    { password: fill(1, 0), salt: fill(16, 0), t: 2, m: 512, p: 1, secret: undefined },
  ];

  it.each(sets.map((set, index) => ({ ...set, index })))(
    'set $index: t=$t, m=$m KiB, p=$p',
    async ({ password, salt, t, m, p, secret }) => {
      const wasm = await wasmArgon2id({
        password,
        salt,
        iterations: t,
        memorySize: m,
        parallelism: p,
        hashLength: 32,
        outputType: 'binary',
        ...(secret ? { secret } : {}),
      });
      const noble = nobleArgon2id(password, salt, {
        t,
        m,
        p,
        dkLen: 32,
        ...(secret ? { key: secret } : {}),
      });
      expect(hex(wasm)).toBe(hex(noble));
    },
  );
});
