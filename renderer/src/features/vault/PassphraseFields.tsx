/**
 * A new passphrase, typed twice, with live strength feedback in the facilitator's language and
 * an offer to suggest six random words.
 */
import { useState } from 'react';
import type { TextKey } from '../../i18n/i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import type { StrengthEstimate } from '../../domain/vault/passphrase';
import { suggestPassphrase } from './usePassphraseStrength';
import { FEEDBACK_KEYS, LEVEL_KEYS } from './vaultMessages';

export interface PassphraseFieldsProps {
  readonly passphrase: string;
  readonly confirm: string;
  readonly onPassphrase: (value: string) => void;
  readonly onConfirm: (value: string) => void;
  /** From usePassphraseStrength in the screen, which also uses it to accept or refuse. */
  readonly strength: StrengthEstimate | null;
  readonly passphraseLabel: TextKey;
  readonly passphraseError: string | null;
  readonly confirmError: string | null;
  readonly isDisabled: boolean;
}

export function PassphraseFields(props: PassphraseFieldsProps) {
  const { t, language } = useI18n();
  const [visible, setVisible] = useState(false);
  const [suggested, setSuggested] = useState(false);
  const { strength } = props;
  const toggle = (
    <Button className="field-toggle" onPress={() => setVisible((v) => !v)} aria-pressed={visible}>
      {t(visible ? 'vault.hidePassphrase' : 'vault.showPassphrase')}
    </Button>
  );
  return (
    <div className="passphrase-fields">
      <TextField
        label={t(props.passphraseLabel)}
        description={t('vault.passphraseHelp')}
        type={visible ? 'text' : 'password'}
        autoComplete="new-password"
        value={props.passphrase}
        onChange={(value) => {
          setSuggested(false);
          props.onPassphrase(value);
        }}
        error={props.passphraseError}
        isDisabled={props.isDisabled}
        adornment={toggle}
        testId="new-passphrase"
      />
      {strength && props.passphrase.length > 0 ? (
        <div className="strength" data-level={strength.level} aria-live="polite">
          <div className="strength-meter" aria-hidden="true">
            {[0, 1, 2, 3].map((i) => (
              <span key={i} className="strength-step" />
            ))}
          </div>
          <p className="strength-level">{t(LEVEL_KEYS[strength.level])}</p>
          {strength.feedback.length > 0 ? (
            <ul className="strength-feedback">
              {strength.feedback.map((code) => (
                <li key={code}>{t(FEEDBACK_KEYS[code])}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="suggest">
        <Button
          isDisabled={props.isDisabled}
          testId="suggest-passphrase"
          onPress={() =>
            void suggestPassphrase(language).then((words) => {
              setVisible(true);
              setSuggested(true);
              props.onPassphrase(words);
              props.onConfirm(words);
            })
          }
        >
          {t('vault.suggest')}
        </Button>
        {suggested ? <p className="suggest-note">{t('vault.suggestedNote')}</p> : null}
      </div>
      <TextField
        label={t('vault.confirmLabel')}
        type={visible ? 'text' : 'password'}
        autoComplete="new-password"
        value={props.confirm}
        onChange={props.onConfirm}
        error={props.confirmError}
        isDisabled={props.isDisabled}
        testId="confirm-passphrase"
      />
    </div>
  );
}
