/**
 * Nothing of the app shows until a vault is open: first run creates one, the lock screen opens
 * one, and the recovery key is shown once in between.
 */
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useVaultStore, vaultSelectors } from '../stores/vault.store';
import { CreateVaultScreen } from '../features/vault/CreateVaultScreen';
import { RecoveryKeyScreen } from '../features/vault/RecoveryKeyScreen';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { VaultLayout } from '../features/vault/VaultLayout';

function prefetchShell(): void {
  void import('./Shell');
  void import('../features/groups/GroupsScreen');
}

function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 200);
}

function markReady(): void {
  if (document.documentElement.dataset['ready'] === 'true') return;
  document.documentElement.dataset['ready'] = 'true';
  performance.mark('circlekeeper:interactive');
}

export function VaultGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const phase = useVaultStore(vaultSelectors.phase);
  const another = useVaultStore(vaultSelectors.creatingAnother);
  const init = useVaultStore((s) => s.init);

  useEffect(() => {
    void init();
  }, [init]);

  useEffect(() => {
    if (phase !== 'loading') markReady();
    document.documentElement.dataset['vault'] = phase;
    // While the facilitator types the passphrase, fetch the app's frame and first screen that
    // follow: once this screen is up, in idle time, so they never compete with it.
    if (phase === 'first-run' || phase === 'locked') whenIdle(prefetchShell);
  }, [phase]);

  switch (phase) {
    case 'loading':
      return <div className="screen-loading" />;
    case 'unavailable':
      return (
        <VaultLayout title={t('vault.unavailableTitle')} lead={t('vault.unavailable')}>
          {null}
        </VaultLayout>
      );
    case 'first-run':
      return <CreateVaultScreen />;
    case 'locked':
      return another ? <CreateVaultScreen /> : <UnlockScreen />;
    case 'recovery-key':
      return <RecoveryKeyScreen />;
    case 'unlocked':
      return children;
  }
}
