/** Settings: restore a backup into the open vault (merge or replace). */
import { useI18n } from '../../i18n/I18nProvider';
import { RestoreFlow } from './RestoreFlow';

export function RestoreSection() {
  const { t } = useI18n();
  return (
    <section className="section restore-settings" aria-labelledby="restore-title">
      <h2 id="restore-title" className="section-title">
        {t('backup.restoreTitle')}
      </h2>
      <p className="section-lead">{t('backup.restoreLead')}</p>
      <RestoreFlow target="open" />
    </section>
  );
}
