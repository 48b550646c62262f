/**
 * The warning in the app's frame while a backup has failed or is overdue: on every screen (the
 * room display never shows the frame), announced politely once as it appears, with the one
 * action that resolves it here (back up into the folder, choose a folder, or download), and
 * gone only once a backup succeeds.
 */
import { useEffect, useRef, useState } from 'react';
import { hrefOf, useRoute } from '../../app/router';
import { needsAttention } from '../../domain/backup/schedule';
import type { TextKey } from '../../i18n/i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { useAutoBackupStore, type BackupOutcome } from '../../stores/autoBackup.store';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { FAILED_KEYS, lastBackupText } from './backupText';
import { useBackupStatus } from './useAutoBackup';
import './autoBackup.css';

const DONE_SHOWN_MS = 8000;

const OVERDUE_KEYS: Readonly<Record<'folder' | 'no-folder' | 'download', TextKey>> = {
  folder: 'backupWarning.overdue',
  'no-folder': 'backupWarning.overdueNoFolder',
  download: 'backupWarning.overdueDownload',
};
const ACTION_KEYS: Readonly<Record<'folder' | 'no-folder' | 'download', TextKey>> = {
  folder: 'autoBackup.backUpNow',
  'no-folder': 'autoBackup.chooseFolder',
  download: 'backupWarning.download',
};

function problemOf(outcome: BackupOutcome): TextKey | null {
  if (outcome.ok || outcome.reason === 'cancelled' || outcome.reason === 'busy') return null;
  return outcome.reason === 'vault' ? 'autoBackup.makeFailed' : 'autoBackup.saveFailed';
}

export function BackupWarning() {
  const { t, language } = useI18n();
  const route = useRoute();
  const status = useBackupStatus();
  const ready = useAutoBackupStore((s) => s.ready);
  const destination = useAutoBackupStore((s) => s.destination);
  const running = useAutoBackupStore((s) => s.running);
  const lastSuccessAt = useAutoBackupStore((s) => s.state?.lastSuccessAt ?? null);
  const checkedAt = useAutoBackupStore((s) => s.checkedAt);
  const backUpNow = useAutoBackupStore((s) => s.backUpNow);
  const chooseFolder = useAutoBackupStore((s) => s.chooseFolder);
  const saveCopy = useAutoBackupStore((s) => s.saveCopy);
  const [problem, setProblem] = useState<TextKey | null>(null);
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);

  const showing = ready && status !== null && destination !== null && needsAttention(status);

  useEffect(() => {
    if (!done) return;
    // The button that had focus is gone with the warning: the confirmation takes it.
    doneRef.current?.focus();
    const timer = setTimeout(() => setDone(false), DONE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [done]);

  const act = async () => {
    setProblem(null);
    const outcome =
      destination === 'download'
        ? await saveCopy(t('autoBackup.fileType'))
        : destination === 'no-folder'
          ? await chooseFolder()
          : await backUpNow();
    // An automatic write that fails again says why through the status itself.
    if (destination === 'download') setProblem(problemOf(outcome));
    if (outcome.ok && outcome.fileName !== null) setDone(true);
  };

  let message = '';
  if (showing) {
    message =
      status.kind === 'failed' ? t(FAILED_KEYS[status.reason]) : t(OVERDUE_KEYS[destination]);
  }

  // Only the words are a live region (always there, so a change is announced once); the
  // buttons and the link around them are not re-read when a label changes ("Backing up…").
  // (Once resolved, the focus moves to the "done" line, which is read then.)
  const announced = showing ? message : '';
  return (
    <div className="backup-warning-region" data-testid="backup-warning-region">
      <p className="visually-hidden" role="status" data-testid="backup-warning-announcer">
        {announced}
      </p>
      {showing ? (
        <div className="backup-warning" data-testid="backup-warning" data-kind={status.kind}>
          <span className="backup-warning-icon">
            <Icon name="archive" size={22} />
          </span>
          <div className="backup-warning-body">
            <p className="backup-warning-message" aria-hidden="true">
              {message}
            </p>
            <p className="muted">{lastBackupText(t, language, lastSuccessAt, checkedAt)}</p>
            {problem ? <p className="field-error">{t(problem)}</p> : null}
          </div>
          <div className="backup-warning-actions">
            <Button
              variant="primary"
              onPress={() => void act()}
              isDisabled={running !== null}
              testId="backup-warning-action"
            >
              {running ? t('autoBackup.working') : t(ACTION_KEYS[destination])}
            </Button>
            {route === 'settings' ? null : (
              <a className="backup-warning-link" href={hrefOf('settings')}>
                {t('backupWarning.settings')}
              </a>
            )}
          </div>
        </div>
      ) : done ? (
        <p className="backup-warning-done" ref={doneRef} tabIndex={-1} data-testid="backup-done">
          <Icon name="check" size={18} />
          <span>{t('backupWarning.done')}</span>
        </p>
      ) : null}
    </div>
  );
}
