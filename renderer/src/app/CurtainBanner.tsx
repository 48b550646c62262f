/** While the privacy curtain is down: what it means, and the passphrase field that lifts it. */
import { useState, type SyntheticEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useCurtainStore } from '../stores/curtain.store';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { TextField } from '../ui/TextField';

export function CurtainBanner() {
  const { t } = useI18n();
  const down = useCurtainStore((s) => s.down);
  const lift = useCurtainStore((s) => s.lift);
  const [passphrase, setPassphrase] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!down) return null;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    const ok = await lift(passphrase);
    setBusy(false);
    setPassphrase('');
    setWrong(!ok);
  };

  return (
    <section className="curtain" aria-labelledby="curtain-title">
      <span className="card-icon">
        <Icon name="eyeOff" />
      </span>
      <form className="curtain-body" noValidate onSubmit={(event) => void submit(event)}>
        <h2 id="curtain-title">{t('curtain.title')}</h2>
        <p>{t('curtain.lead')}</p>
        <TextField
          label={t('vault.passphraseLabel')}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={setPassphrase}
          error={wrong ? t('curtain.wrong') : null}
          isDisabled={busy}
          testId="curtain-passphrase"
        />
        <div className="form-actions">
          <Button
            variant="primary"
            type="submit"
            isDisabled={busy || passphrase.length === 0}
            testId="lift-curtain"
          >
            {t('curtain.lift')}
          </Button>
        </div>
      </form>
    </section>
  );
}
