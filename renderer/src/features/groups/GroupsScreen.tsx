/**
 * The "Groups & plans" area: the list of groups, one group (its plans, details, ground rules and
 * members), or one plan in the editor, by the route's path.
 */
import { useEffect } from 'react';
import { useRoutePath } from '../../app/router';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { GroupList } from './GroupList';
import { GroupPage } from './GroupPage';
import { PlanEditor } from './PlanEditor';

export function GroupsScreen() {
  const { t } = useI18n();
  const path = useRoutePath();
  const status = useGroupsStore((s) => s.status);
  const load = useGroupsStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'failed') {
    return (
      <div className="screen" role="alert">
        <p className="screen-error">{t('groups.loadFailed')}</p>
      </div>
    );
  }
  if (status !== 'ready') return <div className="screen-loading" aria-busy="true" />;

  const [groupId, section, planId] = path;
  if (groupId && section === 'plans' && planId) {
    return <PlanEditor key={planId} groupId={groupId} planId={planId} />;
  }
  if (groupId) return <GroupPage key={groupId} groupId={groupId} />;
  return <GroupList />;
}
