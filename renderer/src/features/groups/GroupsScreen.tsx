/**
 * The "Groups & plans" area: the list of groups, one group (its plans, details, ground rules and
 * members), one plan in the editor, or a group's insights, by the route's path.
 */
import { lazy, useEffect } from 'react';
import { useRoutePath } from '../../app/router';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { GroupList } from './GroupList';
import { GroupPage } from './GroupPage';
import { PlanEditor } from './PlanEditor';

// Insights load when first opened: charts nobody may look at need not slow the groups down.
const InsightsScreen = lazy(() =>
  import('../insights/InsightsScreen').then((m) => ({ default: m.InsightsScreen })),
);

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
  if (groupId && section === 'insights') return <InsightsScreen key={groupId} groupId={groupId} />;
  if (groupId) return <GroupPage key={groupId} groupId={groupId} />;
  return <GroupList />;
}
