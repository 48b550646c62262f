/**
 * Backups in Settings: when the last one was and what is due, a backup saved now, automatic
 * backups on or off, the folder they go to and how many are kept (desktop), and what a backup
 * file is: the whole vault, still encrypted, opened with the passphrase or the recovery key.
 */
import { useEffect, useRef, useState } from 'react';
import { BACKUP_KEEP, isBackupKeep, type BackupStatus } from '../../domain/backup/schedule';
import type { TextKey } from '../../i18n/i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { useHost } from '../../platform/HostProvider';
import { useAutoBackupStore } from '../../stores/autoBackup.store';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { TextField } from '../../ui/TextField';
import { FAILED_KEYS, lastBackupText } from './backupText';
import { GroupBackup } from './GroupBackup';
import { useBackupStatus } from './useAutoBackup';
import './autoBackup.css';

function statusKey(status: BackupStatus): TextKey {
  switch (status.kind) {
    case 'ok':
      return 'autoBackup.statusOk';
    case 'due':
      return status.after === 'session' ? 'autoBackup.statusDueSession' : 'autoBackup.statusDueDay';
    case 'overdue':
      return 'autoBackup.statusOverdue';
    case 'failed':
      return FAILED_KEYS[status.reason];
    case 'not-set-up':
      return 'autoBackup.statusNotSetUp';
    case 'off':
      return 'autoBackup.statusOff';
  }
}

const KEEP_SAVE_DELAY_MS = 1200;

function KeepField() {
  const { t } = useI18n();
  const stored = useAutoBackupStore((s) => s.state?.keep ?? BACKUP_KEEP.default);
  const setKeep = useAutoBackupStore((s) => s.setKeep);
  const [value, setValue] = useState(String(stored));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  // Saved once the typing stops: a number on its way from 10 to 5 (1, then nothing, then 5)
  // must never be taken as "keep 1", which the next backup would act on by deleting files.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  const change = (next: string) => {
    setValue(next);
    setSaved('');
    if (pending.current) clearTimeout(pending.current);
    const keep = Number(next);
    if (!/^\d+$/.test(next.trim()) || !isBackupKeep(keep)) {
      setError(t('autoBackup.keepInvalid'));
      return;
    }
    setError(null);
    pending.current = setTimeout(() => {
      void setKeep(keep).then(() => setSaved(t('settings.saved')));
    }, KEEP_SAVE_DELAY_MS);
  };
  return (
    <div>
      <TextField
        label={t('autoBackup.keep')}
        description={t('autoBackup.keepHelp')}
        value={value}
        onChange={change}
        inputMode="numeric"
        error={error}
        testId="backup-keep"
      />
      <p className="status" role="status" data-testid="backup-keep-saved">
        {saved}
      </p>
    </div>
  );
}

function FolderField() {
  const { t } = useI18n();
  const folder = useAutoBackupStore((s) => s.folder);
  const running = useAutoBackupStore((s) => s.running);
  const chooseFolder = useAutoBackupStore((s) => s.chooseFolder);
  const [failed, setFailed] = useState(false);
  const choose = async () => {
    setFailed(false);
    const outcome = await chooseFolder();
    // A folder that was chosen but could not be written to shows as the backup status.
    setFailed(!outcome.ok && outcome.reason !== 'cancelled' && outcome.reason !== 'busy');
  };
  return (
    <div className="backup-folder">
      <dl className="facts backup-facts">
        <div>
          <dt>{t('autoBackup.folder')}</dt>
          <dd data-testid="backup-folder">
            {folder ? <bdi dir="ltr">{folder}</bdi> : t('autoBackup.noFolder')}
          </dd>
        </div>
      </dl>
      <p className="field-description">{t('autoBackup.folderHelp')}</p>
      <div className="form-actions">
        <Button
          onPress={() => void choose()}
          isDisabled={running !== null}
          testId="backup-choose-folder"
        >
          {folder ? t('autoBackup.changeFolder') : t('autoBackup.chooseFolder')}
        </Button>
      </div>
      {failed ? (
        <p className="field-error" role="alert">
          {t('autoBackup.folderFailed')}
        </p>
      ) : null}
    </div>
  );
}

export function BackupSection() {
  const { t, language } = useI18n();
  const host = useHost();
  const status = useBackupStatus();
  const enabled = useAutoBackupStore((s) => s.state?.enabled ?? null);
  const lastSuccessAt = useAutoBackupStore((s) => s.state?.lastSuccessAt ?? null);
  const checkedAt = useAutoBackupStore((s) => s.checkedAt);
  const running = useAutoBackupStore((s) => s.running);
  const lastWritten = useAutoBackupStore((s) => s.lastWritten);
  const saveCopy = useAutoBackupStore((s) => s.saveCopy);
  const setEnabled = useAutoBackupStore((s) => s.setEnabled);
  const [message, setMessage] = useState('');
  const desktop = host.kind === 'desktop';

  const backUp = async () => {
    setMessage('');
    const outcome = await saveCopy(t('autoBackup.fileType'));
    if (outcome.ok)
      setMessage(t('autoBackup.saved', { name: `\u2068${outcome.fileName ?? ''}\u2069` }));
    else if (outcome.reason === 'vault') setMessage(t('autoBackup.makeFailed'));
    else if (outcome.reason !== 'cancelled' && outcome.reason !== 'busy')
      setMessage(t('autoBackup.saveFailed'));
  };

  return (
    <section className="section backup-settings" aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title" className="section-title">
        {t('autoBackup.title')}
      </h2>
      <p className="page-lead">{t('autoBackup.lead')}</p>
      {status ? (
        <div className="backup-status" data-testid="backup-status" data-kind={status.kind}>
          <p className="backup-last" data-testid="backup-last">
            {lastBackupText(t, language, lastSuccessAt, checkedAt)}
          </p>
          <p>{t(statusKey(status))}</p>
          {lastWritten ? (
            <p className="muted" data-testid="backup-written">
              {t('autoBackup.written', { name: `\u2068${lastWritten.fileName}\u2069` })}
              {lastWritten.removed > 0
                ? ` ${t('autoBackup.rotated', { count: lastWritten.removed })}`
                : ''}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="form-actions">
        <Button
          variant="primary"
          onPress={() => void backUp()}
          isDisabled={running !== null}
          testId="backup-now"
        >
          {running ? t('autoBackup.working') : t('autoBackup.backUpNow')}
        </Button>
      </div>
      <p className="status" role="status" data-testid="backup-message">
        {message}
      </p>
      <GroupBackup />
      {enabled !== null ? (
        <CheckboxField
          label={t('autoBackup.automatic')}
          checked={enabled}
          onChange={(on) => void setEnabled(on)}
          description={
            desktop ? t('autoBackup.automaticHelpDesktop') : t('autoBackup.automaticHelpBrowser')
          }
          testId="backup-automatic"
        />
      ) : null}
      {desktop ? <FolderField /> : null}
      {desktop && enabled !== null ? <KeepField /> : null}
      <p className="backup-note">{t('autoBackup.encryptedNote')}</p>
    </section>
  );
}
