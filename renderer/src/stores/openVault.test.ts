import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VaultSession } from '../data/repositories/repository';
import { forOpenVault, reportUnlessLocked } from './openVault';
import { useVaultStore } from './vault.store';

const session = (vaultId: string) => ({ vaultId }) as unknown as VaultSession;

afterEach(() => useVaultStore.setState({ session: null }));

describe('forOpenVault', () => {
  it('makes once per vault session, and again for the next one', async () => {
    const made: string[] = [];
    const repos = forOpenVault((s) => {
      made.push(s.vaultId);
      return Promise.resolve(s.vaultId);
    });
    const first = session('a');
    useVaultStore.setState({ session: first });
    expect(await repos.get()).toBe('a');
    expect(await repos.get()).toBe('a');
    useVaultStore.setState({ session: session('b') });
    expect(await repos.get()).toBe('b');
    expect(made).toEqual(['a', 'b']);
  });

  it('refuses while locked, and keeps nothing made for a vault that locked meanwhile', async () => {
    let release: () => void = () => undefined;
    const made: string[] = [];
    const repos = forOpenVault(async (s) => {
      made.push(s.vaultId);
      await new Promise<void>((resolve) => (release = resolve));
      return s.vaultId;
    });
    await expect(repos.get()).rejects.toThrow(/locked/);
    useVaultStore.setState({ session: session('a') });
    const pending = repos.get();
    useVaultStore.setState({ session: null });
    release();
    await expect(pending).rejects.toThrow(/locked/);
    useVaultStore.setState({ session: session('a2') });
    const again = repos.get();
    release();
    expect(await again).toBe('a2');
    expect(made).toEqual(['a', 'a2']);
  });
});

describe('reportUnlessLocked', () => {
  it('logs a failure while the vault is open, and stays quiet once it locked', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const closed = Object.assign(new Error('closed'), { name: 'DatabaseClosedError' });
    useVaultStore.setState({ session: {} as VaultSession });
    reportUnlessLocked('Could not load groups', closed);
    expect(log).toHaveBeenCalledWith('Could not load groups: DatabaseClosedError');
    useVaultStore.setState({ session: null });
    reportUnlessLocked('Could not load groups', closed);
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});
