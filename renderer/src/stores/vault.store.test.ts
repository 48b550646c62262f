import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatRecoveryKey } from '../domain/crypto/encoding';
import { vaultDbName } from '../data/db';
import {
  DEFAULT_VAULT_SETTINGS,
  settingsRepository,
} from '../data/repositories/settings.repository';
import {
  createTestVaultService,
  findPlaintext,
  type TestVaultService,
} from '../data/testing/vaultFixtures';
import { configureVaultEnvironment, useVaultStore, vaultSelectors } from './vault.store';

const PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'a brand new tuesday phrase';
const WRONG_PASSPHRASE = 'correct horse battery stapler';
const LABEL = 'Tuesday group';

const initialState = useVaultStore.getState();

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

let env: TestVaultService;
let now: number;
let storage: MemoryStorage;
const reload = vi.fn();

const store = () => useVaultStore.getState();

beforeEach(() => {
  useVaultStore.setState(initialState, true);
  now = 1_700_000_000_000;
  storage = new MemoryStorage();
  reload.mockReset();
  env = createTestVaultService({ now: () => now });
  configureVaultEnvironment({
    service: async () => env.service,
    reload,
    storage,
    now: () => now,
  });
});

afterEach(() => {
  store().session?.db.close();
  env.close();
});

/** A vault made directly through the service, as if on an earlier run of the app. */
async function existingVault(label = LABEL, passphrase = PASSPHRASE) {
  const { session, recoveryKey } = await env.service.create({ label, passphrase });
  await settingsRepository(session).put(DEFAULT_VAULT_SETTINGS);
  session.db.close();
  return { id: session.vaultId, recoveryKey: formatRecoveryKey(recoveryKey) };
}

/** Creates a vault through the store and leaves it unlocked. */
async function createdAndUnlocked() {
  expect(await store().create(LABEL, PASSPHRASE)).toEqual({ ok: true });
  const recoveryKey = store().recoveryKey ?? '';
  store().acknowledgeRecoveryKey();
  const id = vaultSelectors.vaultId(store()) ?? '';
  return { id, recoveryKey };
}

describe('init', () => {
  it('goes to first run when there is no vault', async () => {
    expect(store().phase).toBe('loading');
    await store().init();
    expect(store().phase).toBe('first-run');
    expect(store().vaults).toEqual([]);
  });

  it('goes to the lock screen when there are vaults, listing them', async () => {
    const { id } = await existingVault();
    await store().init();
    expect(store().phase).toBe('locked');
    expect(store().vaults.map((v) => [v.id, v.label])).toEqual([[id, LABEL]]);
    expect(store().session).toBeNull();
  });

  it('says unavailable when the data layer cannot load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    configureVaultEnvironment({ service: () => Promise.reject(new Error('no IndexedDB')) });
    await store().init();
    expect(store().phase).toBe('unavailable');
    expect(error).toHaveBeenCalledTimes(1);
  });
});

describe('create', () => {
  it('opens the new vault, shows its recovery key once and saves default settings', async () => {
    await store().init();
    expect(await store().create(`  ${LABEL} `, PASSPHRASE)).toEqual({ ok: true });

    const state = store();
    expect(state.phase).toBe('recovery-key');
    expect(state.recoveryKey).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{4}){12}$/);
    expect(state.settings).toEqual(DEFAULT_VAULT_SETTINGS);
    const id = vaultSelectors.vaultId(state);
    expect(state.vaults.map((v) => [v.id, v.label])).toEqual([[id, LABEL]]);
    expect(vaultSelectors.label(state)).toBe(LABEL);

    // Saved, encrypted, in the vault's own database: a later unlock reads them.
    const reopened = await env.service.unlock(id ?? '', PASSPHRASE);
    expect(await settingsRepository(reopened).get('settings')).toEqual(DEFAULT_VAULT_SETTINGS);
    reopened.db.close();
    // And the key shown is the vault's recovery key.
    const recovered = await env.service.unlockWithRecoveryKey(id ?? '', state.recoveryKey ?? '');
    expect(recovered.keyId).toBe(state.session?.keyId);
    recovered.db.close();
  });

  it('refuses bad input with its code and stays where it was', async () => {
    await store().init();
    expect(await store().create('   ', PASSPHRASE)).toEqual({ ok: false, error: 'label-empty' });
    expect(await store().create(LABEL, 'short')).toEqual({
      ok: false,
      error: 'passphrase-too-short',
    });
    expect(store().phase).toBe('first-run');
    expect(store().session).toBeNull();
    expect(await env.service.list()).toEqual([]);
  });

  it('unlocks once the recovery key is acknowledged', async () => {
    await store().create(LABEL, PASSPHRASE);
    store().acknowledgeRecoveryKey();
    expect(store().phase).toBe('unlocked');
    expect(store().recoveryKey).toBeNull();
    expect(store().session).not.toBeNull();
  });
});

describe('lock', () => {
  it('drops the session, the settings and the recovery key, and reloads', async () => {
    await store().create(LABEL, PASSPHRASE);
    const { session } = store();
    await store().lock();

    expect(reload).toHaveBeenCalledTimes(1);
    const state = store();
    expect(state.session).toBeNull();
    expect(state.settings).toBeNull();
    expect(state.recoveryKey).toBeNull();
    expect(state.phase).toBe('locked');
    expect(state.vaults).toHaveLength(1);
    expect(session?.db.isOpen()).toBe(false);
  });
});

describe('unlock', () => {
  it('makes the third wrong passphrase in a row wait, without asking the service meanwhile', async () => {
    const { id } = await existingVault();
    await store().init();
    const unlock = vi.spyOn(env.service, 'unlock');

    expect(await store().unlock(id, WRONG_PASSPHRASE)).toEqual({ ok: false, error: 'wrong-key' });
    expect(await store().unlock(id, WRONG_PASSPHRASE)).toEqual({ ok: false, error: 'wrong-key' });
    expect(await store().unlock(id, WRONG_PASSPHRASE)).toEqual({
      ok: false,
      error: 'wrong-key',
      retryAt: now + 2_000,
    });
    expect(unlock).toHaveBeenCalledTimes(3);
    // Nothing typed is kept, only the count.
    expect(findPlaintext([...storage.items], [WRONG_PASSPHRASE])).toEqual([]);

    const retryAt = now + 2_000;
    now += 1_000;
    expect(await store().unlock(id, PASSPHRASE)).toEqual({ ok: false, error: 'wait', retryAt });
    expect(unlock).toHaveBeenCalledTimes(3);
    expect(store().phase).toBe('locked');

    now = retryAt;
    expect(await store().unlock(id, PASSPHRASE)).toEqual({ ok: true });
    expect(unlock).toHaveBeenCalledTimes(4);
    expect(store().phase).toBe('unlocked');
    expect(store().settings).toEqual(DEFAULT_VAULT_SETTINGS);
    expect(storage.items.size).toBe(0);

    // The count started over: the next wrong passphrase is a free one again.
    await store().lock();
    expect(await store().unlock(id, WRONG_PASSPHRASE)).toEqual({ ok: false, error: 'wrong-key' });
  });

  it('keeps each vault’s count apart', async () => {
    const a = await existingVault('Alpha group');
    const b = await existingVault('Beta group', NEW_PASSPHRASE);
    for (let i = 0; i < 3; i++) await store().unlock(a.id, WRONG_PASSPHRASE);
    expect((await store().unlock(a.id, PASSPHRASE)).ok).toBe(false);
    expect(await store().unlock(b.id, NEW_PASSPHRASE)).toEqual({ ok: true });
  });

  it('passes other errors through without counting them', async () => {
    expect(await store().unlock('missing', PASSPHRASE)).toEqual({
      ok: false,
      error: 'no-such-vault',
    });
    expect(storage.items.size).toBe(0);
  });
});

describe('recover', () => {
  it('opens with the recovery key and sets the new passphrase; the old one no longer opens', async () => {
    const { id, recoveryKey } = await existingVault();
    await store().init();
    for (let i = 0; i < 3; i++) await store().unlock(id, WRONG_PASSPHRASE);

    expect(await store().recover(id, recoveryKey.toLowerCase(), NEW_PASSPHRASE)).toEqual({
      ok: true,
    });
    expect(store().phase).toBe('unlocked');
    expect(store().settings).toEqual(DEFAULT_VAULT_SETTINGS);
    expect(storage.items.size).toBe(0);

    await store().lock();
    expect(await store().unlock(id, PASSPHRASE)).toEqual({ ok: false, error: 'wrong-key' });
    expect(await store().unlock(id, NEW_PASSPHRASE)).toEqual({ ok: true });
  });

  it('refuses a wrong or malformed key and a short new passphrase', async () => {
    const { id, recoveryKey } = await existingVault();
    const other = await existingVault('Other group');
    await store().init();
    expect(await store().recover(id, other.recoveryKey, NEW_PASSPHRASE)).toEqual({
      ok: false,
      error: 'wrong-key',
    });
    expect(await store().recover(id, 'not a key', NEW_PASSPHRASE)).toEqual({
      ok: false,
      error: 'corrupted',
    });
    expect(await store().recover(id, recoveryKey, 'too short')).toEqual({
      ok: false,
      error: 'passphrase-too-short',
    });
    expect(store().phase).toBe('locked');
    expect(store().session).toBeNull();
    expect(await env.service.verifyPassphrase(id, PASSPHRASE)).toBe(true);
  });
});

describe('settings', () => {
  it('persist: a later unlock reads them back', async () => {
    const { id } = await createdAndUnlocked();
    const patch = { idleLockMinutes: 15, facilitatorName: 'Amina Haddad' };
    expect(await store().updateSettings(patch)).toEqual({ ok: true });
    expect(store().settings).toEqual({ ...DEFAULT_VAULT_SETTINGS, ...patch });
    expect(vaultSelectors.idleLockMinutes(store())).toBe(15);

    await store().lock();
    expect(store().settings).toBeNull();
    expect(await store().unlock(id, PASSPHRASE)).toEqual({ ok: true });
    expect(store().settings).toEqual({ ...DEFAULT_VAULT_SETTINGS, ...patch });
  });

  it('refuses values the schema refuses, keeping the old ones', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { id } = await createdAndUnlocked();
    expect(await store().updateSettings({ idleLockMinutes: 0 })).toEqual({
      ok: false,
      error: 'internal',
    });
    expect(error).toHaveBeenCalledTimes(1);
    expect(store().settings).toEqual(DEFAULT_VAULT_SETTINGS);
    const reopened = await env.service.unlock(id, PASSPHRASE);
    expect(await settingsRepository(reopened).get('settings')).toEqual(DEFAULT_VAULT_SETTINGS);
    reopened.db.close();
  });

  it('are refused when no vault is open', async () => {
    expect(await store().updateSettings({ idleLockMinutes: 10 })).toEqual({
      ok: false,
      error: 'internal',
    });
  });
});

describe('changing the passphrase from settings', () => {
  it('needs the current passphrase; the new one then opens', async () => {
    const { id } = await createdAndUnlocked();
    expect(await store().changePassphrase(WRONG_PASSPHRASE, NEW_PASSPHRASE)).toEqual({
      ok: false,
      error: 'wrong-key',
    });
    expect(await store().changePassphrase(PASSPHRASE, NEW_PASSPHRASE)).toEqual({ ok: true });
    expect(await store().verifyPassphrase(NEW_PASSPHRASE)).toBe(true);
    expect(await store().verifyPassphrase(PASSPHRASE)).toBe(false);
    expect(await env.service.verifyPassphrase(id, NEW_PASSPHRASE)).toBe(true);
  });
});

describe('deleteVault', () => {
  it('with the wrong label keeps the vault, and the open session still works', async () => {
    const { id } = await createdAndUnlocked();
    expect(await store().deleteVault('Tuesday')).toEqual({ ok: false, error: 'label-mismatch' });
    expect(reload).not.toHaveBeenCalled();
    expect((await env.service.list()).map((v) => v.id)).toEqual([id]);
    expect(store().phase).toBe('unlocked');
    expect(await store().updateSettings({ idleLockMinutes: 7 })).toEqual({ ok: true });
  });

  it('with the right label deletes it and its database, then reloads', async () => {
    const other = await existingVault('Other group', NEW_PASSPHRASE);
    const { id } = await createdAndUnlocked();
    await store().updateSettings({ facilitatorName: 'Amina Haddad' });

    expect(await store().deleteVault(LABEL)).toEqual({ ok: true });
    expect(reload).toHaveBeenCalledTimes(1);
    expect(store().session).toBeNull();
    expect(store().phase).toBe('locked');
    expect((await env.service.list()).map((v) => v.id)).toEqual([other.id]);
    const names = (await env.indexedDB.databases()).map((info) => info.name);
    expect(names).not.toContain(vaultDbName(id));
    expect(names).toContain(vaultDbName(other.id));
  });
});

describe('backups', () => {
  it('makes a backup of the open vault, and restores it as a vault of its own after deletion', async () => {
    const { recoveryKey } = await createdAndUnlocked();
    const { makeBackupOfOpenVault, readBackupFile } = await import('./backup');
    const made = await makeBackupOfOpenVault();
    expect(made.fileName).toMatch(/^circlekeeper-[a-z0-9]+-\d{8}-\d{6}\.ckbackup$/);
    const read = await readBackupFile(new TextEncoder().encode(made.text));
    if (!read.ok) throw new Error(read.error);
    expect(read.preview.sameVault).toBe(true);
    expect(read.preview.counts.settings).toBe(1);

    expect(await store().deleteVault(LABEL)).toEqual({ ok: true });
    useVaultStore.setState({ ...initialState, phase: 'first-run' }, true);
    expect(
      await store().restoreAsNewVault(read.preview.backup, { passphrase: WRONG_PASSPHRASE }),
    ).toEqual({ ok: false, error: 'wrong-secret' });
    expect(store().phase).toBe('first-run');
    expect(await store().restoreAsNewVault(read.preview.backup, { recoveryKey })).toEqual({
      ok: true,
      report: null,
    });
    expect(store().phase).toBe('unlocked');
    expect(store().vaults.map((v) => v.label)).toEqual([LABEL]);
    expect(store().settings).toEqual(DEFAULT_VAULT_SETTINGS);
  });

  it('merges a backup into the open vault, and reports a file that is not a backup in kind', async () => {
    await createdAndUnlocked();
    const { makeBackupOfOpenVault, readBackupFile } = await import('./backup');
    const read = await readBackupFile(
      new TextEncoder().encode((await makeBackupOfOpenVault()).text),
    );
    if (!read.ok) throw new Error(read.error);
    expect(await store().restoreIntoVault(read.preview.backup, 'merge')).toEqual({
      ok: true,
      report: { added: 0, updated: 0, kept: 1, removed: 0 },
    });
    // Every screen held what was there before: the vault locked at once, and the lock screen
    // is told (once) what the restore did.
    expect(reload).toHaveBeenCalledTimes(1);
    expect(store().session).toBeNull();
    expect(store().restoring).toBe(false);
    // The lock screen shows it before the reload and again after it; the next unlock forgets it.
    const report = { added: 0, updated: 0, kept: 1, removed: 0 };
    expect(store().restoredReport()).toEqual(report);
    expect(store().restoredReport()).toEqual(report);
    useVaultStore.setState({ phase: 'locked' });
    expect(await store().unlock(read.preview.backup.vaultId, PASSPHRASE)).toEqual({ ok: true });
    expect(store().restoredReport()).toBeNull();
    expect(await readBackupFile(new TextEncoder().encode('{"hello":1}'))).toEqual({
      ok: false,
      error: 'not-a-backup',
    });
    expect(await readBackupFile(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({
      ok: false,
      error: 'not-a-backup',
    });
  });
});
