/**
 * Creating, opening and managing vaults: the directory of vaults on this laptop, their headers,
 * and the keys. Everything here leaves the database untouched when it fails: a wrong passphrase
 * is found out before anything is written, and a passphrase change is computed first and then
 * written in one transaction.
 */
import { base32Encode, parseRecoveryKey, randomBytes } from '../../domain/crypto/encoding';
import {
  changePassphrase as rewrapPassphrase,
  createVault,
  decodeHeader,
  encodeHeader,
  openWithPassphrase,
  openWithRecoveryKey,
  type VaultHeader,
} from '../../domain/crypto/envelope';
import { VaultError } from '../../domain/crypto/errors';
import { calibrateKdf, type KdfParams } from '../../domain/crypto/kdf';
import type {
  BackupScope,
  BackupSecret,
  RestoreMode,
  RestoreReport,
} from '../backup/backup.service';
import type { Backup } from '../backup/format';
import type { DirectoryDb, VaultDb } from '../db';
import type { UnreadableRecord, VaultSession } from '../repositories/repository';
import { listVaultSummaries, type VaultSummary } from './directory';
import { VaultInputError } from './errors';
import type { KdfRunner } from './kdf';

export { VaultInputError };

export type { VaultSummary };

export const LABEL_MAX_LENGTH = 60;
export const PASSPHRASE_MIN_LENGTH = 12;

export interface VaultServiceDeps {
  readonly directory: DirectoryDb;
  readonly openVaultDb: (vaultId: string) => VaultDb;
  readonly kdf: KdfRunner;
  readonly now?: () => number;
  /** KDF parameters for new passphrases; by default calibrated on this device (tests fix them). */
  readonly calibrate?: () => Promise<KdfParams>;
  readonly onUnreadable?: (problem: UnreadableRecord) => void;
}

export type CurrentSecret = { readonly passphrase: string } | { readonly recoveryKey: string };

/** Length in Unicode code points: "12 characters" means what a person counts, not UTF-16 units. */
function codePoints(text: string): number {
  return Array.from(text).length;
}

export function normalizeLabel(label: string): string {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) throw new VaultInputError('label-empty');
  if (codePoints(trimmed) > LABEL_MAX_LENGTH) throw new VaultInputError('label-too-long');
  return trimmed;
}

function requireLength(passphrase: string): void {
  if (codePoints(passphrase.normalize('NFKC')) < PASSPHRASE_MIN_LENGTH)
    throw new VaultInputError('passphrase-too-short');
}

export function createVaultService(deps: VaultServiceDeps) {
  const { directory, kdf } = deps;
  const now = deps.now ?? Date.now;

  async function readHeader(vaultId: string): Promise<{ header: VaultHeader; bytes: Uint8Array }> {
    const row = await directory.vaults.get(vaultId);
    if (!row) throw new VaultInputError('no-such-vault');
    const header = decodeHeader(row.header);
    // Another vault's header copied into this row would open with that vault's passphrase.
    if (header.vaultId !== vaultId)
      throw new VaultError('corrupted', 'the vault header belongs to another vault');
    return { header, bytes: row.header };
  }

  function sessionFor(vaultId: string, dek: CryptoKey, keyId: string): VaultSession {
    return {
      vaultId,
      db: deps.openVaultDb(vaultId),
      dek,
      keyId,
      ...(deps.onUnreadable ? { onUnreadable: deps.onUnreadable } : {}),
    };
  }

  async function calibrate(): Promise<KdfParams> {
    return deps.calibrate ? deps.calibrate() : calibrateKdf((params) => kdf.measure(params));
  }

  return {
    calibrate,

    list(): Promise<VaultSummary[]> {
      return listVaultSummaries(directory);
    },

    async create(input: { label: string; passphrase: string; kdf?: KdfParams }) {
      const label = normalizeLabel(input.label);
      requireLength(input.passphrase);
      const params = input.kdf ?? (await calibrate());
      const vaultId = base32Encode(randomBytes(10)).toLowerCase();
      const { header, dek, recoveryKey } = await createVault({
        vaultId,
        passphrase: input.passphrase,
        kdf: params,
        derive: (p, s, k) => kdf.derive(p, s, k),
      });
      const at = now();
      await directory.vaults.add({
        id: vaultId,
        label,
        createdAt: at,
        lastOpenedAt: at,
        header: encodeHeader(header),
      });
      return { session: sessionFor(vaultId, dek, header.keyId), recoveryKey };
    },

    async unlock(vaultId: string, passphrase: string): Promise<VaultSession> {
      const { header } = await readHeader(vaultId);
      // Throws VaultError('wrong-key') before anything is written.
      const dek = await openWithPassphrase(header, passphrase, (p, s, k) => kdf.derive(p, s, k));
      await directory.vaults.update(vaultId, { lastOpenedAt: now() });
      return sessionFor(vaultId, dek, header.keyId);
    },

    async unlockWithRecoveryKey(vaultId: string, recoveryKey: string): Promise<VaultSession> {
      const { header } = await readHeader(vaultId);
      const dek = await openWithRecoveryKey(header, parseRecoveryKey(recoveryKey));
      await directory.vaults.update(vaultId, { lastOpenedAt: now() });
      return sessionFor(vaultId, dek, header.keyId);
    },

    /** For the privacy curtain: is this the vault's passphrase? Writes nothing. */
    async verifyPassphrase(vaultId: string, passphrase: string): Promise<boolean> {
      const { header } = await readHeader(vaultId);
      try {
        await openWithPassphrase(header, passphrase, (p, s, k) => kdf.derive(p, s, k));
        return true;
      } catch (error) {
        if (error instanceof Error && 'kind' in error && error.kind === 'wrong-key') return false;
        throw error;
      }
    },

    /** Re-wraps the data key under a new passphrase; nothing else is re-encrypted. */
    async changePassphrase(
      vaultId: string,
      current: CurrentSecret,
      newPassphrase: string,
    ): Promise<void> {
      requireLength(newPassphrase);
      const { header, bytes } = await readHeader(vaultId);
      const params = await calibrate();
      const secret =
        'passphrase' in current ? current : { recoveryKey: parseRecoveryKey(current.recoveryKey) };
      const next = await rewrapPassphrase(header, secret, newPassphrase, params, (p, s, k) =>
        kdf.derive(p, s, k),
      );
      const encoded = encodeHeader(next);
      await directory.transaction('rw', directory.vaults, async () => {
        const row = await directory.vaults.get(vaultId);
        // Another window changed it meanwhile: keep theirs rather than overwrite it.
        if (!row) throw new VaultInputError('no-such-vault');
        if (!sameBytes(row.header, bytes)) throw new VaultInputError('changed-elsewhere');
        await directory.vaults.put({ ...row, header: encoded });
      });
    },

    /** The open vault, or one group of it, as a sealed backup (records stay encrypted). */
    // The backup code (and the format's schema, with zod) loads with its first use, not with
    // the unlock screen.
    async backup(session: VaultSession, scope?: BackupScope): Promise<Backup> {
      const { makeBackup } = await import('../backup/backup.service');
      return makeBackup(session, directory, { now, ...(scope ? { scope } : {}) });
    },

    /**
     * Restores a backup as a vault of its own on this laptop and opens it: its passphrase and
     * recovery key are the backup's. Nothing is written if anything fails (RestoreError).
     */
    async restoreAsNewVault(backup: Backup, secret: BackupSecret): Promise<VaultSession> {
      const { restoreAsNewVault } = await import('../backup/backup.service');
      const restored = await restoreAsNewVault(
        { directory, openVaultDb: deps.openVaultDb, derive: (p, s, k) => kdf.derive(p, s, k), now },
        backup,
        secret,
      );
      return sessionFor(restored.vaultId, restored.dek, restored.keyId);
    },

    /** Merges or replaces the open vault's records from a backup, all or nothing. */
    async restoreIntoVault(
      session: VaultSession,
      backup: Backup,
      mode: RestoreMode,
      secret?: BackupSecret,
    ): Promise<RestoreReport> {
      const { restoreIntoVault } = await import('../backup/backup.service');
      return restoreIntoVault(session, backup, {
        mode,
        derive: (p, s, k) => kdf.derive(p, s, k),
        ...(secret ? { secret } : {}),
      });
    },

    /** Deletes a vault once the facilitator has typed its label exactly. */
    async delete(vaultId: string, typedLabel: string): Promise<void> {
      const row = await directory.vaults.get(vaultId);
      if (!row) throw new VaultInputError('no-such-vault');
      // Compared the way labels are stored (trimmed, inner spaces collapsed).
      if (typedLabel.trim().replace(/\s+/g, ' ') !== row.label)
        throw new VaultInputError('label-mismatch');
      // The directory row goes first: if the app stops in between, what is left is an encrypted
      // database nothing points to, never a vault listed without its data.
      await directory.vaults.delete(vaultId);
      await deps.openVaultDb(vaultId).delete({ disableAutoOpen: false });
    },
  };
}

export type VaultService = ReturnType<typeof createVaultService>;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
