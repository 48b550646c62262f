/**
 * What the vault remembers about its automatic backups: one encrypted record of its own in the
 * settings table (beside the vault settings record, with its own payload version), written by
 * the backup store after every attempt without racing edits to the vault settings.
 */
import { BACKUP_KEEP, type AutoBackupState } from '../../domain/backup/schedule';
import { z } from '../schema/zod';
import { createRepository, type Repository, type VaultSession } from './repository';

export const AUTO_BACKUP_ID = 'auto-backup';

export interface AutoBackupRecord extends AutoBackupState {
  readonly id: typeof AUTO_BACKUP_ID;
}

const epoch = z.number().int().nonnegative();

export const autoBackupSchema = z
  .object({
    id: z.literal(AUTO_BACKUP_ID),
    enabled: z.boolean(),
    keep: z.number().int().min(BACKUP_KEEP.min).max(BACKUP_KEEP.max),
    trackingSince: epoch,
    lastSuccessAt: z.union([z.null(), epoch]),
    lastFailure: z.union([
      z.null(),
      z
        .object({ at: epoch, reason: z.enum(['folder', 'no-folder', 'vault', 'internal']) })
        .strict(),
    ]),
    lastSessionEndedAt: z.union([z.null(), epoch]),
  })
  .strict() satisfies z.ZodType<AutoBackupRecord>;

export function autoBackupRepository(session: VaultSession): Repository<AutoBackupRecord> {
  return createRepository(session, {
    table: 'settings',
    schemaVersion: 1,
    schema: autoBackupSchema,
  });
}
