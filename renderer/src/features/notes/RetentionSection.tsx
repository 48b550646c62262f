/**
 * Note retention (off by default): keep notes for a number of months. Nothing is deleted by
 * itself: the notes past that age are counted, can be previewed, and go only on confirmation.
 */
import { useMemo, useState } from 'react';
import { noteTitle } from '../../domain/notes/note';
import { notesPastRetention, RETENTION_CHOICES } from '../../domain/notes/retention';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useNotesStore } from '../../stores/notes.store';
import { useVaultStore } from '../../stores/vault.store';
import { Button } from '../../ui/Button';
import { Confidential } from '../../ui/Confidential';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';

const OFF = 'off';

export function RetentionSection() {
  const { t, language } = useI18n();
  const months = useVaultStore((s) => s.settings?.noteRetentionMonths ?? null);
  const updateSettings = useVaultStore((s) => s.updateSettings);
  const notes = useNotesStore((s) => s.notes);
  const remove = useNotesStore((s) => s.remove);
  const [preview, setPreview] = useState(false);
  const [failed, setFailed] = useState(false);
  // Today, as of opening the screen: a cutoff by calendar months moves once a day at most.
  const [now] = useState(() => Date.now());
  const due = useMemo(
    () => (months === null ? [] : notesPastRetention(Object.values(notes), months, now)),
    [notes, months, now],
  );

  const options = [
    { value: OFF, label: t('retention.off') },
    ...RETENTION_CHOICES.map((m) => ({
      value: String(m),
      label:
        m % 12 === 0
          ? t('retention.years', { count: m / 12 })
          : t('retention.months', { count: m }),
    })),
  ];

  return (
    <section className="panel-section retention" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <p className="muted">{t('retention.lead')}</p>
      <SelectField
        label={t('retention.keep')}
        value={months === null ? OFF : String(months)}
        options={options}
        onChange={(value) => {
          setFailed(false);
          void updateSettings({ noteRetentionMonths: value === OFF ? null : Number(value) }).then(
            (outcome) => setFailed(!outcome.ok),
          );
        }}
        testId="retention-months"
      />
      {failed ? (
        <p className="field-error" role="alert">
          {t('retention.saveFailed')}
        </p>
      ) : null}
      {months !== null ? (
        <div className="retention-due" role="status">
          <p data-testid="retention-due" tabIndex={-1}>
            {due.length === 0 ? t('retention.noneDue') : t('retention.due', { count: due.length })}
          </p>
          {due.length > 0 ? (
            <Button onPress={() => setPreview(true)} testId="retention-review">
              {t('retention.review')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {preview ? (
        <Dialog
          title={t('retention.previewTitle', { count: due.length })}
          onClose={() => setPreview(false)}
          testId="retention-dialog"
          className="dialog-wide"
        >
          <p>{t('retention.previewBody')}</p>
          <Confidential>
            <ul className="retention-list" data-testid="retention-list">
              {due.map((note) => (
                <li key={note.id}>
                  <span className="muted">{formatDate(note.createdAt, language)}</span>{' '}
                  <span dir="auto">{noteTitle(note.body) || t('notes.untitled')}</span>
                </li>
              ))}
            </ul>
          </Confidential>
          <div className="form-actions">
            <Button onPress={() => setPreview(false)}>{t('notes.keep')}</Button>
            <Button
              variant="danger"
              testId="retention-confirm"
              onPress={() => {
                remove(due.map((note) => note.id));
                setPreview(false);
                // The review button is gone: focus goes to what now says no note is due.
                requestAnimationFrame(() =>
                  document.querySelector<HTMLElement>('[data-testid="retention-due"]')?.focus(),
                );
              }}
            >
              {t('retention.confirm', { count: due.length })}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
