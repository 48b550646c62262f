import { lazy, Suspense, useState, type SyntheticEvent } from 'react';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useVaultStore, vaultSelectors, type Outcome } from '../../stores/vault.store';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { TextField } from '../../ui/TextField';
import { useSecondTick } from '../../ui/useSecondTick';
import { RecoverForm } from './RecoverForm';
// Restoring is rare: its screen (and the backup code behind it) loads when it is asked for.
const RestoreVaultScreen = lazy(() =>
  import('./RestoreVaultScreen').then((m) => ({ default: m.RestoreVaultScreen })),
);
import { VaultLayout } from './VaultLayout';
import { FAILURE_KEYS } from './vaultMessages';

/** Counts down to the next allowed try, in words; only this leaf ticks each second. */
function RetryCountdown({ until }: { until: number }) {
  const { t } = useI18n();
  const now = useSecondTick();
  const seconds = Math.ceil((until - now) / 1000);
  return seconds > 0 ? <span>{t('vault.errorWait', { count: seconds })}</span> : null;
}

export function UnlockScreen() {
  const { t, language } = useI18n();
  const vaults = useVaultStore(vaultSelectors.vaults);
  const unlock = useVaultStore((s) => s.unlock);
  const startCreatingAnother = useVaultStore((s) => s.startCreatingAnother);
  const [vaultId, setVaultId] = useState(vaults[0]?.id ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Extract<Outcome, { ok: false }> | null>(null);
  const [recovering, setRecovering] = useState(false);
  const [restoring, setRestoring] = useState(false);
  // A restore into the vault locked it: say what it did (until the vault is unlocked).
  const [restored] = useState(() => useVaultStore.getState().restoredReport());
  const chosen = vaults.find((v) => v.id === vaultId) ?? vaults[0];

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!chosen || busy) return;
    setBusy(true);
    const outcome = await unlock(chosen.id, passphrase);
    setBusy(false);
    if (!outcome.ok) {
      setFailure(outcome);
      setPassphrase('');
    }
  };

  if (restoring)
    return (
      <Suspense fallback={<div className="screen-loading" />}>
        <RestoreVaultScreen onCancel={() => setRestoring(false)} />
      </Suspense>
    );

  if (recovering && chosen) {
    return (
      <VaultLayout title={t('vault.recoverTitle')} lead={t('vault.recoverLead')}>
        <RecoverForm vault={chosen} onCancel={() => setRecovering(false)} />
      </VaultLayout>
    );
  }

  return (
    <VaultLayout title={t('vault.unlockTitle')} lead={t('vault.unlockLead')}>
      <form className="vault-form" noValidate onSubmit={(event) => void submit(event)}>
        {restored ? (
          <p className="callout" role="status" data-testid="restored-report">
            {t('backup.restoredSummary', {
              added: formatNumber(restored.added, language),
              updated: formatNumber(restored.updated, language),
              kept: formatNumber(restored.kept, language),
              removed: formatNumber(restored.removed, language),
            })}{' '}
            {t('backup.restoredUnlock')}
          </p>
        ) : null}
        {vaults.length > 1 ? (
          <ChoiceGroup
            label={t('vault.chooseVault')}
            value={chosen?.id ?? ''}
            choices={vaults.map((v) => ({ value: v.id, label: v.label }))}
            onChange={(id) => {
              setVaultId(id);
              setFailure(null);
            }}
          />
        ) : (
          <p className="vault-label-shown">
            <span className="field-label">{t('vault.chooseVault')}</span>{' '}
            <strong>{chosen?.label}</strong>
          </p>
        )}
        <p className="field-description">{t('vault.lockScreenNote')}</p>
        <TextField
          label={t('vault.passphraseLabel')}
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={setPassphrase}
          isDisabled={busy}
          testId="unlock-passphrase"
        />
        {failure ? (
          <p className="form-error" role="alert">
            {failure.error === 'wait' ? null : <span>{t(FAILURE_KEYS[failure.error])} </span>}
            {failure.retryAt ? <RetryCountdown until={failure.retryAt} /> : null}
          </p>
        ) : null}
        <div className="form-actions">
          <Button
            variant="primary"
            type="submit"
            isDisabled={busy || passphrase.length === 0}
            testId="unlock"
          >
            {t(busy ? 'vault.unlocking' : 'vault.unlockButton')}
          </Button>
        </div>
        <div className="vault-links">
          <Button className="link-button" onPress={() => setRecovering(true)} testId="forgot">
            {t('vault.forgot')}
          </Button>
          <Button
            className="link-button"
            onPress={() => startCreatingAnother(true)}
            testId="create-another"
          >
            {t('vault.createAnother')}
          </Button>
          <Button
            className="link-button"
            onPress={() => setRestoring(true)}
            testId="restore-backup"
          >
            {t('backup.restoreFromLock')}
          </Button>
        </div>
      </form>
    </VaultLayout>
  );
}
