/**
 * Before a session: pick one of a group's plans (the next ones first), or run a session without
 * a plan: one open item of the length asked for.
 */
import { useEffect, useMemo, useState, type SyntheticEvent } from 'react';
import { sortedGroups } from '../../domain/groups/group';
import { PLAN_TITLE_MAX, sortedPlans } from '../../domain/plans/plan';
import { parseMinutes } from '../../domain/plans/schedule';
import { localIsoDate } from '../../domain/time/calendar';
import { formatCalendarDate, formatMinutes, formatTimeOfDayIn } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useSessionStore } from '../../stores/session.store';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useFieldProblems } from '../groups/messages';

/** How many plans to offer: the next few, and the last couple in case one is run late. */
const UPCOMING_SHOWN = 5;
const PAST_SHOWN = 2;
const NO_GROUP = '';

export function StartSession() {
  const { t } = useI18n();
  const status = useGroupsStore((s) => s.status);
  const load = useGroupsStore((s) => s.load);
  const groupsById = useGroupsStore((s) => s.groups);
  const groups = useMemo(
    () => sortedGroups(Object.values(groupsById)).filter((g) => !g.archived),
    [groupsById],
  );
  const [chosen, setChosen] = useState<string>(NO_GROUP);
  const groupId = chosen || groups[0]?.id || NO_GROUP;

  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'failed') return <p className="screen-error">{t('groups.loadFailed')}</p>;
  if (status !== 'ready') return <div className="screen-loading" aria-busy="true" />;

  return (
    <div className="start-grid">
      <section className="panel-section" aria-labelledby="start-plan-title">
        <h2 id="start-plan-title">{t('run.fromPlanTitle')}</h2>
        {groups.length === 0 ? (
          <EmptyState icon="groups" title={t('run.noGroupsTitle')}>
            <p>{t('run.noGroupsBody')}</p>
          </EmptyState>
        ) : (
          <>
            <SelectField
              label={t('run.group')}
              value={groupId}
              onChange={setChosen}
              options={groups.map((g) => ({ value: g.id, label: g.name }))}
              testId="start-group"
            />
            <PlanChoices key={groupId} groupId={groupId} />
          </>
        )}
      </section>
      <AdHocForm groups={groups.map((g) => ({ value: g.id, label: g.name }))} />
    </div>
  );
}

function PlanChoices({ groupId }: { groupId: string }) {
  const { t, language } = useI18n();
  const loadPlans = useGroupsStore((s) => s.loadPlans);
  const loadPlan = useGroupsStore((s) => s.loadPlan);
  const loaded = useGroupsStore((s) => s.plansLoaded[groupId]);
  const summaries = useGroupsStore((s) => s.summaries);
  const beginFromPlan = useSessionStore((s) => s.beginFromPlan);
  const [today] = useState(() => localIsoDate(Date.now()));
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void loadPlans(groupId);
  }, [groupId, loadPlans]);

  const shown = useMemo(() => {
    const mine = Object.values(summaries).filter((s) => s.groupId === groupId);
    const { upcoming, past } = sortedPlans(mine, today);
    return [...upcoming.slice(0, UPCOMING_SHOWN), ...past.slice(0, PAST_SHOWN)];
  }, [summaries, groupId, today]);

  if (loaded === 'failed') return <p className="screen-error">{t('groups.loadFailed')}</p>;
  if (loaded !== 'ready') return <div className="screen-loading" aria-busy="true" />;
  if (shown.length === 0) return <p className="muted">{t('run.noPlans')}</p>;

  const start = async (planId: string) => {
    const plan = await loadPlan(planId);
    if (plan) beginFromPlan(plan);
    else setFailed(true);
  };

  return (
    <>
      <ul className="plan-choices" data-testid="plan-choices">
        {shown.map((summary) => (
          <li key={summary.id} className="plan-choice">
            <span className="plan-choice-text">
              <span className="plan-choice-title" lang={summary.language}>
                {summary.title}
              </span>
              <span className="muted">
                {formatCalendarDate(summary.date, language, 'medium')} ·{' '}
                {formatTimeOfDayIn(summary.startTime, language)} ·{' '}
                {t('plans.itemCount', { count: summary.itemCount })} ·{' '}
                {formatMinutes(summary.totalMinutes, language)}
              </span>
            </span>
            <Button onPress={() => void start(summary.id)} testId="set-up-session">
              {summary.date === today ? t('run.setUpToday') : t('run.setUp')}
              <span className="visually-hidden">: {summary.title}</span>
            </Button>
          </li>
        ))}
      </ul>
      {failed ? (
        <p className="field-error" role="alert">
          {t('run.planMissing')}
        </p>
      ) : null}
    </>
  );
}

function AdHocForm({ groups }: { groups: readonly { value: string; label: string }[] }) {
  const { t, language } = useI18n();
  const problems = useFieldProblems();
  const beginAdHoc = useSessionStore((s) => s.beginAdHoc);
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('60');
  const [groupId, setGroupId] = useState(NO_GROUP);
  const [tried, setTried] = useState(false);
  const name = title.trim() === '' ? t('run.adHocDefaultTitle') : title;
  const titleProblem = problems.title(PLAN_TITLE_MAX)(name);
  const minutesProblem = problems.minutes(minutes);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTried(true);
    const parsed = parseMinutes(minutes);
    if (titleProblem || !('minutes' in parsed)) return;
    beginAdHoc({ title: name.trim(), minutes: parsed.minutes, language }, groupId || null);
  };

  return (
    <section className="panel-section" aria-labelledby="start-adhoc-title">
      <h2 id="start-adhoc-title">{t('run.adHocTitle')}</h2>
      <p className="muted">{t('run.adHocBody')}</p>
      <form className="adhoc-form" noValidate onSubmit={submit}>
        <TextField
          label={t('run.adHocName')}
          value={title}
          onChange={setTitle}
          description={t('run.adHocNameHelp', { title: t('run.adHocDefaultTitle') })}
          error={tried ? titleProblem : null}
          maxLength={PLAN_TITLE_MAX + 20}
          testId="adhoc-title"
        />
        <TextField
          label={t('run.adHocMinutes')}
          value={minutes}
          onChange={setMinutes}
          inputMode="numeric"
          error={tried ? minutesProblem : null}
          testId="adhoc-minutes"
        />
        {groups.length > 0 ? (
          <SelectField
            label={t('run.adHocGroup')}
            value={groupId}
            onChange={setGroupId}
            options={[{ value: NO_GROUP, label: t('run.adHocNoGroup') }, ...groups]}
            testId="adhoc-group"
          />
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant="secondary" testId="adhoc-start">
            <Icon name="run" size={18} />
            {t('run.adHocStart')}
          </Button>
        </div>
      </form>
    </section>
  );
}
