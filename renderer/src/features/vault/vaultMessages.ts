/** Which catalog message says each vault outcome, strength level and feedback code. */
import type { FeedbackCode, StrengthLevel } from '../../domain/vault/passphrase';
import type { TextKey } from '../../i18n/i18n';
import type { VaultFailure } from '../../stores/vault.store';

export const LEVEL_KEYS: Readonly<Record<StrengthLevel, TextKey>> = {
  'too-short': 'vault.strengthTooShort',
  weak: 'vault.strengthWeak',
  fair: 'vault.strengthFair',
  good: 'vault.strengthGood',
  strong: 'vault.strengthStrong',
};

export const FEEDBACK_KEYS: Readonly<Record<FeedbackCode, TextKey>> = {
  'too-short': 'vault.feedbackTooShort',
  repeated: 'vault.feedbackRepeated',
  sequence: 'vault.feedbackSequence',
  common: 'vault.feedbackCommon',
  'contains-label': 'vault.feedbackContainsLabel',
  'few-words': 'vault.feedbackFewWords',
  'add-words': 'vault.feedbackAddWords',
};

/** 'wait' is said with a count (see UnlockScreen); every other failure has a sentence. */
export const FAILURE_KEYS: Readonly<Record<Exclude<VaultFailure, 'wait'>, TextKey>> = {
  'wrong-key': 'vault.errorWrongKey',
  tampered: 'vault.errorTampered',
  'unsupported-version': 'vault.errorUnsupportedVersion',
  corrupted: 'vault.errorCorrupted',
  'kdf-out-of-range': 'vault.errorKdfOutOfRange',
  'label-empty': 'vault.errorLabelEmpty',
  'label-too-long': 'vault.errorLabelTooLong',
  'passphrase-too-short': 'vault.feedbackTooShort',
  'label-mismatch': 'settings.deleteVaultMismatch',
  'no-such-vault': 'vault.errorNoSuchVault',
  'changed-elsewhere': 'vault.errorChangedElsewhere',
  internal: 'vault.errorInternal',
};
