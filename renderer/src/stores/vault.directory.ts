/** The directory of vaults, loaded for the first screen: Dexie, without the crypto. */
import { openDirectoryDb, type DirectoryDb } from '../data/db';
import { listVaultSummaries } from '../data/vault/directory';
import type { VaultSummary } from '../data/vault/vault.service';

let directory: DirectoryDb | null = null;

export function directoryDb(): DirectoryDb {
  directory ??= openDirectoryDb();
  return directory;
}

export function listVaults(): Promise<VaultSummary[]> {
  return listVaultSummaries(directoryDb());
}
