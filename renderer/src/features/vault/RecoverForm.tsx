import { useState, type SyntheticEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { VaultSummary } from '../../stores/vault.store';
import { useVaultStore } from '../../stores/vault.store';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { PassphraseFields } from './PassphraseFields';
import { usePassphraseStrength } from './usePassphraseStrength';
import { FAILURE_KEYS } from './vaultMessages';

/** The recovery key opens the vault; a new passphrase replaces the forgotten one. */
export function RecoverForm({ vault, onCancel }: { vault: VaultSummary; onCancel: () => void }) {
  const { t } = useI18n();
  const recover = useVaultStore((s) => s.recover);
  const [key, setKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{
    key?: string;
    passphrase?: string;
    confirm?: string;
    form?: string;
  }>({});
  const strength = usePassphraseStrength(passphrase, [vault.label]);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (key.trim().length === 0) next.key = t('vault.errorBadRecoveryKey');
    if (!strength?.acceptable)
      next.passphrase = t(
        strength?.level === 'too-short' || !strength ? 'vault.feedbackTooShort' : 'vault.errorWeak',
      );
    if (confirm !== passphrase) next.confirm = t('vault.errorMismatch');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    const outcome = await recover(vault.id, key, passphrase);
    setBusy(false);
    if (outcome.ok) return;
    if (outcome.error === 'wrong-key') setErrors({ key: t('vault.errorWrongRecoveryKey') });
    else if (outcome.error === 'corrupted') setErrors({ key: t('vault.errorBadRecoveryKey') });
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
        passphrase={passphrase}
        confirm={confirm}
        onPassphrase={(value) => {
          setPassphrase(value);
          setErrors({});
        }}
        onConfirm={(value) => {
          setConfirm(value);
          setErrors({});
        }}
        strength={strength}
        passphraseLabel="vault.newPassphraseLabel"
        passphraseError={errors.passphrase ?? null}
        confirmError={errors.confirm ?? null}
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
