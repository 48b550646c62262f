import { lazy, Suspense, useState, type SyntheticEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useVaultStore, vaultSelectors } from '../../stores/vault.store';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { PassphraseFields } from './PassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
// Restoring is rare: its screen (and the backup code behind it) loads when it is asked for.
const RestoreVaultScreen = lazy(() =>
  import('./RestoreVaultScreen').then((m) => ({ default: m.RestoreVaultScreen })),
);
import { VaultLayout } from './VaultLayout';
import { FAILURE_KEYS } from './vaultMessages';

export function CreateVaultScreen() {
  const { t } = useI18n();
  const create = useVaultStore((s) => s.create);
  const startCreatingAnother = useVaultStore((s) => s.startCreatingAnother);
  const another = useVaultStore(vaultSelectors.creatingAnother);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [errors, setErrors] = useState<{ label?: string; form?: string }>({});
  const passphrase = useNewPassphrase([label], () => setErrors({}));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const labelError = label.trim().length === 0 ? t('vault.errorLabelEmpty') : undefined;
    const passphraseOk = passphrase.validate();
    setErrors(labelError ? { label: labelError } : {});
    if (labelError || !passphraseOk) return;
    setBusy(true);
    const outcome = await create(label, passphrase.passphrase);
    setBusy(false);
    if (outcome.ok) return;
    const message =
      outcome.error === 'wait' ? t('vault.errorInternal') : t(FAILURE_KEYS[outcome.error]);
    if (outcome.error === 'label-empty' || outcome.error === 'label-too-long')
      setErrors({ label: message });
    else if (outcome.error === 'passphrase-too-short') passphrase.fail(message);
    else setErrors({ form: message });
  };

  if (restoring)
    return (
      <Suspense fallback={<div className="screen-loading" />}>
        <RestoreVaultScreen onCancel={() => setRestoring(false)} />
      </Suspense>
    );

  return (
    <VaultLayout title={t('vault.createTitle')} lead={t('vault.createLead')}>
      <form className="vault-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('vault.labelLabel')}
          description={t('vault.labelHelp')}
          value={label}
          onChange={(value) => {
            setLabel(value);
            setErrors({});
          }}
          error={errors.label ?? null}
          isDisabled={busy}
          autoComplete="off"
          autoFocus
          testId="vault-label"
        />
        <PassphraseFields
          {...passphrase.fieldProps}
          passphraseLabel="vault.passphraseLabel"
          isDisabled={busy}
        />
        {errors.form ? (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <div className="form-actions">
          <Button variant="primary" type="submit" isDisabled={busy} testId="create-vault">
            {t('vault.createButton')}
          </Button>
          {another ? (
            <Button isDisabled={busy} onPress={() => startCreatingAnother(false)}>
              {t('vault.backToUnlock')}
            </Button>
          ) : null}
        </div>
        <p className="status" role="status">
          {busy ? t('vault.creating') : ''}
        </p>
        <div className="vault-links">
          <Button
            className="link-button"
            isDisabled={busy}
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
