import { argon2id } from '@noble/hashes/argon2.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it, vi } from 'vitest';
import {
  base64Encode,
  canonicalBytes,
  concatBytes,
  formatRecoveryKey,
  parseRecoveryKey,
  utf8Decode,
  utf8Encode,
} from './encoding';
import {
  changePassphrase,
  createVault,
  decodeHeader,
  encodeHeader,
  openWithPassphrase,
  openWithRecoveryKey,
  type VaultHeader,
} from './envelope';
import { deriveKek, KDF_FLOOR, type KdfParams, makeKdfParams } from './kdf';
import { decryptRecord, encryptRecord, type RecordContext } from './records';
import { hex, rejectionKind, thrownKind } from './testing';

// The floor keeps each derivation near 0.1 s; the envelope does not depend on the cost.
const kdf: KdfParams = makeKdfParams(KDF_FLOOR);
const passphrase = 'quiet river at dawn';

function flipped(bytes: Uint8Array, index: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

const ctx: RecordContext = { database: 'vault-a', table: 'notes', id: 'n1' };
const note = utf8Encode('{"text":"private"}');

/** Proves two DEKs are the same key: what one encrypts, the other decrypts. */
async function sameDek(a: CryptoKey, b: CryptoKey, keyId: string): Promise<boolean> {
  const record = await encryptRecord(a, keyId, ctx, 1, note);
  const { plaintext } = await decryptRecord(b, keyId, ctx, record);
  return hex(plaintext) === hex(note);
}

const vault = await createVault({ vaultId: 'vault-a', passphrase, kdf });
const { header } = vault;

describe('createVault', () => {
  it('writes a header of the documented shape', () => {
    expect(header.formatVersion).toBe(1);
    expect(header.vaultId).toBe('vault-a');
    expect(header.keyId).toMatch(/^[A-Z2-7]{26}$/u);
    expect(header.kdf).toEqual(kdf);
    expect(header.salt).toHaveLength(16);
    for (const slot of [header.passphraseSlot, header.recoverySlot]) {
      expect(slot.nonce).toHaveLength(12);
      expect(slot.ciphertext).toHaveLength(48);
    }
    expect(vault.recoveryKey).toHaveLength(32);
  });

  it('hands out the DEK as a non-extractable AES-256-GCM key', async () => {
    expect(vault.dek.extractable).toBe(false);
    expect(vault.dek.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
    expect([...vault.dek.usages].sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', vault.dek)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('jwk', vault.dek)).rejects.toThrow();
  });

  it('draws fresh randomness for every vault, even with the same id and passphrase', async () => {
    const again = await createVault({ vaultId: 'vault-a', passphrase, kdf });
    expect(again.header.keyId).not.toBe(header.keyId);
    expect(hex(again.header.salt)).not.toBe(hex(header.salt));
    expect(hex(again.recoveryKey)).not.toBe(hex(vault.recoveryKey));
    expect(await sameDek(vault.dek, again.dek, header.keyId).catch(() => false)).toBe(false);
  });

  it('refuses an empty passphrase, a vault id outside the rule, and a weak KDF', async () => {
    await expect(createVault({ vaultId: 'v', passphrase: '', kdf })).rejects.toThrow(RangeError);
    await expect(createVault({ vaultId: 'has space', passphrase, kdf })).rejects.toThrow(
      RangeError,
    );
    await expect(createVault({ vaultId: '', passphrase, kdf })).rejects.toThrow(RangeError);
    await expect(createVault({ vaultId: 'x'.repeat(129), passphrase, kdf })).rejects.toThrow(
      RangeError,
    );
    expect(
      await rejectionKind(
        createVault({ vaultId: 'v', passphrase, kdf: { ...kdf, iterations: 1 } }),
      ),
    ).toBe('kdf-out-of-range');
  });

  it('uses the KEK deriver it is given (a Web Worker in the app) with the raw passphrase', async () => {
    const derive = vi.fn(deriveKek);
    const created = await createVault({ vaultId: 'v', passphrase: 'ﬁne tea', kdf, derive });
    expect(derive).toHaveBeenCalledTimes(1);
    expect(derive.mock.calls[0]?.[0]).toBe('ﬁne tea');
    expect(derive.mock.calls[0]?.[2]).toEqual(kdf);
    await openWithPassphrase(created.header, 'ﬁne tea', derive);
    expect(derive).toHaveBeenCalledTimes(2);
  });

  it('treats a deriver that returns the wrong size as a bug', async () => {
    const derive = async () => new Uint8Array(31);
    await expect(createVault({ vaultId: 'v', passphrase, kdf, derive })).rejects.toThrow(TypeError);
  });
});

describe('opening', () => {
  it('with the passphrase gives the same DEK', async () => {
    const dek = await openWithPassphrase(header, passphrase);
    expect(dek.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', dek)).rejects.toThrow();
    expect(await sameDek(vault.dek, dek, header.keyId)).toBe(true);
    expect(await sameDek(dek, vault.dek, header.keyId)).toBe(true);
  });

  it('with a wrong passphrase is the wrong key', async () => {
    expect(await rejectionKind(openWithPassphrase(header, 'quiet river at dusk'))).toBe(
      'wrong-key',
    );
    expect(await rejectionKind(openWithPassphrase(header, 'Quiet river at dawn'))).toBe(
      'wrong-key',
    );
    expect(await rejectionKind(openWithPassphrase(header, ''))).toBe('wrong-key');
  });

  it('normalizes the passphrase: typed decomposed, it opens a vault created composed', async () => {
    const created = await createVault({ vaultId: 'v-nfkc', passphrase: 'Café ﬁve １２３', kdf });
    const dek = await openWithPassphrase(created.header, 'Cafe\u0301 five 123');
    expect(await sameDek(created.dek, dek, created.header.keyId)).toBe(true);
  });

  it('with the recovery key gives the same DEK, typed back in any case', async () => {
    const typed = formatRecoveryKey(vault.recoveryKey).toLowerCase().replaceAll(' ', '-');
    const dek = await openWithRecoveryKey(header, parseRecoveryKey(typed));
    expect(dek.extractable).toBe(false);
    expect(await sameDek(vault.dek, dek, header.keyId)).toBe(true);
  });

  it('with a wrong recovery key is the wrong key; with one of the wrong size, corrupted', async () => {
    expect(await rejectionKind(openWithRecoveryKey(header, flipped(vault.recoveryKey, 31)))).toBe(
      'wrong-key',
    );
    expect(
      await rejectionKind(openWithRecoveryKey(header, vault.recoveryKey.subarray(0, 31))),
    ).toBe('corrupted');
  });

  it('never opens one vault with another’s secrets or slots', async () => {
    const other = await createVault({ vaultId: 'vault-b', passphrase, kdf });
    expect(await rejectionKind(openWithRecoveryKey(other.header, vault.recoveryKey))).toBe(
      'wrong-key',
    );
    const grafted: VaultHeader = { ...other.header, passphraseSlot: header.passphraseSlot };
    expect(await rejectionKind(openWithPassphrase(grafted, passphrase))).toBe('wrong-key');
    const graftedRecovery: VaultHeader = { ...other.header, recoverySlot: header.recoverySlot };
    expect(await rejectionKind(openWithRecoveryKey(graftedRecovery, vault.recoveryKey))).toBe(
      'wrong-key',
    );
  });
});

describe('a tampered header', () => {
  // Every edit to a bound field fails the same way as a wrong passphrase: GCM cannot tell.
  const otherKeyId = 'AAAAAAAAAAAAAAAAAAAAAAAAAA';

  it('with a flipped salt, nonce or wrapped-key byte, or swapped slots, is the wrong key', async () => {
    const edits: readonly [string, VaultHeader][] = [
      ['salt', { ...header, salt: flipped(header.salt, 0) }],
      [
        'nonce',
        {
          ...header,
          passphraseSlot: {
            ...header.passphraseSlot,
            nonce: flipped(header.passphraseSlot.nonce, 11),
          },
        },
      ],
      [
        'ciphertext',
        {
          ...header,
          passphraseSlot: {
            ...header.passphraseSlot,
            ciphertext: flipped(header.passphraseSlot.ciphertext, 5),
          },
        },
      ],
      [
        'tag',
        {
          ...header,
          passphraseSlot: {
            ...header.passphraseSlot,
            ciphertext: flipped(header.passphraseSlot.ciphertext, 47),
          },
        },
      ],
      [
        'swapped slots',
        { ...header, passphraseSlot: header.recoverySlot, recoverySlot: header.passphraseSlot },
      ],
    ];
    for (const [what, edited] of edits) {
      expect(await rejectionKind(openWithPassphrase(edited, passphrase)), what).toBe('wrong-key');
    }
  });

  it('with other KDF parameters in range is the wrong key (they are bound)', async () => {
    const edited: VaultHeader = { ...header, kdf: { ...kdf, iterations: kdf.iterations + 1 } };
    expect(await rejectionKind(openWithPassphrase(edited, passphrase))).toBe('wrong-key');
  });

  it('with KDF parameters out of range is refused before deriving', async () => {
    const derive = vi.fn(deriveKek);
    for (const change of [
      { iterations: 11 },
      { iterations: 1 },
      { memoryKiB: 1024 },
      { memoryKiB: 2 ** 21 },
    ]) {
      const edited = { ...header, kdf: { ...kdf, ...change } };
      expect(await rejectionKind(openWithPassphrase(edited, passphrase, derive))).toBe(
        'kdf-out-of-range',
      );
    }
    expect(derive).not.toHaveBeenCalled();
  });

  it('with another vault id or key id opens with neither secret', async () => {
    for (const edited of [
      { ...header, vaultId: 'vault-b' },
      { ...header, keyId: otherKeyId },
    ]) {
      expect(await rejectionKind(openWithPassphrase(edited, passphrase))).toBe('wrong-key');
      expect(await rejectionKind(openWithRecoveryKey(edited, vault.recoveryKey))).toBe('wrong-key');
    }
  });

  it('with a damaged recovery slot still opens with the passphrase, and the reverse', async () => {
    const noRecovery = {
      ...header,
      recoverySlot: {
        ...header.recoverySlot,
        ciphertext: flipped(header.recoverySlot.ciphertext, 0),
      },
    };
    expect(await rejectionKind(openWithRecoveryKey(noRecovery, vault.recoveryKey))).toBe(
      'wrong-key',
    );
    expect(
      await sameDek(vault.dek, await openWithPassphrase(noRecovery, passphrase), header.keyId),
    ).toBe(true);
    const noPassphrase = { ...header, salt: flipped(header.salt, 3) };
    expect(
      await sameDek(
        vault.dek,
        await openWithRecoveryKey(noPassphrase, vault.recoveryKey),
        header.keyId,
      ),
    ).toBe(true);
  });

  it('with fields of the wrong size or shape is corrupted', async () => {
    const edits: readonly unknown[] = [
      { ...header, salt: header.salt.subarray(0, 15) },
      { ...header, passphraseSlot: { ...header.passphraseSlot, nonce: new Uint8Array(16) } },
      { ...header, recoverySlot: { ...header.recoverySlot, ciphertext: new Uint8Array(32) } },
      { ...header, keyId: 'abc' },
      { ...header, keyId: 'AAAAAAAAAAAAAAAAAAAAAAAAAB' }, // non-zero bits after the 16th byte
      { ...header, vaultId: '' },
      { ...header, extra: true },
      { ...header, passphraseSlot: null },
    ];
    for (const edited of edits) {
      expect(await rejectionKind(openWithPassphrase(edited as VaultHeader, passphrase))).toBe(
        'corrupted',
      );
    }
    expect(
      await rejectionKind(
        openWithPassphrase({ ...header, formatVersion: 2 } as unknown as VaultHeader, passphrase),
      ),
    ).toBe('unsupported-version');
  });
});

describe('changePassphrase', () => {
  it('re-wraps the same DEK: the old passphrase fails, the new one and the recovery key work, old records still read', async () => {
    const created = await createVault({ vaultId: 'v-change', passphrase: 'first passphrase', kdf });
    const before = await encryptRecord(created.dek, created.header.keyId, ctx, 1, note);
    const newKdf = makeKdfParams({ memoryKiB: KDF_FLOOR.memoryKiB, iterations: 3 });
    const changed = await changePassphrase(
      created.header,
      { passphrase: 'first passphrase' },
      'second passphrase',
      newKdf,
    );

    expect(changed.vaultId).toBe(created.header.vaultId);
    expect(changed.keyId).toBe(created.header.keyId);
    expect(changed.recoverySlot).toEqual(created.header.recoverySlot);
    expect(changed.kdf).toEqual(newKdf);
    expect(hex(changed.salt)).not.toBe(hex(created.header.salt));
    expect(hex(changed.passphraseSlot.ciphertext)).not.toBe(
      hex(created.header.passphraseSlot.ciphertext),
    );

    expect(await rejectionKind(openWithPassphrase(changed, 'first passphrase'))).toBe('wrong-key');
    const dek = await openWithPassphrase(changed, 'second passphrase');
    const { plaintext } = await decryptRecord(dek, changed.keyId, ctx, before);
    expect(utf8Decode(plaintext)).toBe(utf8Decode(note));
    expect(
      await sameDek(
        created.dek,
        await openWithRecoveryKey(changed, created.recoveryKey),
        changed.keyId,
      ),
    ).toBe(true);

    // The header as stored round-trips and keeps working.
    expect(
      await sameDek(
        created.dek,
        await openWithPassphrase(decodeHeader(encodeHeader(changed)), 'second passphrase'),
        changed.keyId,
      ),
    ).toBe(true);
  });

  it('works from the recovery key when the passphrase is forgotten', async () => {
    const changed = await changePassphrase(
      header,
      { recoveryKey: vault.recoveryKey },
      'a new beginning',
      kdf,
    );
    expect(
      await sameDek(vault.dek, await openWithPassphrase(changed, 'a new beginning'), header.keyId),
    ).toBe(true);
    expect(await rejectionKind(openWithPassphrase(changed, passphrase))).toBe('wrong-key');
  });

  it('needs the current secret and a non-empty new passphrase, and leaves nothing half-done', async () => {
    expect(
      await rejectionKind(changePassphrase(header, { passphrase: 'guess' }, 'new one', kdf)),
    ).toBe('wrong-key');
    expect(
      await rejectionKind(
        changePassphrase(header, { recoveryKey: new Uint8Array(32) }, 'new one', kdf),
      ),
    ).toBe('wrong-key');
    await expect(changePassphrase(header, { passphrase }, '', kdf)).rejects.toThrow(RangeError);
    expect(
      await rejectionKind(
        changePassphrase(header, { passphrase }, 'new one', { ...kdf, memoryKiB: 8 }),
      ),
    ).toBe('kdf-out-of-range');
    // The header given is never modified.
    expect(
      await sameDek(vault.dek, await openWithPassphrase(header, passphrase), header.keyId),
    ).toBe(true);
  });
});

describe('header bytes', () => {
  const bytes = encodeHeader(header);

  /** Re-spells the header with its JSON body edited, keeping the magic and version byte. */
  function withBody(edit: (body: Record<string, unknown>) => void, version = 1): Uint8Array {
    const body = JSON.parse(utf8Decode(bytes.subarray(5))) as Record<string, unknown>;
    edit(body);
    return concatBytes(
      utf8Encode('CKVH'),
      Uint8Array.of(version),
      utf8Encode(JSON.stringify(body)),
    );
  }

  function kdfOf(body: Record<string, unknown>): Record<string, unknown> {
    return body.kdf as Record<string, unknown>;
  }

  it('start with the magic "CKVH" and the format version, then the documented JSON', () => {
    expect(utf8Decode(bytes.subarray(0, 4))).toBe('CKVH');
    expect(bytes[4]).toBe(1);
    const body = JSON.parse(utf8Decode(bytes.subarray(5))) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      'vaultId',
      'keyId',
      'kdf',
      'salt',
      'passphraseSlot',
      'recoverySlot',
    ]);
    expect(body).toEqual({
      vaultId: 'vault-a',
      keyId: header.keyId,
      kdf: {
        algorithm: 'argon2id',
        version: 19,
        memoryKiB: kdf.memoryKiB,
        iterations: kdf.iterations,
        parallelism: 1,
      },
      salt: base64Encode(header.salt),
      passphraseSlot: {
        nonce: base64Encode(header.passphraseSlot.nonce),
        ciphertext: base64Encode(header.passphraseSlot.ciphertext),
      },
      recoverySlot: {
        nonce: base64Encode(header.recoverySlot.nonce),
        ciphertext: base64Encode(header.recoverySlot.ciphertext),
      },
    });
  });

  it('round-trip exactly, both ways, and the decoded header opens', async () => {
    const decoded = decodeHeader(bytes);
    expect(decoded).toEqual(header);
    expect(hex(encodeHeader(decoded))).toBe(hex(bytes));
    expect(
      await sameDek(vault.dek, await openWithPassphrase(decoded, passphrase), header.keyId),
    ).toBe(true);
  });

  it('from another format version are unsupported', () => {
    for (const version of [0, 2, 255]) {
      const other = Uint8Array.from(bytes);
      other[4] = version;
      expect(
        thrownKind(() => decodeHeader(other)),
        `version ${version}`,
      ).toBe('unsupported-version');
    }
  });

  it('with KDF parameters below the floor or above the ceiling are out of range', () => {
    const edits: readonly ((body: Record<string, unknown>) => void)[] = [
      (body) => (kdfOf(body).memoryKiB = KDF_FLOOR.memoryKiB - 1),
      (body) => (kdfOf(body).iterations = 1),
      (body) => (kdfOf(body).memoryKiB = 2 ** 20 + 1),
      (body) => (kdfOf(body).iterations = 11),
      (body) => (kdfOf(body).iterations = 2.5),
    ];
    for (const edit of edits)
      expect(thrownKind(() => decodeHeader(withBody(edit)))).toBe('kdf-out-of-range');
    expect(
      thrownKind(() => decodeHeader(withBody((body) => (kdfOf(body).algorithm = 'argon2d')))),
    ).toBe('unsupported-version');
  });

  it('as written, re-spelled unchanged, still decode (so the cases below test one thing each)', () => {
    expect(hex(withBody(() => undefined))).toBe(hex(bytes));
  });

  it('truncated, foreign or malformed are corrupted', () => {
    const cases: readonly [string, Uint8Array][] = [
      ['empty', new Uint8Array(0)],
      ['magic only', bytes.subarray(0, 4)],
      ['no body', bytes.subarray(0, 5)],
      ['one byte short', bytes.subarray(0, bytes.length - 1)],
      ['half', bytes.subarray(0, bytes.length >> 1)],
      ['trailing byte', concatBytes(bytes, Uint8Array.of(0x20))],
      ['other magic', concatBytes(utf8Encode('CKVX'), bytes.subarray(4))],
      ['a JSON file', utf8Encode('{"vaultId":"vault-a"}')],
      ['invalid UTF-8', concatBytes(bytes.subarray(0, 5), Uint8Array.of(0xff))],
      ['not an object', concatBytes(bytes.subarray(0, 5), utf8Encode('[]'))],
      ['null', concatBytes(bytes.subarray(0, 5), utf8Encode('null'))],
      [
        'whitespace',
        concatBytes(
          bytes.subarray(0, 5),
          utf8Encode(JSON.stringify(JSON.parse(utf8Decode(bytes.subarray(5))), null, 1)),
        ),
      ],
      ['extra field', withBody((body) => (body.note = 'hi'))],
      ['missing field', withBody((body) => delete body.recoverySlot)],
      [
        'reordered fields',
        withBody((body) => {
          const { vaultId } = body;
          delete body.vaultId;
          body.vaultId = vaultId;
        }),
      ],
      ['short salt', withBody((body) => (body.salt = base64Encode(new Uint8Array(15))))],
      ['salt not base64', withBody((body) => (body.salt = 'not base64!'))],
      ['salt as an array', withBody((body) => (body.salt = Array.from(header.salt)))],
      [
        'short wrapped key',
        withBody(
          (body) =>
            ((body.passphraseSlot as Record<string, unknown>).ciphertext = base64Encode(
              new Uint8Array(47),
            )),
        ),
      ],
      ['slot not an object', withBody((body) => (body.recoverySlot = 'x'))],
      ['bad key id', withBody((body) => (body.keyId = 'lowercase-key-id-000000000'))],
      ['vault id with a space', withBody((body) => (body.vaultId = 'vault a'))],
      ['kdf as a string', withBody((body) => (body.kdf = 'argon2id'))],
    ];
    for (const [what, edited] of cases)
      expect(
        thrownKind(() => decodeHeader(edited)),
        what,
      ).toBe('corrupted');
  });

  it('are written only for a valid header', () => {
    expect(thrownKind(() => encodeHeader({ ...header, salt: new Uint8Array(8) }))).toBe(
      'corrupted',
    );
  });
});

describe('the construction, recomputed independently', () => {
  // If these fail, headers written before a change could no longer be opened: the slots must
  // stay exactly as DESIGN.md and envelope.ts describe them.
  async function unwrapWith(
    kekBytes: Uint8Array,
    slot: VaultHeader['passphraseSlot'],
    aad: Uint8Array<ArrayBuffer>,
  ) {
    const kek = await crypto.subtle.importKey('raw', Uint8Array.from(kekBytes), 'AES-GCM', false, [
      'decrypt',
    ]);
    const raw = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: Uint8Array.from(slot.nonce), additionalData: aad, tagLength: 128 },
      kek,
      Uint8Array.from(slot.ciphertext),
    );
    return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  }

  it('passphrase slot: AES-256-GCM under Argon2id(NFKC passphrase, salt), AAD binding the KDF and salt', async () => {
    const kek = argon2id(utf8Encode(passphrase), header.salt, {
      t: kdf.iterations,
      m: kdf.memoryKiB,
      p: 1,
      dkLen: 32,
    });
    const aad = canonicalBytes(
      'circlekeeper/vault-header',
      1,
      header.vaultId,
      header.keyId,
      'passphrase',
      'argon2id',
      19,
      kdf.memoryKiB,
      kdf.iterations,
      1,
      header.salt,
    );
    expect(
      await sameDek(vault.dek, await unwrapWith(kek, header.passphraseSlot, aad), header.keyId),
    ).toBe(true);
  });

  it('recovery slot: AES-256-GCM under HKDF-SHA-256(recovery key, "circlekeeper/recovery/v1", vault id), AAD without the KDF', async () => {
    const kek = hkdf(
      sha256,
      vault.recoveryKey,
      utf8Encode('circlekeeper/recovery/v1'),
      utf8Encode(header.vaultId),
      32,
    );
    const aad = canonicalBytes(
      'circlekeeper/vault-header',
      1,
      header.vaultId,
      header.keyId,
      'recovery',
    );
    expect(
      await sameDek(vault.dek, await unwrapWith(kek, header.recoverySlot, aad), header.keyId),
    ).toBe(true);
  });
});
