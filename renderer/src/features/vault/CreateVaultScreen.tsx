import { useState, type SyntheticEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useVaultStore, vaultSelectors } from '../../stores/vault.store';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { PassphraseFields } from './PassphraseFields';
import { usePassphraseStrength } from './usePassphraseStrength';
import { VaultLayout } from './VaultLayout';
import { FAILURE_KEYS } from './vaultMessages';

export function CreateVaultScreen() {
  const { t } = useI18n();
  const create = useVaultStore((s) => s.create);
  const startCreatingAnother = useVaultStore((s) => s.startCreatingAnother);
  const another = useVaultStore(vaultSelectors.creatingAnother);
  const [label, setLabel] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{
    label?: string;
    passphrase?: string;
    confirm?: string;
    form?: string;
  }>({});
  const strength = usePassphraseStrength(passphrase, [label]);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (label.trim().length === 0) next.label = t('vault.errorLabelEmpty');
    if (!strength?.acceptable) {
      next.passphrase = t(
        strength?.level === 'too-short' || !strength ? 'vault.feedbackTooShort' : 'vault.errorWeak',
      );
    }
    if (confirm !== passphrase) next.confirm = t('vault.errorMismatch');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    const outcome = await create(label, passphrase);
    setBusy(false);
    if (outcome.ok) return;
    const message =
      outcome.error === 'wait' ? t('vault.errorInternal') : t(FAILURE_KEYS[outcome.error]);
    if (outcome.error === 'label-empty' || outcome.error === 'label-too-long')
      setErrors({ label: message });
    else if (outcome.error === 'passphrase-too-short') setErrors({ passphrase: message });
    else setErrors({ form: message });
  };

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
          passphraseLabel="vault.passphraseLabel"
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
      </form>
    </VaultLayout>
  );
}
