/**
 * Runs Argon2id off the main thread. Derivation takes about half a second by design (that is
 * its job), so in the app it runs in a Web Worker and the page stays responsive; tests run the
 * same function inline.
 */
import {
  deriveKek,
  KDF_FLOOR,
  makeKdfParams,
  timeDerivation,
  type KdfParams,
} from '../../domain/crypto/kdf';

export interface KdfRunner {
  derive(passphrase: string, salt: Uint8Array, params: KdfParams): Promise<Uint8Array>;
  /** Milliseconds one derivation with these parameters takes on this device. */
  measure(params: KdfParams): Promise<number>;
}

export type KdfRequest =
  | {
      readonly id: number;
      readonly type: 'derive';
      readonly passphrase: string;
      readonly salt: Uint8Array;
      readonly params: KdfParams;
    }
  | { readonly id: number; readonly type: 'measure'; readonly params: KdfParams };
export type KdfResponse =
  | { readonly id: number; readonly ok: true; readonly key?: Uint8Array; readonly ms?: number }
  | { readonly id: number; readonly ok: false; readonly kind: string; readonly message: string };

const WARM_UP_SALT = new Uint8Array(16);

let warmedUp: Promise<unknown> | null = null;

/**
 * Times one derivation. The first Argon2id call also compiles the WebAssembly module; a cheap
 * throwaway derivation first keeps that out of the figure, or calibration would pick too few passes.
 */
const timeOne = timeDerivation(deriveKek);

export async function measureInline(params: KdfParams): Promise<number> {
  warmedUp ??= deriveKek('warm-up', WARM_UP_SALT, makeKdfParams(KDF_FLOOR));
  await warmedUp;
  return timeOne(params);
}

export const inlineKdf: KdfRunner = { derive: deriveKek, measure: measureInline };

/** Handles one request (the worker's whole job, and testable without a worker). */
export async function handleKdfRequest(request: KdfRequest): Promise<KdfResponse> {
  try {
    if (request.type === 'measure')
      return { id: request.id, ok: true, ms: await measureInline(request.params) };
    return {
      id: request.id,
      ok: true,
      key: await deriveKek(request.passphrase, request.salt, request.params),
    };
  } catch (error) {
    const kind =
      typeof error === 'object' && error !== null && 'kind' in error
        ? String(error.kind)
        : 'internal';
    return {
      id: request.id,
      ok: false,
      kind,
      message: error instanceof Error ? error.name : 'Error',
    };
  }
}
