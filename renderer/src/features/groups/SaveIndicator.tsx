/**
 * "Saving…" / "All changes saved" beside the editor. Read on demand, not announced at every
 * pause in typing; only a failure is announced.
 */
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { Icon } from '../../ui/Icon';

export function SaveIndicator() {
  const { t } = useI18n();
  const save = useGroupsStore((s) => s.save);
  return (
    <>
      <p className={`save-indicator save-${save}`} data-testid="save-indicator" data-save={save}>
        {save === 'saved' || save === 'idle' ? <Icon name="check" size={18} /> : null}
        {save === 'failed' ? <Icon name="alert" size={18} /> : null}
        <span>
          {save === 'saving'
            ? t('plans.saving')
            : save === 'failed'
              ? t('plans.saveFailed')
              : t('plans.saved')}
        </span>
      </p>
      <p className="visually-hidden" role="alert">
        {save === 'failed' ? t('plans.saveFailed') : ''}
      </p>
    </>
  );
}
