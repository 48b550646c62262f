/** The real data layer behind the vault store, loaded on first use (its own chunk). */
import { openVaultDb } from '../data/db';
import { createWorkerKdf } from '../data/vault/kdf-client';
import { createVaultService, type VaultService } from '../data/vault/vault.service';
import { directoryDb } from './vault.directory';

let service: VaultService | null = null;

export function vaultService(): VaultService {
  service ??= createVaultService({
    directory: directoryDb(),
    openVaultDb: (id) => openVaultDb(id),
    kdf: createWorkerKdf(),
  });
  return service;
}
