import { describe, expect, it } from 'vitest';
import { canonicalBytes, utf8Decode, utf8Encode } from './encoding';
import {
  decryptRecord,
  type EncryptedRecord,
  encryptRecord,
  RECORD_FORMAT_VERSION,
  recordAad,
  type RecordContext,
} from './records';
import { hex, rejectionKind } from './testing';

function flipped(bytes: Uint8Array, index: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

function without(record: EncryptedRecord, key: keyof EncryptedRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

async function aesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

const rawDek = crypto.getRandomValues(new Uint8Array(32));
const dek = await aesKey(rawDek);
const keyId = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ctx: RecordContext = { database: 'circlekeeper-vault-abc', table: 'notes', id: 'note-1' };
const message = utf8Encode('{"text":"Sam shared about the anniversary"}');

async function sealed(): Promise<EncryptedRecord> {
  return encryptRecord(dek, keyId, ctx, 3, message);
}

describe('encryptRecord / decryptRecord', () => {
  it('round-trips the payload and its schema version', async () => {
    const record = await sealed();
    expect(record.v).toBe(RECORD_FORMAT_VERSION);
    expect(record.sv).toBe(3);
    expect(record.keyId).toBe(keyId);
    expect(record.nonce).toHaveLength(12);
    expect(record.ct).toHaveLength(message.length + 16);
    const { sv, plaintext } = await decryptRecord(dek, keyId, ctx, record);
    expect(sv).toBe(3);
    expect(utf8Decode(plaintext)).toBe(utf8Decode(message));
  });

  it('round-trips an empty payload', async () => {
    const record = await encryptRecord(dek, keyId, ctx, 0, new Uint8Array(0));
    expect(record.ct).toHaveLength(16);
    expect((await decryptRecord(dek, keyId, ctx, record)).plaintext).toHaveLength(0);
  });

  it('uses a fresh nonce for every write, so equal payloads look different', async () => {
    const [a, b] = await Promise.all([sealed(), sealed()]);
    expect(hex(a.nonce)).not.toBe(hex(b.nonce));
    expect(hex(a.ct)).not.toBe(hex(b.ct));
  });

  it('ignores clear fields stored beside the record (a row’s id and timestamps)', async () => {
    const row = { ...(await sealed()), id: 'note-1', updatedAt: 1_700_000_000_000 };
    expect(utf8Decode((await decryptRecord(dek, keyId, ctx, row)).plaintext)).toBe(
      utf8Decode(message),
    );
  });

  it('follows the documented construction: AES-256-GCM, AAD = recordAad', async () => {
    const record = await sealed();
    expect(hex(recordAad(ctx, keyId, 3))).toBe(
      hex(canonicalBytes('circlekeeper/record', 1, ctx.database, ctx.table, ctx.id, 3, keyId)),
    );
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: Uint8Array.from(record.nonce),
        additionalData: recordAad(ctx, keyId, 3),
        tagLength: 128,
      },
      await aesKey(Uint8Array.from(rawDek)),
      Uint8Array.from(record.ct),
    );
    expect(hex(new Uint8Array(plain))).toBe(hex(message));
  });

  it('refuses a schema version that is not a non-negative integer', async () => {
    await expect(encryptRecord(dek, keyId, ctx, -1, message)).rejects.toThrow(RangeError);
    await expect(encryptRecord(dek, keyId, ctx, 1.5, message)).rejects.toThrow(RangeError);
  });
});

describe('tampering', () => {
  it('flipping any byte of the nonce is detected', async () => {
    const record = await sealed();
    for (let i = 0; i < record.nonce.length; i++) {
      const changed = { ...record, nonce: flipped(record.nonce, i) };
      expect(await rejectionKind(decryptRecord(dek, keyId, ctx, changed)), `nonce[${i}]`).toBe(
        'tampered',
      );
    }
  });

  it('flipping any byte of the ciphertext or of the tag is detected', async () => {
    const record = await sealed();
    for (let i = 0; i < record.ct.length; i++) {
      const changed = { ...record, ct: flipped(record.ct, i) };
      const where = i >= record.ct.length - 16 ? `tag[${i - (record.ct.length - 16)}]` : `ct[${i}]`;
      expect(await rejectionKind(decryptRecord(dek, keyId, ctx, changed)), where).toBe('tampered');
    }
  });

  it('changing any bound input is detected: database, table, id, schema version, key id', async () => {
    const record = await sealed();
    const attempts: readonly [string, () => Promise<unknown>][] = [
      [
        'database',
        () => decryptRecord(dek, keyId, { ...ctx, database: 'circlekeeper-vault-xyz' }, record),
      ],
      ['table', () => decryptRecord(dek, keyId, { ...ctx, table: 'plans' }, record)],
      ['id', () => decryptRecord(dek, keyId, { ...ctx, id: 'note-2' }, record)],
      ['sv', () => decryptRecord(dek, keyId, ctx, { ...record, sv: 2 })],
      [
        'keyId',
        () =>
          decryptRecord(dek, 'ZYXWVUTSRQPONMLKJIHGFEDCBA', ctx, {
            ...record,
            keyId: 'ZYXWVUTSRQPONMLKJIHGFEDCBA',
          }),
      ],
    ];
    // One at a time, each awaited as it starts, so none rejects unobserved.
    for (const [what, attempt] of attempts) {
      expect(await rejectionKind(attempt()), what).toBe('tampered');
    }
  });

  it('a ciphertext moved to another record does not open there', async () => {
    const first = await sealed();
    const second = await encryptRecord(dek, keyId, { ...ctx, id: 'note-2' }, 3, utf8Encode('{}'));
    expect(await rejectionKind(decryptRecord(dek, keyId, { ...ctx, id: 'note-2' }, first))).toBe(
      'tampered',
    );
    expect(await rejectionKind(decryptRecord(dek, keyId, ctx, second))).toBe('tampered');
  });

  it('a record under another data key with the same key id is detected', async () => {
    const other = await aesKey(crypto.getRandomValues(new Uint8Array(32)));
    expect(await rejectionKind(decryptRecord(other, keyId, ctx, await sealed()))).toBe('tampered');
  });

  it('a record written with another key id is the wrong key, not tampering', async () => {
    const record = await sealed();
    expect(await rejectionKind(decryptRecord(dek, 'ZYXWVUTSRQPONMLKJIHGFEDCBA', ctx, record))).toBe(
      'wrong-key',
    );
  });

  it('truncation: shorter than a tag is corrupted, one byte short is tampered', async () => {
    const record = await sealed();
    expect(
      await rejectionKind(
        decryptRecord(dek, keyId, ctx, { ...record, ct: record.ct.slice(0, 10) }),
      ),
    ).toBe('corrupted');
    expect(
      await rejectionKind(
        decryptRecord(dek, keyId, ctx, { ...record, ct: record.ct.slice(0, -1) }),
      ),
    ).toBe('tampered');
    expect(
      await rejectionKind(
        decryptRecord(dek, keyId, ctx, { ...record, ct: record.ct.slice(0, 16) }),
      ),
    ).toBe('tampered');
  });
});

describe('what is stored is checked before it is trusted', () => {
  it('a newer record format is unsupported', async () => {
    const record = await sealed();
    expect(await rejectionKind(decryptRecord(dek, keyId, ctx, { ...record, v: 2 }))).toBe(
      'unsupported-version',
    );
    expect(await rejectionKind(decryptRecord(dek, keyId, ctx, { ...record, v: 0 }))).toBe(
      'unsupported-version',
    );
  });

  it('garbage shapes are corrupted', async () => {
    const record = await sealed();
    const noNonce = without(record, 'nonce');
    const noVersion = without(record, 'v');
    const noKeyId = without(record, 'keyId');
    const shapes: readonly unknown[] = [
      null,
      undefined,
      42,
      'ciphertext',
      [],
      {},
      noNonce,
      noVersion,
      noKeyId,
      { ...record, v: '1' },
      { ...record, sv: '3' },
      { ...record, sv: -1 },
      { ...record, sv: 1.5 },
      { ...record, keyId: 7 },
      { ...record, nonce: Array.from(record.nonce) },
      { ...record, ct: record.ct.buffer },
      { ...record, ct: new Uint16Array(record.ct.length) },
      { ...record, nonce: record.nonce.subarray(0, 11) },
      { ...record, nonce: new Uint8Array(13) },
    ];
    for (const shape of shapes) {
      expect(await rejectionKind(decryptRecord(dek, keyId, ctx, shape))).toBe('corrupted');
    }
  });

  it('checks in order: shape, then version, then lengths, then key id, then authentication', async () => {
    const record = await sealed();
    const noNonce = without(record, 'nonce');
    const otherKeyId = 'ZYXWVUTSRQPONMLKJIHGFEDCBA';
    const cases: readonly [unknown, string][] = [
      [{ ...noNonce, v: 2 }, 'corrupted'],
      [{ ...record, v: 2, nonce: new Uint8Array(5) }, 'unsupported-version'],
      [{ ...record, v: 2, keyId: otherKeyId }, 'unsupported-version'],
      [{ ...record, ct: new Uint8Array(3), keyId: otherKeyId }, 'corrupted'],
      [{ ...record, keyId: otherKeyId, ct: flipped(record.ct, 0) }, 'wrong-key'],
    ];
    for (const [stored, kind] of cases) {
      expect(await rejectionKind(decryptRecord(dek, keyId, ctx, stored))).toBe(kind);
    }
  });
});
