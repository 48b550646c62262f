/**
 * A new passphrase typed twice, as every form that sets one needs it (first run, recovery,
 * change of passphrase): its state, its live strength, and the checks before submitting.
 */
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { PassphraseFieldsProps } from './PassphraseFields';
import { usePassphraseStrength } from './usePassphraseStrength';

type FieldProps = Omit<PassphraseFieldsProps, 'passphraseLabel' | 'isDisabled'>;

export function useNewPassphrase(
  userInputs: readonly string[],
  onEdit: () => void = () => undefined,
) {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; confirm?: string }>({});
  const strength = usePassphraseStrength(passphrase, userInputs);

  const fieldProps: FieldProps = {
    passphrase,
    confirm,
    strength,
    onPassphrase: (value) => {
      setPassphrase(value);
      setErrors({});
      onEdit();
    },
    onConfirm: (value) => {
      setConfirm(value);
      setErrors({});
      onEdit();
    },
    passphraseError: errors.passphrase ?? null,
    confirmError: errors.confirm ?? null,
  };

  return {
    passphrase,
    fieldProps,
    /** Shows what is wrong at the fields; true when the passphrase may be used. */
    validate(): boolean {
      const found: typeof errors = {};
      if (!strength?.acceptable) {
        found.passphrase = t(
          strength && strength.level !== 'too-short' ? 'vault.errorWeak' : 'vault.feedbackTooShort',
        );
      }
      if (confirm !== passphrase) found.confirm = t('vault.errorMismatch');
      setErrors(found);
      return Object.keys(found).length === 0;
    },
    /** A refusal that came back from the vault, shown at the passphrase field. */
    fail(message: string) {
      setErrors({ passphrase: message });
    },
    clear() {
      setPassphrase('');
      setConfirm('');
      setErrors({});
    },
  };
}
