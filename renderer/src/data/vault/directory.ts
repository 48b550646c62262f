import type { DirectoryDb } from '../db';

export interface VaultSummary {
  readonly id: string;
  readonly label: string;
  readonly createdAt: number;
  readonly lastOpenedAt: number;
}

/** The laptop's vaults, the most recently opened first (the facilitator's own, usually). */
export async function listVaultSummaries(directory: DirectoryDb): Promise<VaultSummary[]> {
  const rows = await directory.vaults.orderBy('lastOpenedAt').reverse().toArray();
  return rows.map(({ id, label, createdAt, lastOpenedAt }) => ({
    id,
    label,
    createdAt,
    lastOpenedAt,
  }));
}
