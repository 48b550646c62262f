/** The backup screens' messages for typed errors and counts, as literal catalog keys. */
import type { PluralKey, TextKey } from '../../i18n/i18n';
import type { BackupErrorKind, BackupTable, RestoreErrorKind } from '../../stores/backup';

export const BACKUP_ERROR_KEYS: Readonly<Record<BackupErrorKind, TextKey>> = {
  'not-a-backup': 'backup.errorNotABackup',
  'newer-version': 'backup.errorNewerVersion',
  damaged: 'backup.errorDamaged',
  'too-large': 'backup.errorTooLarge',
  'kdf-out-of-range': 'backup.errorKdfOutOfRange',
};

export const RESTORE_ERROR_KEYS: Readonly<Record<RestoreErrorKind | 'internal', TextKey>> = {
  'wrong-secret': 'backup.errorWrongPassphrase',
  tampered: 'backup.errorTampered',
  'vault-exists': 'backup.errorVaultExists',
  storage: 'backup.errorStorage',
  internal: 'vault.errorInternal',
};

/** What a backup holds, in the order a facilitator thinks of it (internal tables left out). */
export const COUNT_KEYS: Readonly<Partial<Record<BackupTable, PluralKey>>> = {
  groups: 'backup.countGroups',
  plans: 'backup.countPlans',
  sessions: 'backup.countSessions',
  notes: 'backup.countNotes',
  prompts: 'backup.countPrompts',
  templates: 'backup.countTemplates',
};
