/** The words the Backups section and the warning share: when the last backup was, and why one failed. */
import type { Language } from '../../../../electron/shared/languages';
import type { BackupFailureReason } from '../../domain/backup/schedule';
import { localIsoDate } from '../../domain/time/calendar';
import { formatDate, formatTime } from '../../i18n/format';
import type { TextKey, Translate } from '../../i18n/i18n';

export const FAILED_KEYS: Readonly<Record<BackupFailureReason, TextKey>> = {
  folder: 'autoBackup.failedFolder',
  'no-folder': 'autoBackup.failedNoFolder',
  vault: 'autoBackup.failedVault',
  internal: 'autoBackup.failedInternal',
};

/** "Last backup: today at 14:02", "… 21 November 2026 at 09:00", "… none yet". */
export function lastBackupText(
  t: Translate,
  language: Language,
  lastSuccessAt: number | null,
  now: number,
): string {
  if (lastSuccessAt === null) return t('autoBackup.lastBackup', { when: t('autoBackup.never') });
  const time = formatTime(lastSuccessAt, language);
  const when =
    localIsoDate(lastSuccessAt) === localIsoDate(now)
      ? t('autoBackup.todayAt', { time })
      : t('autoBackup.dateAt', { date: formatDate(lastSuccessAt, language), time });
  return t('autoBackup.lastBackup', { when });
}
