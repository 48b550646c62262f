/**
 * Turning a passphrase into a key-encryption key (KEK) with Argon2id, and deciding how hard that
 * should be. The parameters travel in the vault header, so everything read back from disk goes
 * through assertKdfParams: a file must not be able to weaken the KDF below the OWASP floor, nor
 * make unlocking hang the laptop with absurd memory or passes.
 *
 * deriveKek is CPU-bound for ~0.5 s and blocks its thread: run it in a Web Worker and hand the
 * envelope functions a KekDeriver that posts to it.
 */

import { argon2id } from 'hash-wasm';
import { copyBytes, isBytes, utf8Encode } from './encoding';
import { VaultError } from './errors';

export interface KdfParams {
  readonly algorithm: 'argon2id';
  /** Argon2 version 1.3 (0x13), the only one RFC 9106 specifies. */
  readonly version: 19;
  readonly memoryKiB: number;
  readonly iterations: number;
  /** One lane: the derivation runs single-threaded in one worker, where more lanes buy no speed. */
  readonly parallelism: 1;
}

/** OWASP's minimum for Argon2id (19 MiB, 2 passes): nothing weaker is accepted from a file. */
export const KDF_FLOOR = { memoryKiB: 19_456, iterations: 2 } as const;
/** 1 GiB, 10 passes: above this a crafted file could freeze or crash the app on unlock. */
export const KDF_CEILING = { memoryKiB: 1_048_576, iterations: 10 } as const;
/** 64 MiB: what setup uses, affordable on the clinic laptops this runs on. */
export const KDF_MEMORY_KIB = 65_536;
/** Setup calibrates passes so one derivation takes at least this long on the device. */
export const KDF_TARGET_MS = 500;

/**
 * Anything with deriveKek's contract: NFKC-normalize, validate, run Argon2id, resolve to 32
 * bytes the caller may zero. Lets the envelope functions run Argon2id in a Web Worker.
 */
export type KekDeriver = (
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
) => Promise<Uint8Array>;

export const KDF_SALT_BYTES = 16;
export const KEK_BYTES = 32;

const KDF_KEYS = ['algorithm', 'iterations', 'memoryKiB', 'parallelism', 'version'];

function isIntegerBetween(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Validates KDF parameters from anywhere untrusted and returns a clean, frozen copy.
 *
 * @throws VaultError 'corrupted' (not an object, missing, extra or mistyped fields),
 * 'unsupported-version' (another algorithm, Argon2 version or parallelism), or
 * 'kdf-out-of-range' (memory or passes not integers within the floor and ceiling).
 */
export function assertKdfParams(value: unknown): KdfParams {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new VaultError('corrupted', 'KDF parameters are not an object');
  }
  const keys = Object.keys(value).sort();
  if (keys.length !== KDF_KEYS.length || keys.some((key, i) => key !== KDF_KEYS[i])) {
    throw new VaultError('corrupted', 'KDF parameters have missing or unexpected fields');
  }
  const { algorithm, version, memoryKiB, iterations, parallelism } = value as Record<
    string,
    unknown
  >;
  if (
    typeof algorithm !== 'string' ||
    typeof version !== 'number' ||
    typeof memoryKiB !== 'number' ||
    typeof iterations !== 'number' ||
    typeof parallelism !== 'number'
  ) {
    throw new VaultError('corrupted', 'KDF parameters have fields of the wrong type');
  }
  if (algorithm !== 'argon2id' || version !== 19 || parallelism !== 1) {
    throw new VaultError('unsupported-version', 'KDF is not Argon2id v1.3 with one lane');
  }
  if (
    !isIntegerBetween(memoryKiB, KDF_FLOOR.memoryKiB, KDF_CEILING.memoryKiB) ||
    !isIntegerBetween(iterations, KDF_FLOOR.iterations, KDF_CEILING.iterations)
  ) {
    throw new VaultError('kdf-out-of-range', 'KDF memory or passes outside the accepted range');
  }
  return Object.freeze({ algorithm, version, memoryKiB, iterations, parallelism });
}

/** Argon2id parameters with our fixed algorithm, version and parallelism; validated. */
export function makeKdfParams(cost: {
  readonly memoryKiB: number;
  readonly iterations: number;
}): KdfParams {
  return assertKdfParams({
    algorithm: 'argon2id',
    version: 19,
    memoryKiB: cost.memoryKiB,
    iterations: cost.iterations,
    parallelism: 1,
  });
}

/**
 * NFKC, so the same passphrase typed on another keyboard or OS opens the vault: "ﬁ" and "fi",
 * precomposed and decomposed "é", full-width and ASCII digits all become one string. Case and
 * surrounding spaces are left alone: they are part of what the person chose.
 */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFKC');
}

/**
 * Argon2id(NFKC(passphrase), salt) → 32 bytes. The caller owns the result and should zero it
 * once imported into WebCrypto.
 *
 * @throws VaultError 'corrupted' for a salt that is not 16 bytes, or as assertKdfParams;
 * RangeError for an empty passphrase.
 */
export async function deriveKek(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Uint8Array<ArrayBuffer>> {
  const checked = assertKdfParams(params);
  if (!isBytes(salt) || salt.length !== KDF_SALT_BYTES) {
    throw new VaultError('corrupted', `a KDF salt has ${KDF_SALT_BYTES} bytes`);
  }
  // hash-wasm refuses an empty password; createVault and changePassphrase never set one.
  if (passphrase.length === 0) throw new RangeError('an empty passphrase has no KEK');
  const password = utf8Encode(normalizePassphrase(passphrase));
  try {
    const output = await argon2id({
      password,
      salt: copyBytes(salt),
      iterations: checked.iterations,
      memorySize: checked.memoryKiB,
      parallelism: checked.parallelism,
      hashLength: KEK_BYTES,
      outputType: 'binary',
    });
    const kek = copyBytes(output);
    output.fill(0);
    return kek;
  } finally {
    password.fill(0);
  }
}

/**
 * Chooses the passes for this device: memory fixed at 64 MiB, passes so that one derivation
 * takes at least targetMs, never fewer than 2 (the floor) nor more than 10 (the ceiling).
 *
 * Argon2 time is close to linear in passes, so one 2-pass measurement predicts the rest; the
 * pick is then measured, and stepped up while it is still short of the target (a noisy first
 * reading). Passes only grow, so the loop ends after at most 8 more measurements.
 *
 * measureMs runs one derivation with the given parameters and says how long it took; pass one
 * that has already warmed up the WASM module, or the first reading includes compiling it.
 */
export async function calibrateKdf(
  measureMs: (params: KdfParams) => Promise<number>,
  targetMs: number = KDF_TARGET_MS,
): Promise<KdfParams> {
  if (!Number.isFinite(targetMs) || targetMs <= 0) {
    throw new RangeError('calibrateKdf needs a positive target');
  }
  const min = KDF_FLOOR.iterations;
  const max = KDF_CEILING.iterations;
  const at = (iterations: number): KdfParams =>
    makeKdfParams({ memoryKiB: KDF_MEMORY_KIB, iterations });
  const measure = async (params: KdfParams): Promise<number> => {
    const ms = await measureMs(params);
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('measureMs returned a bad time');
    return ms;
  };
  // A reading of 0 ms (a coarse clock) divides to Infinity, which clamps to the ceiling.
  const clamp = (passes: number): number => Math.min(max, Math.max(min, passes));

  const baseMs = await measure(at(min));
  let iterations = clamp(Math.ceil((min * targetMs) / baseMs));
  let ms = iterations === min ? baseMs : await measure(at(iterations));
  while (ms < targetMs && iterations < max) {
    iterations = clamp(Math.max(iterations + 1, Math.ceil((iterations * targetMs) / ms)));
    ms = await measure(at(iterations));
  }
  return at(iterations);
}

/**
 * A measureMs for calibrateKdf: times one derivation of a throwaway passphrase with a random
 * salt. Give it the same deriver unlocking will use (e.g. the Web Worker one), so the figure
 * includes what the person will actually wait for.
 */
export function timeDerivation(
  derive: KekDeriver = deriveKek,
): (params: KdfParams) => Promise<number> {
  return async (params) => {
    const salt = crypto.getRandomValues(new Uint8Array(KDF_SALT_BYTES));
    const started = performance.now();
    const kek = await derive('calibration', salt, params);
    const elapsed = performance.now() - started;
    kek.fill(0);
    return elapsed;
  };
}
