/** Every group on this vault, in use first; archived groups folded away below. */
import { useMemo, useState } from 'react';
import { hrefOf } from '../../app/router';
import { focusHeadingOnNextScreen } from '../../app/navigationFocus';
import { sortedGroups, type Group } from '../../domain/groups/group';
import { formatTimeOfDayIn, weekdayName } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Icon, type IconName } from '../../ui/Icon';
import type { TextKey } from '../../i18n/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { useScreenHeading } from '../../ui/useScreenHeading';
import { GROUP_KIND_LABELS } from './labels';
import { NewGroupDialog } from './NewGroupDialog';

const PROMISES: readonly { icon: IconName; title: TextKey; body: TextKey }[] = [
  { icon: 'lock', title: 'groups.promiseOfflineTitle', body: 'groups.promiseOfflineBody' },
  { icon: 'screen', title: 'groups.promiseRoomTitle', body: 'groups.promiseRoomBody' },
  { icon: 'hand', title: 'groups.promiseFairTitle', body: 'groups.promiseFairBody' },
];

/** What a first-time facilitator is promised, under the empty list. */
function Promises() {
  const { t } = useI18n();
  return (
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
  );
}

function GroupCard({ group }: { group: Group }) {
  const { t, language } = useI18n();
  const active = group.members.filter((m) => m.active).length;
  const when = [
    group.meetingDay === null ? null : weekdayName(group.meetingDay, language),
    group.meetingTime ? formatTimeOfDayIn(group.meetingTime, language) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className="group-card" data-testid="group-card">
      <a
        className="group-card-link"
        href={hrefOf('groups', group.id)}
        onClick={focusHeadingOnNextScreen}
      >
        <span className="group-card-name">{group.name}</span>
      </a>
      <span className="group-card-kind">{t(GROUP_KIND_LABELS[group.kind])}</span>
      <span className="group-card-facts">
        {when ? (
          <span>
            <Icon name="calendar" size={16} />
            {when}
          </span>
        ) : null}
        <span>
          <Icon name="groups" size={16} />
          {t('groups.activeMembers', { count: active })}
        </span>
      </span>
    </li>
  );
}

export function GroupList() {
  const { t } = useI18n();
  const heading = useScreenHeading();
  const all = useGroupsStore((s) => s.groups);
  const [creating, setCreating] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  const groups = useMemo(() => sortedGroups(Object.values(all)), [all]);
  const inUse = groups.filter((g) => !g.archived);
  const archived = groups.filter((g) => g.archived);

  return (
    <div className="screen">
      <PageHeader ref={heading} title={t('groups.title')} lead={t('groups.lead')}>
        <div className="page-actions">
          <Button variant="primary" onPress={() => setCreating(true)} testId="new-group">
            <Icon name="plus" size={18} />
            {t('groups.newGroup')}
          </Button>
        </div>
      </PageHeader>
      {inUse.length === 0 ? (
        <>
          <EmptyState icon="groups" title={t('groups.emptyTitle')}>
            <p>{t('groups.emptyBody')}</p>
          </EmptyState>
          {archived.length === 0 ? <Promises /> : null}
        </>
      ) : (
        <section aria-labelledby="groups-in-use" className="section">
          <h2 id="groups-in-use" className="section-title">
            {t('groups.inUse')}
          </h2>
          <ul className="group-grid">
            {inUse.map((group) => (
              <GroupCard key={group.id} group={group} />
            ))}
          </ul>
        </section>
      )}
      {archived.length > 0 ? (
        <section aria-labelledby="groups-archived" className="section">
          <h2 id="groups-archived" className="section-title">
            <button
              type="button"
              className="disclosure"
              aria-expanded={showArchived}
              onClick={() => setShowArchived(!showArchived)}
            >
              <Icon name="chevron" size={18} className="disclosure-icon" />
              {t('groups.archivedCount', { count: archived.length })}
            </button>
          </h2>
          {showArchived ? (
            <ul className="group-grid">
              {archived.map((group) => (
                <GroupCard key={group.id} group={group} />
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {creating ? <NewGroupDialog onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
