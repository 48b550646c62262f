/** Automatic backups for as long as the app's frame is open (the vault unlocked), and their status. */
import { useEffect, useMemo } from 'react';
import { backupStatus, type BackupStatus } from '../../domain/backup/schedule';
import { useHost } from '../../platform/HostProvider';
import { startAutoBackup, useAutoBackupStore } from '../../stores/autoBackup.store';

export function useAutoBackup(): void {
  const host = useHost();
  useEffect(() => startAutoBackup({ host }), [host]);
}

/** The status as of the store's last check (null until read after unlock). */
export function useBackupStatus(): BackupStatus | null {
  const state = useAutoBackupStore((s) => s.state);
  const destination = useAutoBackupStore((s) => s.destination);
  const checkedAt = useAutoBackupStore((s) => s.checkedAt);
  return useMemo(
    () => (state && destination ? backupStatus(state, destination, checkedAt) : null),
    [state, destination, checkedAt],
  );
}
