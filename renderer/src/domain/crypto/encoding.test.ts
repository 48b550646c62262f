import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  base64Decode,
  base64Encode,
  canonicalBytes,
  concatBytes,
  copyBytes,
  formatRecoveryKey,
  isBytes,
  parseRecoveryKey,
  randomBytes,
  utf8Decode,
  utf8Encode,
} from './encoding';
import { hex, thrownKind } from './testing';

describe('utf8', () => {
  it('round-trips text outside ASCII', () => {
    const text = 'Réunion — مجموعة الدعم 🌱';
    expect(utf8Decode(utf8Encode(text))).toBe(text);
    expect(hex(utf8Encode('é'))).toBe('c3a9');
  });

  it('refuses malformed UTF-8 instead of substituting U+FFFD', () => {
    expect(thrownKind(() => utf8Decode(Uint8Array.of(0x61, 0xff)))).toBe('corrupted');
    expect(thrownKind(() => utf8Decode(Uint8Array.of(0xc3)))).toBe('corrupted');
  });
});

describe('bytes', () => {
  it('concatenates in order', () => {
    expect(hex(concatBytes(Uint8Array.of(1, 2), new Uint8Array(0), Uint8Array.of(3)))).toBe(
      '010203',
    );
    expect(concatBytes()).toHaveLength(0);
  });

  it('copies into a private buffer', () => {
    const original = Uint8Array.of(1, 2, 3);
    const copy = copyBytes(original);
    copy.fill(0);
    expect(hex(original)).toBe('010203');
  });

  it('gives random bytes of the length asked, also past getRandomValues’ 64 KiB limit', () => {
    expect(randomBytes(0)).toHaveLength(0);
    const big = randomBytes(100_000);
    expect(big).toHaveLength(100_000);
    // The chance that the second chunk is all zeros by luck is 2^-278,528.
    expect(big.subarray(65_536).some((byte) => byte !== 0)).toBe(true);
    expect(hex(randomBytes(16))).not.toBe(hex(randomBytes(16)));
    expect(() => randomBytes(-1)).toThrow(RangeError);
    expect(() => randomBytes(1.5)).toThrow(RangeError);
  });

  it('recognises a Uint8Array from another realm, and nothing else', () => {
    const foreign: unknown = runInNewContext('new Uint8Array([1, 2])');
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(isBytes(foreign)).toBe(true);
    expect(isBytes(new Uint8Array(1))).toBe(true);
    expect(isBytes(new Uint16Array(1))).toBe(false);
    expect(isBytes(new ArrayBuffer(1))).toBe(false);
    expect(isBytes([1, 2])).toBe(false);
  });
});

describe('base32', () => {
  // RFC 4648 §10, with the padding removed.
  const vectors: readonly (readonly [string, string])[] = [
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ];

  it.each(vectors)('encodes %j as %j and back', (text, encoded) => {
    expect(base32Encode(utf8Encode(text))).toBe(encoded);
    expect(utf8Decode(base32Decode(encoded))).toBe(text);
  });

  it('round-trips every length and byte value', () => {
    for (let length = 0; length <= 40; length++) {
      const bytes = randomBytes(length);
      expect(hex(base32Decode(base32Encode(bytes)))).toBe(hex(bytes));
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(hex(base32Decode(base32Encode(all)))).toBe(hex(all));
  });

  it('forgives case, spaces, hyphens and line breaks', () => {
    expect(utf8Decode(base32Decode('mzxw6ytboi'))).toBe('foobar');
    expect(utf8Decode(base32Decode(' MZXW-6ytb\nOI\r\n\t'))).toBe('foobar');
  });

  it('reads 0, 1 and 8 as O, I and B', () => {
    expect(utf8Decode(base32Decode('MZXW6YTB0I'))).toBe('foobar');
    expect(utf8Decode(base32Decode('MZXW6YTBO1'))).toBe('foobar');
    expect(utf8Decode(base32Decode('MZXW6YT8OI'))).toBe('foobar');
  });

  it('refuses characters outside the alphabet', () => {
    for (const text of ['MZXW6YT9', 'MZXW6Y=Q', 'MY==', 'MZ_W', 'MZ.W', 'Mı', 'MÝ', 'M🌱']) {
      expect(
        thrownKind(() => base32Decode(text)),
        text,
      ).toBe('corrupted');
    }
  });

  it('refuses lengths no whole number of bytes gives', () => {
    for (const text of ['M', 'MZX', 'MZXW6Y', 'MZXW6YTBO']) {
      expect(
        thrownKind(() => base32Decode(text)),
        text,
      ).toBe('corrupted');
    }
  });

  it('refuses non-zero bits after the last byte, so each value has one spelling', () => {
    expect(utf8Decode(base32Decode('MY'))).toBe('f');
    expect(thrownKind(() => base32Decode('MZ'))).toBe('corrupted');
  });
});

describe('recovery keys', () => {
  const key = Uint8Array.from({ length: 32 }, (_, i) => i * 7);

  it('format as 13 groups of four base32 characters', () => {
    const text = formatRecoveryKey(key);
    expect(text).toMatch(/^(?:[A-Z2-7]{4} ){12}[A-Z2-7]{4}$/u);
    expect(text.replaceAll(' ', '')).toBe(base32Encode(key));
    expect(text.replaceAll(' ', '')).toHaveLength(52);
  });

  it('parse back as typed: lower case, hyphens, line breaks, confusables', () => {
    const text = formatRecoveryKey(key);
    expect(hex(parseRecoveryKey(text))).toBe(hex(key));
    expect(hex(parseRecoveryKey(text.toLowerCase().replaceAll(' ', '-')))).toBe(hex(key));
    expect(hex(parseRecoveryKey(text.replaceAll(' ', '').replace(/(.{26})/u, '$1\n')))).toBe(
      hex(key),
    );
    expect(hex(parseRecoveryKey(text.replaceAll('O', '0').replaceAll('I', '1')))).toBe(hex(key));
  });

  it('refuse anything that is not exactly 32 bytes', () => {
    const text = formatRecoveryKey(key);
    expect(thrownKind(() => parseRecoveryKey(formatRecoveryKey(key.subarray(0, 31))))).toBe(
      'corrupted',
    );
    expect(thrownKind(() => parseRecoveryKey(`${text} AAAA AAAA`))).toBe('corrupted');
    expect(thrownKind(() => parseRecoveryKey(text.slice(0, -1)))).toBe('corrupted');
    expect(thrownKind(() => parseRecoveryKey(''))).toBe('corrupted');
    expect(thrownKind(() => parseRecoveryKey(`${text.slice(0, -1)}9`))).toBe('corrupted');
  });
});

describe('base64', () => {
  // RFC 4648 §10.
  const vectors: readonly (readonly [string, string])[] = [
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ];

  it.each(vectors)('encodes %j as %j and back', (text, encoded) => {
    expect(base64Encode(utf8Encode(text))).toBe(encoded);
    expect(utf8Decode(base64Decode(encoded))).toBe(text);
  });

  it('round-trips every byte value, including + and /', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    expect(base64Encode(all)).toContain('+');
    expect(base64Encode(all)).toContain('/');
    expect(hex(base64Decode(base64Encode(all)))).toBe(hex(all));
  });

  it('agrees with Node on any bytes, across the chunk size, and refuses any other spelling', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const text = base64Encode(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(hex(base64Decode(text))).toBe(hex(bytes));
      }),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const canonical = Buffer.from(Buffer.from(text, 'base64').toString('base64'));
        if (canonical.toString() === text) return;
        expect(thrownKind(() => base64Decode(text))).toBe('corrupted');
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts only what it writes', () => {
    for (const text of [
      'Zg=',
      'Zg',
      'Zh==',
      'Zm9=',
      'Zm9v\n',
      'Zm-v',
      'Zm_v',
      'Z===',
      '=Zg=',
      'Zg==Zg==',
      ' Zg==',
    ]) {
      expect(
        thrownKind(() => base64Decode(text)),
        text,
      ).toBe('corrupted');
    }
  });
});

describe('canonicalBytes', () => {
  it('distinguishes where one part ends and the next begins', () => {
    expect(hex(canonicalBytes('ab', 'c'))).not.toBe(hex(canonicalBytes('a', 'bc')));
    expect(hex(canonicalBytes('a', ''))).not.toBe(hex(canonicalBytes('a')));
    expect(hex(canonicalBytes(Uint8Array.of(1, 2), Uint8Array.of(3)))).not.toBe(
      hex(canonicalBytes(Uint8Array.of(1), Uint8Array.of(2, 3))),
    );
  });

  it('distinguishes types carrying the same content', () => {
    expect(hex(canonicalBytes('1'))).not.toBe(hex(canonicalBytes(1)));
    expect(hex(canonicalBytes('a'))).not.toBe(hex(canonicalBytes(Uint8Array.of(0x61))));
  });

  it('writes the documented layout: tag, 4-byte length, content', () => {
    expect(hex(canonicalBytes('é', 1, -2, Uint8Array.of(0xab)))).toBe(
      [
        '01' + '00000002' + 'c3a9',
        '02' + '00000008' + '0000000000000001',
        '02' + '00000008' + 'fffffffffffffffe',
        '03' + '00000001' + 'ab',
      ].join(''),
    );
    expect(canonicalBytes()).toHaveLength(0);
  });

  it('binds strings exactly as given and zero one way', () => {
    expect(hex(canonicalBytes('é'))).not.toBe(hex(canonicalBytes('e\u0301')));
    expect(hex(canonicalBytes(-0))).toBe(hex(canonicalBytes(0)));
  });

  it('refuses values that could bind ambiguously', () => {
    expect(() => canonicalBytes(1.5)).toThrow(RangeError);
    expect(() => canonicalBytes(Number.NaN)).toThrow(RangeError);
    expect(() => canonicalBytes(2 ** 53)).toThrow(RangeError);
    expect(() => canonicalBytes('a\ud800')).toThrow(RangeError);
    expect(() => canonicalBytes('🌱')).not.toThrow();
  });
});
