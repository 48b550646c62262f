/**
 * The one error type the vault throws for anything wrong with data or secrets. Callers switch on
 * `kind` (the UI maps each kind to a localized message); `message` is for developers only, in
 * English, and never carries user data, key material or plaintext.
 */

export type VaultErrorKind =
  /** The passphrase or recovery key does not open this vault, or a record belongs to another key. */
  | 'wrong-key'
  /** Authenticated data failed its check: the ciphertext or its context was modified or moved. */
  | 'tampered'
  /** Written by a newer (or unknown) format that this build cannot read. */
  | 'unsupported-version'
  /** Not the shape we write: truncated, garbage, or the wrong kind of file. */
  | 'corrupted'
  /** KDF parameters outside the floor/ceiling we accept from disk (too weak, or a denial of service). */
  | 'kdf-out-of-range';

export class VaultError extends Error {
  override readonly name = 'VaultError';

  constructor(
    readonly kind: VaultErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export function isVaultError(e: unknown, kind?: VaultErrorKind): e is VaultError {
  return e instanceof VaultError && (kind === undefined || e.kind === kind);
}

/** The kind of a VaultError, or undefined for anything else (so a switch can fall through). */
export function vaultErrorKind(e: unknown): VaultErrorKind | undefined {
  return e instanceof VaultError ? e.kind : undefined;
}
