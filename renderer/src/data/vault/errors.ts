/** Input the vault service refuses before doing any work; the UI shows these at the field. */
export type VaultInputCode =
  | 'label-empty'
  | 'label-too-long'
  | 'passphrase-too-short'
  | 'label-mismatch'
  | 'no-such-vault'
  | 'changed-elsewhere';

export class VaultInputError extends Error {
  constructor(readonly code: VaultInputCode) {
    super(code);
    this.name = 'VaultInputError';
  }
}
