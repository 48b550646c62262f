/**
 * 2026-11-21 — version 2: remember when each vault was last opened, so the lock screen lists
 * the facilitator's own vault first on a shared laptop. Existing rows count as opened when
 * they were created.
 */
import type { SchemaVersion } from '../types';

export const v2: SchemaVersion = {
  version: 2,
  stores: {
    vaults: 'id, createdAt, lastOpenedAt',
  },
  upgrade: async (tx) => {
    await tx
      .table<{ createdAt: number; lastOpenedAt?: number }>('vaults')
      .toCollection()
      .modify((row) => {
        row.lastOpenedAt ??= row.createdAt;
      });
  },
};
