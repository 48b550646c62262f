import { argon2id } from '@noble/hashes/argon2.js';
import { describe, expect, it, vi } from 'vitest';
import { utf8Encode } from './encoding';
import {
  assertKdfParams,
  calibrateKdf,
  deriveKek,
  KDF_CEILING,
  KDF_FLOOR,
  KDF_MEMORY_KIB,
  type KdfParams,
  type KekDeriver,
  makeKdfParams,
  normalizePassphrase,
  timeDerivation,
} from './kdf';
import { hex, rejectionKind, thrownKind } from './testing';

const floor: KdfParams = {
  algorithm: 'argon2id',
  version: 19,
  memoryKiB: KDF_FLOOR.memoryKiB,
  iterations: KDF_FLOOR.iterations,
  parallelism: 1,
};
const salt = Uint8Array.from({ length: 16 }, (_, i) => i);

describe('the limits', () => {
  it('are OWASP’s minimum, 1 GiB / 10 passes, and 64 MiB for setup', () => {
    expect(KDF_FLOOR).toEqual({ memoryKiB: 19 * 1024, iterations: 2 });
    expect(KDF_CEILING).toEqual({ memoryKiB: 1024 * 1024, iterations: 10 });
    expect(KDF_MEMORY_KIB).toBe(64 * 1024);
  });
});

describe('assertKdfParams', () => {
  it('returns a frozen copy of valid parameters', () => {
    const params = assertKdfParams({ ...floor });
    expect(params).toEqual(floor);
    expect(Object.isFrozen(params)).toBe(true);
  });

  it('accepts the floor and the ceiling exactly', () => {
    expect(assertKdfParams({ ...floor, ...KDF_CEILING })).toEqual({ ...floor, ...KDF_CEILING });
    expect(makeKdfParams(KDF_FLOOR)).toEqual(floor);
  });

  it('refuses memory or passes outside the range, or not whole numbers', () => {
    const cases: readonly Partial<Record<'memoryKiB' | 'iterations', number>>[] = [
      { memoryKiB: KDF_FLOOR.memoryKiB - 1 },
      { memoryKiB: KDF_CEILING.memoryKiB + 1 },
      { memoryKiB: 0 },
      { memoryKiB: -65_536 },
      { memoryKiB: 65_536.5 },
      { iterations: 1 },
      { iterations: 11 },
      { iterations: 2.5 },
      { iterations: Number.NaN },
      { iterations: Number.POSITIVE_INFINITY },
      { memoryKiB: 2 ** 40 },
    ];
    for (const change of cases) {
      expect(
        thrownKind(() => assertKdfParams({ ...floor, ...change })),
        JSON.stringify(change),
      ).toBe('kdf-out-of-range');
    }
  });

  it('calls another algorithm, Argon2 version or parallelism unsupported', () => {
    for (const change of [
      { algorithm: 'argon2i' },
      { algorithm: 'scrypt' },
      { version: 16 },
      { parallelism: 2 },
      { parallelism: 4 },
    ]) {
      expect(
        thrownKind(() => assertKdfParams({ ...floor, ...change })),
        JSON.stringify(change),
      ).toBe('unsupported-version');
    }
  });

  it('calls anything of the wrong shape corrupted', () => {
    const missing: Record<string, unknown> = { ...floor };
    delete missing.iterations;
    for (const value of [
      null,
      undefined,
      'argon2id',
      42,
      [],
      {},
      missing,
      { ...floor, extra: 1 },
      { ...floor, iterations: '3' },
      { ...floor, memoryKiB: null },
      { ...floor, algorithm: 1 },
      { ...floor, version: '19' },
    ]) {
      expect(
        thrownKind(() => assertKdfParams(value)),
        JSON.stringify(value),
      ).toBe('corrupted');
    }
  });
});

describe('normalizePassphrase', () => {
  it('applies NFKC: ligatures, composed and decomposed letters, full-width digits', () => {
    expect(normalizePassphrase('ﬁsh')).toBe('fish');
    expect(normalizePassphrase('cafe\u0301')).toBe('caf\u00e9');
    expect(normalizePassphrase('caf\u00e9')).toBe('caf\u00e9');
    expect(normalizePassphrase('１２３')).toBe('123');
  });

  it('keeps case and spaces, which the person chose', () => {
    expect(normalizePassphrase('  Tea Time  ')).toBe('  Tea Time  ');
    expect(normalizePassphrase('ÉTÉ')).not.toBe(normalizePassphrase('été'));
  });
});

describe('deriveKek', () => {
  it('is Argon2id of the NFKC-normalized UTF-8 passphrase (checked against @noble/hashes)', async () => {
    const kek = await deriveKek('ﬁrst cafe\u0301 １', salt, floor);
    const expected = argon2id(utf8Encode('first caf\u00e9 1'), salt, {
      t: floor.iterations,
      m: floor.memoryKiB,
      p: 1,
      dkLen: 32,
    });
    expect(kek).toHaveLength(32);
    expect(hex(kek)).toBe(hex(expected));
  });

  it('gives one key for every spelling NFKC unifies, and another for another passphrase or salt', async () => {
    const [composed, decomposed, other, otherSalt] = await Promise.all([
      deriveKek('caf\u00e9 123', salt, floor),
      deriveKek('cafe\u0301 １２３', salt, floor),
      deriveKek('Caf\u00e9 123', salt, floor),
      deriveKek(
        'caf\u00e9 123',
        salt.map((byte) => byte ^ 1),
        floor,
      ),
    ]);
    expect(hex(decomposed)).toBe(hex(composed));
    expect(hex(other)).not.toBe(hex(composed));
    expect(hex(otherSalt)).not.toBe(hex(composed));
  });

  it('refuses a salt that is not 16 bytes, parameters out of range or no passphrase, before any work', async () => {
    expect(await rejectionKind(deriveKek('p', salt.subarray(0, 15), floor))).toBe('corrupted');
    expect(await rejectionKind(deriveKek('p', new Uint8Array(17), floor))).toBe('corrupted');
    expect(await rejectionKind(deriveKek('p', salt, { ...floor, memoryKiB: 1024 }))).toBe(
      'kdf-out-of-range',
    );
    await expect(deriveKek('', salt, floor)).rejects.toThrow(RangeError);
  });
});

describe('calibrateKdf', () => {
  /** A device where one pass at 64 MiB takes msPerPass; records what was measured. */
  function device(msPerPass: number, firstReading?: number) {
    const measured: KdfParams[] = [];
    const measureMs = vi.fn(async (params: KdfParams) => {
      measured.push(params);
      if (measured.length === 1 && firstReading !== undefined) return firstReading;
      return params.iterations * msPerPass;
    });
    return { measured, measureMs };
  }

  it('gives a fast device more passes, up to 10', async () => {
    const { measured, measureMs } = device(10);
    const params = await calibrateKdf(measureMs);
    expect(params).toEqual({ ...floor, memoryKiB: KDF_MEMORY_KIB, iterations: 10 });
    expect(measured.map((p) => p.iterations)).toEqual([2, 10]);
  });

  it('gives a slow device the minimum, 2, after one measurement', async () => {
    const { measured, measureMs } = device(400);
    expect((await calibrateKdf(measureMs)).iterations).toBe(2);
    expect(measured).toHaveLength(1);
  });

  it('picks the fewest passes that reach the target on a linear device', async () => {
    for (const [msPerPass, expected] of [
      [100, 5],
      [90, 6],
      [51, 10],
      [250, 2],
      [240, 3],
    ] as const) {
      const { measureMs } = device(msPerPass);
      const params = await calibrateKdf(measureMs);
      expect(params.iterations, `${msPerPass} ms per pass`).toBe(expected);
      expect(params.iterations * msPerPass).toBeGreaterThanOrEqual(500);
    }
  });

  it('steps up when the first reading was slow (a cold start) and the pick falls short', async () => {
    const { measured, measureMs } = device(60, 400);
    const params = await calibrateKdf(measureMs);
    expect(params.iterations).toBe(9);
    expect(measured.map((p) => p.iterations)).toEqual([2, 3, 9]);
  });

  it('honours another target', async () => {
    const { measureMs } = device(100);
    expect((await calibrateKdf(measureMs, 1_000)).iterations).toBe(10);
    expect((await calibrateKdf(measureMs, 200)).iterations).toBe(2);
  });

  it('always measures and returns 64 MiB, one lane, within the limits, in a bounded number of steps', async () => {
    for (const reading of [0, 0.001, 1]) {
      const measureMs = vi.fn<(params: KdfParams) => Promise<number>>(async () => reading);
      const params = await calibrateKdf(measureMs);
      expect(params.iterations).toBe(10);
      expect(measureMs.mock.calls.length).toBeLessThanOrEqual(10);
      for (const [measured] of measureMs.mock.calls) {
        expect(measured.memoryKiB).toBe(KDF_MEMORY_KIB);
        expect(assertKdfParams(measured)).toEqual(measured);
      }
    }
  });

  it('refuses a nonsense timing or target', async () => {
    await expect(calibrateKdf(async () => Number.NaN)).rejects.toThrow(RangeError);
    await expect(calibrateKdf(async () => -1)).rejects.toThrow(RangeError);
    await expect(calibrateKdf(async () => 10, 0)).rejects.toThrow(RangeError);
  });
});

describe('timeDerivation', () => {
  it('times one derivation with the given parameters and a fresh 16-byte salt, and zeroes the key', async () => {
    const key = new Uint8Array(32).fill(7);
    const derive = vi.fn<KekDeriver>(async () => key);
    const ms = await timeDerivation(derive)(floor);
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(derive).toHaveBeenCalledTimes(1);
    const [, usedSalt, usedParams] = derive.mock.calls[0] ?? [];
    expect(usedSalt).toHaveLength(16);
    expect(usedParams).toBe(floor);
    expect(key.every((byte) => byte === 0)).toBe(true);
  });
});
