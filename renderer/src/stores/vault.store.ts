/**
 * The vault's state in the UI: which vaults exist, whether one is open, the keys of the open
 * one (memory only), and the actions of the lock screen, first run, recovery and settings.
 * Actions return outcomes with typed error codes; screens turn them into localized messages.
 */
import { create } from 'zustand';
import { VaultError, type VaultErrorKind } from '../domain/crypto/errors';
import { formatRecoveryKey } from '../domain/crypto/encoding';
import { retryAt, type FailureRecord } from '../domain/vault/unlock-delay';
import type { VaultSession } from '../data/repositories/repository';
import type { VaultSettings } from '../data/repositories/settings.repository';
import type {
  BackupScope,
  BackupSecret,
  RestoreErrorKind,
  RestoreMode,
  RestoreReport,
} from '../data/backup/backup.service';
import type { Backup } from '../data/backup/format';
import { VaultInputError } from '../data/vault/errors';
import type { VaultService, VaultSummary } from '../data/vault/vault.service';
import { directoryMayExist } from '../data/names';
import {
  clearPlaintextStores,
  discardPendingWrites,
  flushPendingWrites,
  registerPlaintextStore,
} from './plaintext';

export type { VaultSummary };
export type VaultPhase =
  'loading' | 'first-run' | 'locked' | 'recovery-key' | 'unlocked' | 'unavailable';
export type VaultFailure = VaultErrorKind | VaultInputError['code'] | 'wait' | 'internal';
export type Outcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: VaultFailure; readonly retryAt?: number };

export type RestoreOutcome =
  | { readonly ok: true; readonly report: RestoreReport | null }
  | { readonly ok: false; readonly error: RestoreErrorKind | 'internal' };

export interface VaultState {
  readonly phase: VaultPhase;
  readonly vaults: readonly VaultSummary[];
  /** The facilitator chose "create another vault" from the lock screen. */
  readonly creatingAnother: boolean;
  readonly session: VaultSession | null;
  /** Shown once, right after creation, until the facilitator confirms they kept it. */
  readonly recoveryKey: string | null;
  readonly settings: VaultSettings | null;
  /** A backup is being restored into the open vault (automatic backups wait). */
  readonly restoring: boolean;
}

interface VaultActions {
  readonly init: () => Promise<void>;
  readonly create: (label: string, passphrase: string) => Promise<Outcome>;
  readonly acknowledgeRecoveryKey: () => void;
  readonly startCreatingAnother: (on: boolean) => void;
  readonly unlock: (vaultId: string, passphrase: string) => Promise<Outcome>;
  readonly recover: (
    vaultId: string,
    recoveryKey: string,
    newPassphrase: string,
  ) => Promise<Outcome>;
  readonly changePassphrase: (current: string, next: string) => Promise<Outcome>;
  readonly verifyPassphrase: (passphrase: string) => Promise<boolean>;
  readonly updateSettings: (patch: Partial<Omit<VaultSettings, 'id'>>) => Promise<Outcome>;
  readonly deleteVault: (typedLabel: string) => Promise<Outcome>;
  /** Hides the app at once, writes pending edits, then drops the keys and reloads. */
  readonly lock: () => Promise<void>;
  /** The open vault (or one group of it) as a sealed backup; throws when locked. */
  readonly makeBackup: (scope?: BackupScope) => Promise<Backup>;
  /** A backup restored as a vault of its own on this laptop, then opened. */
  readonly restoreAsNewVault: (backup: Backup, secret: BackupSecret) => Promise<RestoreOutcome>;
  /**
   * A backup merged into, or replacing, the open vault (all or nothing). Every screen's data is
   * then stale, so the vault locks at once; restoredReport then says what was done.
   */
  readonly restoreIntoVault: (
    backup: Backup,
    mode: RestoreMode,
    secret?: BackupSecret,
  ) => Promise<RestoreOutcome>;
  /** The report of a restore that locked the vault, until the next unlock. */
  readonly restoredReport: () => RestoreReport | null;
}

export interface VaultEnvironment {
  readonly service: () => Promise<VaultService>;
  /** The vaults on this laptop, for the first screen: cheaper than loading the whole service. */
  readonly listVaults?: () => Promise<readonly VaultSummary[]>;
  /** Warms up what unlocking needs once the first screen is up (idle time in the app). */
  readonly prefetch?: (load: () => void) => void;
  readonly reload: () => void;
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  readonly now: () => number;
}

const INITIAL: VaultState = {
  phase: 'loading',
  vaults: [],
  creatingAnother: false,
  session: null,
  recoveryKey: null,
  settings: null,
  restoring: false,
};

let environment: VaultEnvironment = {
  // The data layer (Dexie, the crypto, the key-derivation worker) loads with the first use.
  service: async () => (await import('./vault.runtime')).vaultService(),
  // On a first run there is no database to read; otherwise Dexie alone lists the vaults.
  listVaults: async () =>
    (await directoryMayExist()) ? (await import('./vault.directory')).listVaults() : [],
  prefetch: (load) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 500);
  },
  reload: () => window.location.reload(),
  // Looked up at each call, like window above: importing this module must not need a DOM.
  storage: {
    getItem: (key) => localStorage.getItem(key),
    setItem: (key, value) => localStorage.setItem(key, value),
    removeItem: (key) => localStorage.removeItem(key),
  },
  now: () => Date.now(),
};

/** For tests: a service on fake-indexeddb, a fake reload, memory storage, a fixed clock. */
export function configureVaultEnvironment(next: Partial<VaultEnvironment>): void {
  // A test's own service also answers the listing, unless the test says otherwise.
  const merged: VaultEnvironment = { ...environment, ...next };
  environment = next.service
    ? {
        service: merged.service,
        reload: merged.reload,
        storage: merged.storage,
        now: merged.now,
        ...(next.listVaults ? { listVaults: next.listVaults } : {}),
        ...(next.prefetch ? { prefetch: next.prefetch } : {}),
      }
    : merged;
}

const failureKey = (vaultId: string) => `circlekeeper.unlock-failures.${vaultId}`;

function readFailures(vaultId: string): FailureRecord | null {
  try {
    const raw = JSON.parse(environment.storage.getItem(failureKey(vaultId)) ?? 'null') as unknown;
    if (typeof raw !== 'object' || raw === null) return null;
    const { failures, lastFailureAt } = raw as Record<string, unknown>;
    return typeof failures === 'number' && typeof lastFailureAt === 'number'
      ? { failures, lastFailureAt }
      : null;
  } catch {
    return null;
  }
}

function failureOf(error: unknown): VaultFailure {
  if (error instanceof VaultError) return error.kind;
  if (error instanceof VaultInputError) return error.code;
  // Names only: a message could carry what was typed.
  console.error(`Vault action failed: ${error instanceof Error ? error.name : typeof error}`);
  return 'internal';
}

/** Only counts: nothing of the vault's content. */
const RESTORED_KEY = 'circlekeeper.restored';

function isReport(value: unknown): value is RestoreReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['added', 'updated', 'kept', 'removed'].every((k) => Number.isInteger(r[k]));
}

function restoreFailureOf(error: unknown): RestoreErrorKind | 'internal' {
  if (error instanceof Error && error.name === 'RestoreError' && 'kind' in error)
    return error.kind as RestoreErrorKind;
  return failureOf(error) === 'wrong-key' ? 'wrong-secret' : 'internal';
}

async function loadSettings(session: VaultSession): Promise<VaultSettings> {
  const { settingsRepository, DEFAULT_VAULT_SETTINGS } =
    await import('../data/repositories/settings.repository');
  const repository = settingsRepository(session);
  const stored = await repository.get('settings');
  if (stored) return stored;
  await repository.put(DEFAULT_VAULT_SETTINGS);
  return DEFAULT_VAULT_SETTINGS;
}

let initializing: Promise<void> | null = null;

export const useVaultStore = create<VaultState & VaultActions>()((set, get) => {
  const opened = async (session: VaultSession, extra: Partial<VaultState> = {}) => {
    environment.storage.removeItem(RESTORED_KEY);
    const settings = await loadSettings(session);
    set({ session, settings, creatingAnother: false, phase: 'unlocked', ...extra });
  };

  async function listAndSet(): Promise<void> {
    try {
      const vaults = environment.listVaults
        ? await environment.listVaults()
        : await (await environment.service()).list();
      set({ vaults, phase: vaults.length === 0 ? 'first-run' : 'locked' });
      environment.prefetch?.(() => void environment.service());
    } catch (error) {
      failureOf(error);
      set({ phase: 'unavailable' });
    }
  }

  return {
    ...INITIAL,

    init() {
      // Started before the first render (main.tsx) and again by the gate: one listing serves both.
      initializing ??= listAndSet().finally(() => {
        initializing = null;
      });
      return initializing;
    },

    async create(label, passphrase) {
      try {
        const service = await environment.service();
        const { session, recoveryKey } = await service.create({ label, passphrase });
        const settings = await loadSettings(session);
        set({
          session,
          settings,
          vaults: await service.list(),
          recoveryKey: formatRecoveryKey(recoveryKey),
          creatingAnother: false,
          phase: 'recovery-key',
        });
        recoveryKey.fill(0);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: failureOf(error) };
      }
    },

    acknowledgeRecoveryKey() {
      set({ recoveryKey: null, phase: 'unlocked' });
    },

    startCreatingAnother(on) {
      set({ creatingAnother: on });
    },

    async unlock(vaultId, passphrase) {
      const waitUntil = retryAt(readFailures(vaultId));
      if (waitUntil > environment.now()) return { ok: false, error: 'wait', retryAt: waitUntil };
      try {
        const session = await (await environment.service()).unlock(vaultId, passphrase);
        environment.storage.removeItem(failureKey(vaultId));
        await opened(session);
        return { ok: true };
      } catch (error) {
        const failure = failureOf(error);
        if (failure !== 'wrong-key') return { ok: false, error: failure };
        const record = {
          failures: (readFailures(vaultId)?.failures ?? 0) + 1,
          lastFailureAt: environment.now(),
        };
        environment.storage.setItem(failureKey(vaultId), JSON.stringify(record));
        const next = retryAt(record);
        return next > 0
          ? { ok: false, error: 'wrong-key', retryAt: next }
          : { ok: false, error: 'wrong-key' };
      }
    },

    async recover(vaultId, recoveryKey, newPassphrase) {
      try {
        const service = await environment.service();
        // The new passphrase is set first: it checks the key and the passphrase before writing,
        // so a refused passphrase leaves the vault exactly as it was.
        await service.changePassphrase(vaultId, { recoveryKey }, newPassphrase);
        const session = await service.unlockWithRecoveryKey(vaultId, recoveryKey);
        environment.storage.removeItem(failureKey(vaultId));
        await opened(session);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: failureOf(error) };
      }
    },

    async changePassphrase(current, next) {
      const { session } = get();
      if (!session) return { ok: false, error: 'internal' };
      try {
        await (
          await environment.service()
        ).changePassphrase(session.vaultId, { passphrase: current }, next);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: failureOf(error) };
      }
    },

    async verifyPassphrase(passphrase) {
      const { session } = get();
      if (!session) return false;
      return (await environment.service()).verifyPassphrase(session.vaultId, passphrase);
    },

    async updateSettings(patch) {
      const { session, settings } = get();
      if (!session || !settings) return { ok: false, error: 'internal' };
      try {
        const { settingsRepository } = await import('../data/repositories/settings.repository');
        const next = { ...settings, ...patch };
        await settingsRepository(session).put(next);
        set({ settings: next });
        return { ok: true };
      } catch (error) {
        return { ok: false, error: failureOf(error) };
      }
    },

    async deleteVault(typedLabel) {
      const { session } = get();
      if (!session) return { ok: false, error: 'internal' };
      try {
        // Let the deletion through, but reopen on next use if it is refused (a mistyped label).
        session.db.close({ disableAutoOpen: false });
        await (await environment.service()).delete(session.vaultId, typedLabel);
        // Nothing may be written into the deleted vault's database (it would create it again).
        discardPendingWrites();
        await get().lock();
        return { ok: true };
      } catch (error) {
        return { ok: false, error: failureOf(error) };
      }
    },

    async makeBackup(scope) {
      const { session } = get();
      if (!session) throw new Error('The vault is locked');
      // The last keystrokes belong in the backup.
      await flushPendingWrites();
      return (await environment.service()).backup(session, scope);
    },

    async restoreAsNewVault(backup, secret) {
      try {
        const service = await environment.service();
        const session = await service.restoreAsNewVault(backup, secret);
        await opened(session, { vaults: await service.list() });
        return { ok: true, report: null };
      } catch (error) {
        return { ok: false, error: restoreFailureOf(error) };
      }
    },

    async restoreIntoVault(backup, mode, secret) {
      const { session } = get();
      if (!session) return { ok: false, error: 'internal' };
      set({ restoring: true });
      let report: RestoreReport;
      try {
        // What is being typed is written first, so the merge weighs it too.
        await flushPendingWrites();
        report = await (
          await environment.service()
        ).restoreIntoVault(session, backup, mode, secret);
      } catch (error) {
        set({ restoring: false });
        return { ok: false, error: restoreFailureOf(error) };
      }
      // Every screen holds what was there before: lock at once, so nothing stale is shown or
      // written back over what was restored. The lock screen says what the restore did.
      discardPendingWrites();
      environment.storage.setItem(RESTORED_KEY, JSON.stringify(report));
      await get().lock();
      return { ok: true, report };
    },

    restoredReport() {
      // Read, not removed: the lock screen shows before the reload and again after it. The
      // next unlock forgets it.
      const raw = environment.storage.getItem(RESTORED_KEY);
      try {
        const report = JSON.parse(raw ?? 'null') as unknown;
        return isReport(report) ? report : null;
      } catch {
        return null;
      }
    },

    async lock() {
      if (get().phase === 'unlocked') {
        // The screen goes at once; the last edits are written before the keys are dropped.
        set({ phase: 'locked' });
        await flushPendingWrites();
      }
      clearPlaintextStores();
      environment.reload();
    },
  };
});

// Locking drops the keys and everything decrypted with them.
registerPlaintextStore(() => {
  const { session } = useVaultStore.getState();
  session?.db.close();
  useVaultStore.setState({ ...INITIAL, phase: 'locked', vaults: useVaultStore.getState().vaults });
});

export const vaultSelectors = {
  phase: (s: VaultState) => s.phase,
  vaults: (s: VaultState) => s.vaults,
  creatingAnother: (s: VaultState) => s.creatingAnother,
  recoveryKey: (s: VaultState) => s.recoveryKey,
  settings: (s: VaultState) => s.settings,
  vaultId: (s: VaultState) => s.session?.vaultId ?? null,
  label: (s: VaultState) => s.vaults.find((v) => v.id === s.session?.vaultId)?.label ?? null,
  idleLockMinutes: (s: VaultState) => s.settings?.idleLockMinutes ?? null,
};
