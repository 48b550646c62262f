import { useState, type SyntheticEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useVaultStore, type VaultSummary } from '../../stores/vault.store';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { PassphraseFields } from './PassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { FAILURE_KEYS } from './vaultMessages';

/** The recovery key opens the vault; a new passphrase replaces the forgotten one. */
export function RecoverForm({ vault, onCancel }: { vault: VaultSummary; onCancel: () => void }) {
  const { t } = useI18n();
  const recover = useVaultStore((s) => s.recover);
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ key?: string; form?: string }>({});
  const passphrase = useNewPassphrase([vault.label], () => setErrors({}));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const keyError = key.trim().length === 0 ? t('vault.errorBadRecoveryKey') : undefined;
    const passphraseOk = passphrase.validate();
    setErrors(keyError ? { key: keyError } : {});
    if (keyError || !passphraseOk) return;
    setBusy(true);
    const outcome = await recover(vault.id, key, passphrase.passphrase);
    setBusy(false);
    if (outcome.ok) return;
    if (outcome.error === 'wrong-key') setErrors({ key: t('vault.errorWrongRecoveryKey') });
    else if (outcome.error === 'corrupted') setErrors({ key: t('vault.errorBadRecoveryKey') });
    else if (outcome.error === 'passphrase-too-short') passphrase.fail(t('vault.feedbackTooShort'));
    else
      setErrors({
        form: outcome.error === 'wait' ? t('vault.errorInternal') : t(FAILURE_KEYS[outcome.error]),
      });
  };

  return (
    <form className="vault-form" noValidate onSubmit={(event) => void submit(event)}>
      <p className="vault-label-shown">
        <span className="field-label">{t('vault.chooseVault')}</span> <strong>{vault.label}</strong>
      </p>
      <TextField
        label={t('vault.recoveryKeyLabel')}
        description={t('vault.recoveryKeyHelp')}
        value={key}
        onChange={(value) => {
          setKey(value);
          setErrors({});
        }}
        error={errors.key ?? null}
        isDisabled={busy}
        autoComplete="off"
        autoFocus
        dir="ltr"
        className="field-recovery"
        testId="recovery-key-input"
      />
      <PassphraseFields
        {...passphrase.fieldProps}
        passphraseLabel="vault.newPassphraseLabel"
        isDisabled={busy}
      />
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="form-actions">
        <Button variant="primary" type="submit" isDisabled={busy} testId="recover">
          {t('vault.recoverButton')}
        </Button>
        <Button isDisabled={busy} onPress={onCancel}>
          {t('vault.backToUnlock')}
        </Button>
      </div>
      <p className="status" role="status">
        {busy ? t('vault.recovering') : ''}
      </p>
    </form>
  );
}
