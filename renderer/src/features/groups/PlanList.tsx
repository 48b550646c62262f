/** A group's session plans: upcoming ones soonest first, then past ones. */
import { useMemo, useState, type ReactNode } from 'react';
import { hrefOf, navigate } from '../../app/router';
import { focusHeadingOnNextScreen } from '../../app/navigationFocus';
import { sortedPlans, type PlanSummary } from '../../domain/plans/plan';
import { localIsoDate } from '../../domain/time/calendar';
import { formatCalendarDate, formatMinutes, formatTimeOfDayIn } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { Button } from '../../ui/Button';
import { IconButton } from '../../ui/IconButton';

function PlanRow({ groupId, plan }: { groupId: string; plan: PlanSummary }) {
  const { t, language } = useI18n();
  const duplicate = useGroupsStore((s) => s.duplicatePlan);
  const planNext = useGroupsStore((s) => s.planNext);
  const remove = useGroupsStore((s) => s.deletePlan);
  const open = (id: string | null) => {
    if (!id) return;
    focusHeadingOnNextScreen();
    navigate('groups', groupId, 'plans', id);
  };
  return (
    <li className="plan-row" data-testid="plan-row">
      <div className="plan-row-main">
        <a
          className="plan-row-title"
          href={hrefOf('groups', groupId, 'plans', plan.id)}
          onClick={focusHeadingOnNextScreen}
        >
          {plan.title}
        </a>
        <span className="plan-row-facts">
          {formatCalendarDate(plan.date, language)} · {formatTimeOfDayIn(plan.startTime, language)}{' '}
          · {t('plans.itemCount', { count: plan.itemCount })} ·{' '}
          {formatMinutes(plan.totalMinutes, language)}
        </span>
      </div>
      <div className="plan-row-actions">
        <IconButton
          icon="copy"
          label={t('plans.duplicateNamed', { title: plan.title })}
          onPress={() => void duplicate(plan.id).then(open)}
          testId="duplicate-plan"
        />
        <IconButton
          icon="next"
          label={t('plans.planNextNamed', { title: plan.title })}
          onPress={() => void planNext(plan.id).then(open)}
          testId="plan-next"
        />
        <IconButton
          icon="trash"
          variant="danger"
          label={t('plans.deleteNamed', { title: plan.title })}
          onPress={() => void remove(plan.id)}
          testId="delete-plan"
        />
      </div>
    </li>
  );
}

function PlanSection(props: {
  id: string;
  title: string;
  groupId: string;
  plans: readonly PlanSummary[];
  children?: ReactNode;
}) {
  return (
    <div>
      <h3 className="list-heading" id={props.id}>
        {props.title}
      </h3>
      <ul className="plan-list" aria-labelledby={props.id} data-testid={props.id}>
        {props.plans.map((plan) => (
          <PlanRow key={plan.id} groupId={props.groupId} plan={plan} />
        ))}
      </ul>
      {props.children}
    </div>
  );
}

/** Past plans shown before "Show older plans": the recent ones are the ones planned from. */
export const RECENT_PAST = 10;

export function PlanList({ groupId, plans }: { groupId: string; plans: readonly PlanSummary[] }) {
  const { t } = useI18n();
  // "Upcoming" is decided once per visit: a list that reshuffles at midnight would be a surprise.
  const [today] = useState(() => localIsoDate(Date.now()));
  const { upcoming, past } = useMemo(() => sortedPlans(plans, today), [plans, today]);
  const [allPast, setAllPast] = useState(false);
  const shownPast = allPast ? past : past.slice(0, RECENT_PAST);
  const older = past.length - shownPast.length;
  if (plans.length === 0) return <p className="muted">{t('plans.empty')}</p>;
  return (
    <div className="plan-lists">
      {upcoming.length > 0 ? (
        <PlanSection
          id="plans-upcoming"
          title={t('plans.upcoming')}
          groupId={groupId}
          plans={upcoming}
        />
      ) : null}
      {past.length > 0 ? (
        <PlanSection id="plans-past" title={t('plans.past')} groupId={groupId} plans={shownPast}>
          {older > 0 ? (
            <Button onPress={() => setAllPast(true)} className="show-older" testId="show-older">
              {t('plans.showOlder', { count: older })}
            </Button>
          ) : null}
        </PlanSection>
      ) : null}
    </div>
  );
}
