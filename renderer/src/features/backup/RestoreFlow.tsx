/**
 * Restoring from a backup file: pick it, see what it holds (checked before anything is
 * decrypted), give its passphrase or recovery key when needed, choose merge or replace, restore.
 * `target` 'new' restores it as a vault of its own (the lock screen, a new laptop); 'open'
 * restores into the open vault (Settings). Nothing is changed until everything has checked out.
 */
import { useState, type SyntheticEvent } from 'react';
import { formatDate, formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useHost } from '../../platform/HostProvider';
import {
  BACKUP_MAX_BYTES,
  readBackupFile,
  type BackupPreview,
  type BackupTable,
} from '../../stores/backup';
import { isRunning } from '../../stores/session.runner';
import { useSessionStore } from '../../stores/session.store';
import { useVaultStore } from '../../stores/vault.store';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { TextField } from '../../ui/TextField';
import { BACKUP_ERROR_KEYS, COUNT_KEYS, RESTORE_ERROR_KEYS } from './messages';
import './backup.css';

type SecretKind = 'passphrase' | 'recovery-key';
type Mode = 'merge' | 'replace';

export function BackupContents({ preview }: { preview: BackupPreview }) {
  const { t, language } = useI18n();
  const shown = (Object.keys(COUNT_KEYS) as BackupTable[]).filter(
    (table) => (preview.counts[table] ?? 0) > 0,
  );
  return (
    <section
      className="backup-preview"
      aria-labelledby="backup-preview-title"
      data-testid="backup-preview"
    >
      <h3 id="backup-preview-title">
        {t('backup.previewTitle', { label: `\u2068${preview.label}\u2069` })}
      </h3>
      <p>
        {t('backup.previewMade', {
          date: formatDate(preview.createdAt, language),
          time: formatTime(preview.createdAt, language),
        })}{' '}
        {preview.scope.kind === 'group' ? t('backup.scopeGroup') : t('backup.scopeVault')}
      </p>
      {shown.length === 0 ? (
        <p>{t('backup.previewEmpty')}</p>
      ) : (
        <ul className="backup-counts">
          {shown.map((table) => {
            const key = COUNT_KEYS[table];
            const count = preview.counts[table] ?? 0;
            return key ? (
              <li key={table} data-testid={`backup-count-${table}`}>
                {t(key, { count })}
              </li>
            ) : null;
          })}
        </ul>
      )}
    </section>
  );
}

export function RestoreFlow({
  target,
  onCancel,
}: {
  target: 'new' | 'open';
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const host = useHost();
  const restoreAsNew = useVaultStore((s) => s.restoreAsNewVault);
  const restoreInto = useVaultStore((s) => s.restoreIntoVault);
  const sessionLive = useSessionStore((s) => isRunning(s.live));
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [secretKind, setSecretKind] = useState<SecretKind>('passphrase');
  const [secret, setSecret] = useState('');
  const [secretError, setSecretError] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('merge');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);

  const needsSecret = target === 'new' || (preview !== null && !preview.sameVault);

  const pick = async () => {
    setFileError(null);
    setFailure(null);
    const opened = await host.openFile({
      filters: [{ name: t('autoBackup.fileType'), extensions: ['ckbackup', 'json'] }],
      maxBytes: BACKUP_MAX_BYTES,
    });
    if (!opened.ok) {
      setFileError(
        t(opened.error.code === 'too-large' ? 'backup.errorTooLarge' : 'backup.errorRead'),
      );
      return;
    }
    if (!opened.value) return;
    const read = await readBackupFile(opened.value.data);
    if (read.ok) {
      setPreview(read.preview);
      setSecret('');
      setConfirmed(false);
    } else {
      setPreview(null);
      setFileError(t(BACKUP_ERROR_KEYS[read.error]));
    }
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!preview || busy) return;
    setFailure(null);
    setSecretError(null);
    if (needsSecret && secret.trim().length === 0) {
      setSecretError(
        t(secretKind === 'passphrase' ? 'backup.secretMissing' : 'backup.recoveryKeyMissing'),
      );
      return;
    }
    if (target === 'open' && mode === 'replace' && !confirmed) {
      setFailure(t('backup.replaceNotConfirmed'));
      return;
    }
    const given = !needsSecret
      ? undefined
      : secretKind === 'passphrase'
        ? { passphrase: secret }
        : { recoveryKey: secret };
    setBusy(true);
    const outcome =
      target === 'new' && given
        ? await restoreAsNew(preview.backup, given)
        : await restoreInto(preview.backup, mode, given);
    setBusy(false);
    if (outcome.ok) {
      setSecret('');
      // Into the open vault, it is locking now; as a vault of its own, it has opened.
      if (target === 'open') setRestored(true);
      return;
    }
    if (outcome.error === 'wrong-secret')
      setSecretError(
        t(
          secretKind === 'passphrase'
            ? 'backup.errorWrongPassphrase'
            : 'backup.errorWrongRecoveryKey',
        ),
      );
    else setFailure(t(RESTORE_ERROR_KEYS[outcome.error]));
  };

  if (restored) {
    // The vault is locking (every screen held what was there before); the lock screen says
    // what the restore did.
    return (
      <div className="restore-done" data-testid="restore-done">
        <p role="status">{t('backup.restoredLock')}</p>
      </div>
    );
  }

  if (target === 'open' && sessionLive) {
    return (
      <p className="field-description" data-testid="restore-session-live">
        {t('backup.restoreSessionLive')}
      </p>
    );
  }

  return (
    <div className="restore-flow">
      <div className="form-actions">
        <Button onPress={() => void pick()} isDisabled={busy} testId="restore-pick">
          {t(preview ? 'backup.pickAnother' : 'backup.pick')}
        </Button>
        {onCancel ? (
          <Button onPress={onCancel} isDisabled={busy} testId="restore-cancel">
            {t('backup.back')}
          </Button>
        ) : null}
      </div>
      {fileError ? (
        <p className="form-error" role="alert" data-testid="restore-file-error">
          {fileError}
        </p>
      ) : null}
      {preview ? (
        <form className="vault-form" noValidate onSubmit={(event) => void submit(event)}>
          <BackupContents preview={preview} />
          {target === 'open' ? (
            <>
              <ChoiceGroup<Mode>
                label={t('backup.modeLabel')}
                value={mode}
                choices={[
                  { value: 'merge', label: t('backup.modeMerge') },
                  { value: 'replace', label: t('backup.modeReplace') },
                ]}
                onChange={(next) => {
                  setMode(next);
                  setConfirmed(false);
                  setFailure(null);
                }}
              />
              <p className="field-description">
                {mode === 'merge'
                  ? t('backup.modeMergeHelp')
                  : t(
                      preview.scope.kind === 'group'
                        ? 'backup.modeReplaceGroupHelp'
                        : 'backup.modeReplaceHelp',
                    )}
              </p>
              {mode === 'replace' ? (
                <CheckboxField
                  label={t('backup.replaceConfirm')}
                  checked={confirmed}
                  onChange={setConfirmed}
                  testId="restore-replace-confirm"
                />
              ) : null}
            </>
          ) : null}
          {needsSecret ? (
            <>
              <ChoiceGroup<SecretKind>
                label={t('backup.secretKindLabel')}
                value={secretKind}
                choices={[
                  { value: 'passphrase', label: t('backup.secretPassphrase') },
                  { value: 'recovery-key', label: t('backup.secretRecoveryKey') },
                ]}
                onChange={(next) => {
                  setSecretKind(next);
                  setSecret('');
                  setSecretError(null);
                }}
              />
              <TextField
                key={secretKind}
                {...(secretKind === 'passphrase'
                  ? {
                      label: t('backup.passphraseLabel'),
                      description: t('backup.passphraseHelp'),
                      type: 'password' as const,
                      testId: 'restore-passphrase',
                    }
                  : {
                      label: t('vault.recoveryKeyLabel'),
                      description: t('vault.recoveryKeyHelp'),
                      dir: 'ltr' as const,
                      className: 'field-recovery',
                      testId: 'restore-recovery-key',
                    })}
                autoComplete="off"
                value={secret}
                onChange={(value) => {
                  setSecret(value);
                  setSecretError(null);
                }}
                error={secretError}
                isDisabled={busy}
              />
            </>
          ) : (
            <p className="field-description">{t('backup.sameVaultNoSecret')}</p>
          )}
          {failure ? (
            <p className="form-error" role="alert" data-testid="restore-error">
              {failure}
            </p>
          ) : null}
          <div className="form-actions">
            <Button variant="primary" type="submit" isDisabled={busy} testId="restore-run">
              {t(target === 'new' ? 'backup.restoreAsVault' : 'backup.restoreButton')}
            </Button>
          </div>
          <p className="status" role="status">
            {busy ? t('backup.restoring') : ''}
          </p>
        </form>
      ) : null}
    </div>
  );
}
