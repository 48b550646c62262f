/**
 * Automatic backups while the vault is open, and their warning: one piece, loaded by the shell
 * once it shows (not with the first screen), since neither has anything to do before unlock.
 */
import { BackupWarning } from './BackupWarning';
import { useAutoBackup } from './useAutoBackup';

export function AutoBackup() {
  useAutoBackup();
  return <BackupWarning />;
}
