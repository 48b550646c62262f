/**
 * A group's insights ("#/groups/<group>/insights"), for the facilitator's eyes only: it lives in
 * the Groups area, never on the room display. The sessions are read afresh each time it opens.
 */
import { useEffect } from 'react';
import { hrefOf } from '../../app/router';
import { focusHeadingOnNextScreen } from '../../app/navigationFocus';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useInsightsStore } from '../../stores/insights.store';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { useScreenHeading } from '../../ui/useScreenHeading';
import { GroupNotFound } from '../groups/GroupPage';
import { Insights } from './Insights';
import './insights.css';

/** Fewer finished sessions than this and there is nothing across sessions to tell. */
export const INSIGHTS_FROM = 2;

export function InsightsScreen({ groupId }: { groupId: string }) {
  const { t, language } = useI18n();
  const heading = useScreenHeading();
  const group = useGroupsStore((s) => s.groups[groupId]);
  const load = useInsightsStore((s) => s.load);
  const status = useInsightsStore((s) => (s.groupId === groupId ? s.status : 'idle'));
  const sessions = useInsightsStore((s) => s.sessions);
  const kinds = useInsightsStore((s) => s.kinds);
  const first = sessions[0]?.agenda.startedAt;
  const last = sessions[sessions.length - 1]?.agenda.startedAt;

  useEffect(() => {
    void load(groupId);
  }, [load, groupId]);

  useEffect(() => {
    if (group) document.title = `${t('insights.title')} · ${group.name} · ${t('app.name')}`;
  }, [group, t]);

  if (!group) return <GroupNotFound />;

  let body;
  if (status === 'failed') {
    body = (
      <p className="screen-error" role="alert">
        {t('insights.loadFailed')}
      </p>
    );
  } else if (status !== 'ready') {
    body = <div className="screen-loading" aria-busy="true" />;
  } else if (sessions.length < INSIGHTS_FROM) {
    body = (
      <EmptyState icon="chart" title={t('insights.emptyTitle')}>
        <p>{t('insights.emptyBody')}</p>
      </EmptyState>
    );
  } else {
    body = <Insights group={group} sessions={sessions} kinds={kinds} />;
  }

  return (
    <div className="screen insights-screen" data-testid="insights-screen">
      <header className="page-header">
        <nav aria-label={t('groups.breadcrumb')} className="breadcrumb">
          <a href={hrefOf('groups')} onClick={focusHeadingOnNextScreen}>
            {t('groups.title')}
          </a>
          <Icon name="chevron" size={14} />
          <a href={hrefOf('groups', groupId)} onClick={focusHeadingOnNextScreen}>
            {group.name}
          </a>
        </nav>
        <div className="page-title-row">
          <h1 ref={heading} tabIndex={-1} id="page-title">
            {t('insights.title')}
          </h1>
        </div>
        <p className="page-lead">{t('insights.lead')}</p>
        {status === 'ready' && sessions.length >= INSIGHTS_FROM && first && last ? (
          <p className="muted" data-testid="insights-based-on">
            {t('insights.basedOn', {
              count: sessions.length,
              first: formatDate(first, language),
              last: formatDate(last, language),
            })}
          </p>
        ) : null}
      </header>
      {body}
    </div>
  );
}
