/** "Saving…" / "Saved at 14:02" for notes; a failure is announced, the rest read on demand. */
import { formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useNotesStore } from '../../stores/notes.store';
import { Icon } from '../../ui/Icon';

export function NoteSaveState() {
  const { t, language } = useI18n();
  const save = useNotesStore((s) => s.save);
  const savedAt = useNotesStore((s) => s.savedAt);
  return (
    <>
      <p className={`save-indicator save-${save}`} data-testid="note-save" data-save={save}>
        {save === 'saved' ? <Icon name="check" size={18} /> : null}
        {save === 'failed' ? <Icon name="alert" size={18} /> : null}
        <span>
          {save === 'saving'
            ? t('notes.saving')
            : save === 'failed'
              ? t('notes.saveFailed')
              : save === 'saved' && savedAt !== null
                ? t('notes.savedAt', { time: formatTime(savedAt, language) })
                : t('notes.savesItself')}
        </span>
      </p>
      <p className="visually-hidden" role="alert">
        {save === 'failed' ? t('notes.saveFailed') : ''}
      </p>
    </>
  );
}
