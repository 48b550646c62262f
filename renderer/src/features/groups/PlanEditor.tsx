/**
 * One session plan: its date, time and place, the agenda with computed start times and the total
 * against the intended length, its goals and ground rules. Every change is saved as it is made.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { directionOf, LANGUAGES } from '../../../../electron/shared/languages';
import { hrefOf, navigate } from '../../app/router';
import { focusHeadingOnNextScreen } from '../../app/navigationFocus';
import { SHORT_TEXT_MAX, type Group } from '../../domain/groups/group';
import { PLAN_TITLE_MAX, type SessionPlan } from '../../domain/plans/plan';
import {
  formatTimeOfDay,
  parseMinutes,
  parseTimeOfDay,
  planTiming,
  type PlanTiming,
} from '../../domain/plans/schedule';
import { isIsoDate } from '../../domain/time/calendar';
import { formatMinutes, formatTimeOfDayIn, languageName } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useSessionStore } from '../../stores/session.store';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { Icon } from '../../ui/Icon';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useScreenHeading } from '../../ui/useScreenHeading';
import { PlanExportButton } from '../exports/ExportButtons';
import { AgendaList } from './AgendaList';
import { DraftField } from './DraftField';
import { GroupNotFound } from './GroupPage';
import { useFieldProblems } from './messages';
import { SaveIndicator } from './SaveIndicator';
import { SentenceList } from './SentenceList';
import { SaveTemplateDialog } from './SaveTemplateDialog';

// Printing is occasional: the run sheet, its printing and its catalog load when asked for.
const RunSheetDialog = lazy(() =>
  import('./RunSheetDialog').then((m) => ({ default: m.RunSheetDialog })),
);

function TimingSummary({ timing, startTime }: { timing: PlanTiming; startTime: string }) {
  const { t, language } = useI18n();
  const difference = Math.abs(timing.differenceMinutes);
  return (
    <div
      className={`timing-summary timing-${timing.fit}`}
      data-testid="timing-summary"
      data-fit={timing.fit}
    >
      <p className="timing-figures">
        <span data-testid="timing-range">
          {formatTimeOfDayIn(startTime, language)}
          {' – '}
          {formatTimeOfDayIn(timing.ends, language)}
        </span>
        <span data-testid="timing-total">
          {t('plans.totalOfIntended', {
            total: formatMinutes(timing.totalMinutes, language),
            intended: formatMinutes(timing.intendedMinutes, language),
          })}
        </span>
      </p>
      <p className="timing-verdict" data-testid="timing-verdict">
        {timing.fit === 'over' ? <Icon name="alert" size={18} /> : <Icon name="check" size={18} />}
        {timing.fit === 'over'
          ? t('plans.over', { duration: formatMinutes(difference, language) })
          : timing.fit === 'under'
            ? t('plans.under', { duration: formatMinutes(difference, language) })
            : t('plans.exact')}
      </p>
    </div>
  );
}

function Details({ plan }: { plan: SessionPlan }) {
  const { t, language } = useI18n();
  const update = useGroupsStore((s) => s.updatePlan);
  const problems = useFieldProblems();
  const set = (patch: Partial<SessionPlan>) => update(plan.id, (p) => ({ ...p, ...patch }));
  const content = { lang: plan.language, dir: directionOf(plan.language) } as const;
  return (
    <section aria-labelledby="plan-details" className="section panel-section">
      <h2 id="plan-details" className="section-title">
        {t('plans.details')}
      </h2>
      <DraftField
        recordId={plan.id}
        field="title"
        label={t('plans.planTitle')}
        stored={plan.title}
        problem={problems.title(PLAN_TITLE_MAX)}
        onValid={(text) => set({ title: text.trim() })}
        autoComplete="off"
        className="field-wide"
        {...content}
        testId="plan-title"
      />
      <div className="form-grid">
        <div className="field">
          <label className="field-label" htmlFor={`date-${plan.id}`}>
            {t('plans.date')}
          </label>
          <input
            id={`date-${plan.id}`}
            className="field-input"
            type="date"
            autoComplete="off"
            value={plan.date}
            required
            onChange={(event) => {
              if (isIsoDate(event.target.value)) set({ date: event.target.value });
            }}
            data-testid="plan-date"
          />
        </div>
        <DraftField
          recordId={plan.id}
          field="startTime"
          label={t('plans.startTime')}
          description={t('plans.timeHelp')}
          stored={plan.startTime}
          problem={problems.time}
          onValid={(text) => {
            const minutes = parseTimeOfDay(text);
            if (minutes !== null) set({ startTime: formatTimeOfDay(minutes) });
          }}
          autoComplete="off"
          testId="plan-start"
        />
        <DraftField
          recordId={plan.id}
          field="intendedMinutes"
          label={t('plans.intended')}
          description={t('plans.intendedHelp')}
          stored={String(plan.intendedMinutes)}
          problem={problems.minutes}
          onValid={(text) => {
            const parsed = parseMinutes(text);
            if ('minutes' in parsed) set({ intendedMinutes: parsed.minutes });
          }}
          inputMode="numeric"
          autoComplete="off"
          testId="plan-intended"
          adornment={<span className="unit">{t('agenda.minutesUnit')}</span>}
        />
        <TextField
          label={t('groups.venue')}
          value={plan.venue}
          onChange={(venue) => set({ venue: venue.slice(0, SHORT_TEXT_MAX) })}
          autoComplete="off"
          testId="plan-venue"
        />
        <SelectField
          label={t('plans.language')}
          description={t('plans.languageEditHelp')}
          value={plan.language}
          onChange={(next) => set({ language: next })}
          options={LANGUAGES.map((l) => ({ value: l, label: languageName(l, language) }))}
          testId="plan-language"
        />
      </div>
    </section>
  );
}

function Goals({ plan }: { plan: SessionPlan }) {
  const { t } = useI18n();
  const update = useGroupsStore((s) => s.updatePlan);
  return (
    <section aria-labelledby="plan-goals" className="section panel-section">
      <h2 id="plan-goals" className="section-title">
        {t('plans.goals')}
      </h2>
      <SentenceList
        kind="goal"
        values={plan.goals}
        onChange={(goals) => update(plan.id, (p) => ({ ...p, goals }))}
        labelledBy="plan-goals"
        language={plan.language}
        testId="plan-goals"
      />
    </section>
  );
}

function GroundRules({ plan, group }: { plan: SessionPlan; group: Group }) {
  const { t } = useI18n();
  const update = useGroupsStore((s) => s.updatePlan);
  const inherited = plan.groundRules === null;
  return (
    <section aria-labelledby="plan-rules" className="section panel-section">
      <h2 id="plan-rules" className="section-title">
        {t('groups.groundRules')}
      </h2>
      <CheckboxField
        label={t('plans.useGroupRules', { name: group.name })}
        description={t('plans.useGroupRulesHelp')}
        checked={inherited}
        onChange={(use) =>
          update(plan.id, (p) => ({ ...p, groundRules: use ? null : [...group.groundRules] }))
        }
        testId="inherit-rules"
      />
      {plan.groundRules === null ? (
        <ol className="rules-readonly" aria-labelledby="plan-rules" data-testid="inherited-rules">
          {group.groundRules.map((rule, index) => (
            // Rules have no ids; here they are read-only, in the group's order.
            <li key={`${String(index)}-${rule}`}>{rule}</li>
          ))}
        </ol>
      ) : (
        <SentenceList
          kind="rule"
          values={plan.groundRules}
          onChange={(groundRules) => update(plan.id, (p) => ({ ...p, groundRules }))}
          labelledBy="plan-rules"
          language={plan.language}
          testId="plan-rules"
        />
      )}
    </section>
  );
}

export function PlanEditor({ groupId, planId }: { groupId: string; planId: string }) {
  const { t } = useI18n();
  const heading = useScreenHeading();
  const group = useGroupsStore((s) => s.groups[groupId]);
  const plan = useGroupsStore((s) => s.plans[planId]);
  const loading = useGroupsStore((s) => s.planLoads[planId]);
  const loadPlan = useGroupsStore((s) => s.loadPlan);
  const duplicate = useGroupsStore((s) => s.duplicatePlan);
  const planNext = useGroupsStore((s) => s.planNext);
  const remove = useGroupsStore((s) => s.deletePlan);
  const [printing, setPrinting] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void loadPlan(planId);
  }, [loadPlan, planId]);

  useEffect(() => {
    if (plan) document.title = `${plan.title} · ${t('app.name')}`;
  }, [plan, t]);

  const timing = useMemo(
    () => (plan ? planTiming(plan.startTime, plan.items, plan.intendedMinutes) : null),
    [plan],
  );

  if (!plan && loading === 'failed') {
    return (
      <div className="screen" role="alert">
        <p className="screen-error">{t('plans.loadFailed')}</p>
      </div>
    );
  }
  if (!plan || !group || plan.groupId !== groupId) {
    if (group && !plan && loading !== 'ready' && loading !== 'failed') {
      return <div className="screen-loading" aria-busy="true" />;
    }
    return <GroupNotFound />;
  }

  const open = (id: string | null): void => {
    if (!id) return;
    focusHeadingOnNextScreen();
    navigate('groups', groupId, 'plans', id);
  };

  return (
    <div className="screen screen-wide plan-editor">
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
          <h1
            ref={heading}
            tabIndex={-1}
            id="page-title"
            lang={plan.language}
            dir={directionOf(plan.language)}
          >
            {plan.title}
          </h1>
          <SaveIndicator />
        </div>
        <div className="toolbar" role="toolbar" aria-label={t('plans.actions')}>
          <RunThisPlan plan={plan} />
          <Button onPress={() => setPrinting(true)} testId="print-run-sheet">
            <Icon name="print" size={18} />
            {t('runSheet.print')}
          </Button>
          <PlanExportButton plan={plan} group={group} />
          <Button onPress={() => void duplicate(plan.id).then(open)} testId="duplicate-plan">
            <Icon name="copy" size={18} />
            {t('plans.duplicate')}
          </Button>
          <Button onPress={() => void planNext(plan.id).then(open)} testId="plan-next">
            <Icon name="next" size={18} />
            {t('plans.planNext')}
          </Button>
          <Button onPress={() => setSaving(true)} testId="save-template">
            <Icon name="template" size={18} />
            {t('plans.saveAsTemplate')}
          </Button>
          <Button
            variant="danger"
            onPress={() => {
              focusHeadingOnNextScreen();
              navigate('groups', groupId);
              void remove(plan.id);
            }}
            testId="delete-plan"
          >
            <Icon name="trash" size={18} />
            {t('plans.delete')}
          </Button>
        </div>
      </header>

      {timing ? <TimingSummary timing={timing} startTime={plan.startTime} /> : null}

      <Details plan={plan} />

      <section aria-labelledby="agenda-title" className="section panel-section">
        <h2 id="agenda-title" className="section-title">
          {t('agenda.title')}
        </h2>
        <AgendaList plan={plan} slots={timing?.slots ?? []} />
      </section>

      <div className="plan-columns">
        <Goals plan={plan} />
        <GroundRules plan={plan} group={group} />
      </div>

      {printing ? (
        <Suspense fallback={null}>
          <RunSheetDialog plan={plan} group={group} onClose={() => setPrinting(false)} />
        </Suspense>
      ) : null}
      {saving ? <SaveTemplateDialog plan={plan} onClose={() => setSaving(false)} /> : null}
    </div>
  );
}

/** Sets up this plan as the session to run, or goes back to the session already under way. */
function RunThisPlan({ plan }: { plan: SessionPlan }) {
  const { t } = useI18n();
  const underWay = useSessionStore((s) => s.live !== null && s.live.agenda.endedAt === null);
  const thisOne = useSessionStore((s) => s.live?.planId === plan.id);
  const beginFromPlan = useSessionStore((s) => s.beginFromPlan);
  return (
    <Button
      variant="primary"
      onPress={() => {
        if (!underWay) beginFromPlan(plan);
        focusHeadingOnNextScreen();
        navigate('run');
      }}
      testId="run-plan"
    >
      <Icon name="run" size={18} />
      {underWay ? (thisOne ? t('plans.runUnderWay') : t('plans.runOther')) : t('plans.run')}
    </Button>
  );
}
