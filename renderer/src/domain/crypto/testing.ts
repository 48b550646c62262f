/** Helpers shared by the crypto tests: what a failure's typed kind was, and hex for vectors. */
import { vaultErrorKind } from './errors';

export function thrownKind(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return vaultErrorKind(e) ?? `not a VaultError: ${String(e)}`;
  }
  return 'did not throw';
}

export function rejectionKind(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (e: unknown) => vaultErrorKind(e) ?? `not a VaultError: ${String(e)}`,
  );
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function fromHex(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text.match(/../gu) ?? [], (pair) => Number.parseInt(pair, 16));
}
