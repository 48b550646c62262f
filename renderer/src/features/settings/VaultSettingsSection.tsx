/** Settings of the open vault: stored encrypted in it, shown only while it is open. */
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useVaultStore, vaultSelectors } from '../../stores/vault.store';
import { Button } from '../../ui/Button';
import { Confidential } from '../../ui/Confidential';
import { TextField } from '../../ui/TextField';
import { PassphraseFields } from '../vault/PassphraseFields';
import { useNewPassphrase } from '../vault/useNewPassphrase';
import { FAILURE_KEYS } from '../vault/vaultMessages';

const SAVE_DELAY_MS = 400;

function PrivateName() {
  const { t } = useI18n();
  const stored = useVaultStore((s) => s.settings?.facilitatorName ?? '');
  const update = useVaultStore((s) => s.updateSettings);
  const [name, setName] = useState(stored);
  const [status, setStatus] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setStatus(t('settings.saving'));
    const timer = setTimeout(() => {
      void update({ facilitatorName: name.trim().slice(0, 80) }).then((outcome) =>
        setStatus(outcome.ok ? t('settings.saved') : t('vault.errorInternal')),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [name, update, t]);
  return (
    <Confidential>
      <TextField
        label={t('settings.facilitatorName')}
        description={t('settings.facilitatorNameHelp')}
        value={name}
        onChange={setName}
        autoComplete="off"
        testId="facilitator-name"
      />
      <p className="status" role="status">
        {status}
      </p>
    </Confidential>
  );
}

function IdleLock() {
  const { t } = useI18n();
  const stored = useVaultStore(vaultSelectors.idleLockMinutes);
  const update = useVaultStore((s) => s.updateSettings);
  const [value, setValue] = useState(String(stored ?? 5));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const change = (next: string) => {
    setValue(next);
    const minutes = Number(next);
    if (!/^\d+$/.test(next.trim()) || minutes < 1 || minutes > 60) {
      setError(t('settings.idleLockInvalid'));
      return;
    }
    setError(null);
    void update({ idleLockMinutes: minutes }).then((outcome) =>
      setStatus(outcome.ok ? t('settings.saved') : ''),
    );
  };
  return (
    <div>
      <TextField
        label={t('settings.idleLock')}
        description={t('settings.idleLockHelp')}
        value={value}
        onChange={change}
        inputMode="numeric"
        error={error}
        testId="idle-minutes"
      />
      <p className="status" role="status">
        {status}
      </p>
    </div>
  );
}

function ChangePassphrase() {
  const { t } = useI18n();
  const label = useVaultStore(vaultSelectors.label) ?? '';
  const change = useVaultStore((s) => s.changePassphrase);
  const [current, setCurrent] = useState('');
  const [busy, setBusy] = useState(false);
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const next = useNewPassphrase([label], () => setStatus(''));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const currentMissing = current.length === 0;
    setCurrentError(currentMissing ? t('vault.errorWrongKey') : null);
    setStatus('');
    if (!next.validate() || currentMissing) return;
    setBusy(true);
    const outcome = await change(current, next.passphrase);
    setBusy(false);
    if (outcome.ok) {
      setCurrent('');
      next.clear();
      setStatus(t('settings.passphraseChanged'));
    } else if (outcome.error === 'wrong-key') setCurrentError(t('vault.errorWrongKey'));
    else
      setCurrentError(
        outcome.error === 'wait' ? t('vault.errorInternal') : t(FAILURE_KEYS[outcome.error]),
      );
  };

  return (
    <form
      className="settings-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="change-passphrase-title"
    >
      <h3 id="change-passphrase-title">{t('settings.changePassphrase')}</h3>
      <TextField
        label={t('settings.currentPassphrase')}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(value) => {
          setCurrent(value);
          setCurrentError(null);
        }}
        error={currentError}
        isDisabled={busy}
        testId="current-passphrase"
      />
      <PassphraseFields
        {...next.fieldProps}
        passphraseLabel="vault.newPassphraseLabel"
        isDisabled={busy}
      />
      <div className="form-actions">
        <Button variant="primary" type="submit" isDisabled={busy} testId="change-passphrase">
          {t('settings.changePassphrase')}
        </Button>
      </div>
      <p className="status" role="status">
        {busy ? t('vault.creating') : status}
      </p>
    </form>
  );
}

function DeleteVault() {
  const { t } = useI18n();
  const label = useVaultStore(vaultSelectors.label) ?? '';
  const remove = useVaultStore((s) => s.deleteVault);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (typed.trim() !== label) {
      setError(t('settings.deleteVaultMismatch'));
      return;
    }
    setBusy(true);
    const outcome = await remove(typed);
    setBusy(false);
    if (!outcome.ok)
      setError(
        outcome.error === 'wait' ? t('vault.errorInternal') : t(FAILURE_KEYS[outcome.error]),
      );
  };
  return (
    <form
      className="settings-form danger-zone"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="delete-vault-title"
    >
      <h3 id="delete-vault-title">{t('settings.deleteVault')}</h3>
      <p>{t('settings.deleteVaultWarning', { label })}</p>
      <TextField
        label={t('settings.deleteVaultConfirm')}
        value={typed}
        onChange={setTyped}
        error={error}
        isDisabled={busy}
        autoComplete="off"
        testId="delete-vault-label"
      />
      <div className="form-actions">
        <Button
          variant="danger"
          type="submit"
          isDisabled={busy || typed.length === 0}
          testId="delete-vault"
        >
          {t('settings.deleteVaultButton')}
        </Button>
      </div>
    </form>
  );
}

export function VaultSettingsSection() {
  const { t } = useI18n();
  const lock = useVaultStore((s) => s.lock);
  const label = useVaultStore(vaultSelectors.label) ?? '';
  return (
    <section className="section vault-settings" aria-labelledby="vault-settings-title">
      <h2 id="vault-settings-title" className="section-title">
        {t('settings.vault')}
      </h2>
      <p className="page-lead">{t('settings.vaultLead', { label })}</p>
      <PrivateName />
      <IdleLock />
      <div className="form-actions">
        <Button onPress={() => void lock()}>{t('shell.lock')}</Button>
      </div>
      <ChangePassphrase />
      <DeleteVault />
    </section>
  );
}
