/** The vault's own settings: one encrypted record. */
import { RETENTION_MONTHS } from '../../domain/notes/retention';
import { z } from '../schema/zod';
import { createRepository, type Repository, type VaultSession } from './repository';

export const IDLE_LOCK_MINUTES = { min: 1, max: 60, default: 5 } as const;
export const FACILITATOR_NAME_MAX = 80;
export const SETTINGS_ID = 'settings';

export const vaultSettingsSchema = z
  .object({
    id: z.literal(SETTINGS_ID),
    idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max),
    /** How the app greets the facilitator once unlocked; confidential, never on the lock screen. */
    facilitatorName: z.string().max(FACILITATOR_NAME_MAX),
    /** Notes older than this many months may be deleted (after a preview); null: kept. */
    noteRetentionMonths: z.union([
      z.null(),
      z.number().int().min(RETENTION_MONTHS.min).max(RETENTION_MONTHS.max),
    ]),
  })
  .strict();

export type VaultSettings = z.infer<typeof vaultSettingsSchema>;

export const DEFAULT_VAULT_SETTINGS: VaultSettings = {
  id: SETTINGS_ID,
  idleLockMinutes: IDLE_LOCK_MINUTES.default,
  facilitatorName: '',
  noteRetentionMonths: null,
};

export function settingsRepository(session: VaultSession): Repository<VaultSettings> {
  return createRepository(session, {
    table: 'settings',
    schemaVersion: 2,
    schema: vaultSettingsSchema,
    // 2: noteRetentionMonths (issue 6), off for every existing vault.
    migrate: (from, payload) =>
      from === 1 && typeof payload === 'object' && payload !== null
        ? { ...payload, noteRetentionMonths: null }
        : payload,
  });
}
