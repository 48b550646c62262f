import { useI18n } from '../../i18n/I18nProvider';
import type { TextKey } from '../../i18n/i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Icon, type IconName } from '../../ui/Icon';
import { PageHeader } from '../../ui/PageHeader';
import { useScreenHeading } from '../../ui/useScreenHeading';

const PROMISES: readonly { icon: IconName; title: TextKey; body: TextKey }[] = [
  { icon: 'lock', title: 'groups.promiseOfflineTitle', body: 'groups.promiseOfflineBody' },
  { icon: 'screen', title: 'groups.promiseRoomTitle', body: 'groups.promiseRoomBody' },
  { icon: 'hand', title: 'groups.promiseFairTitle', body: 'groups.promiseFairBody' },
];

export function GroupsScreen() {
  const { t } = useI18n();
  const heading = useScreenHeading();
  return (
    <div className="screen">
      <PageHeader ref={heading} title={t('groups.title')} lead={t('groups.lead')} />
      <EmptyState icon="groups" title={t('groups.emptyTitle')}>
        <p>{t('groups.emptyBody')}</p>
      </EmptyState>
      <section aria-labelledby="promises-title" className="section">
        <h2 id="promises-title" className="section-title">
          {t('groups.promiseTitle')}
        </h2>
        <ul className="card-grid">
          {PROMISES.map((p) => (
            <li key={p.title} className="card">
              <span className="card-icon">
                <Icon name={p.icon} />
              </span>
              <h3>{t(p.title)}</h3>
              <p>{t(p.body)}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
