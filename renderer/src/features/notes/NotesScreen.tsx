import { useI18n } from '../../i18n/I18nProvider';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useScreenHeading } from '../../ui/useScreenHeading';

export function NotesScreen() {
  const { t } = useI18n();
  const heading = useScreenHeading();
  return (
    <div className="screen">
      <PageHeader ref={heading} title={t('notes.title')} lead={t('notes.lead')} />
      <EmptyState icon="notes" title={t('notes.emptyTitle')}>
        <p>{t('notes.emptyBody')}</p>
      </EmptyState>
    </div>
  );
}
