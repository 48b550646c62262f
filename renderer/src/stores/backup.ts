/**
 * Backups for the screens: the open vault's backup file, and a picked file read and checked for
 * the restore preview. The backup code (Dexie, the format's schema) loads with the first use.
 */
import { backupFileName } from '../../../electron/shared/backup-files';
import type { BackupErrorKind, Backup, BackupTable } from '../data/backup/format';
import type { BackupScope } from '../data/backup/backup.service';

export type { BackupErrorKind, BackupTable };
export type { RestoreErrorKind, RestoreReport } from '../data/backup/backup.service';
import { useVaultStore } from './vault.store';

/**
 * The largest file offered to the restore (the format's own limit, BACKUP_LIMITS.bytes): kept
 * here so the screens needn't load the format, nor the IPC contract and its zod, to pick one.
 */
export const BACKUP_MAX_BYTES = 256 * 1024 * 1024;

export interface MadeBackup {
  readonly text: string;
  readonly createdAt: number;
  readonly fileName: string;
  readonly bytes: number;
}

/** The open vault's backup file (encrypted records, see docs/backup-format.md). Throws if locked. */
export async function makeBackupOfOpenVault(scope?: BackupScope): Promise<MadeBackup> {
  const backup = await useVaultStore.getState().makeBackup(scope);
  const { encodeBackup } = await import('../data/backup/format');
  const text = encodeBackup(backup);
  return {
    text,
    createdAt: backup.createdAt,
    fileName: backupFileName(backup.vaultId, backup.createdAt),
    bytes: new Blob([text]).size,
  };
}

export interface BackupPreview {
  readonly backup: Backup;
  readonly label: string;
  readonly createdAt: number;
  readonly scope: BackupScope;
  readonly counts: Partial<Record<BackupTable, number>>;
  /** Whether the open vault (if any) is the one this backup was made from, with the same key. */
  readonly sameVault: boolean;
}

export type ReadBackupResult =
  | { readonly ok: true; readonly preview: BackupPreview }
  | { readonly ok: false; readonly error: BackupErrorKind };

/** A picked file's bytes, checked before anything is decrypted. */
export async function readBackupFile(data: Uint8Array): Promise<ReadBackupResult> {
  const { parseBackup, backupCounts, BackupError } = await import('../data/backup/format');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return { ok: false, error: 'not-a-backup' };
  }
  try {
    const { backup, header } = parseBackup(text);
    const session = useVaultStore.getState().session;
    return {
      ok: true,
      preview: {
        backup,
        label: backup.label,
        createdAt: backup.createdAt,
        scope: backup.scope,
        counts: backupCounts(backup),
        sameVault: session?.vaultId === backup.vaultId && session.keyId === header.keyId,
      },
    };
  } catch (error) {
    if (error instanceof BackupError) return { ok: false, error: error.kind };
    return { ok: false, error: 'damaged' };
  }
}
