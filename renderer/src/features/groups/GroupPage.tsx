/** One group: its session plans first, then what the group is, its ground rules and members. */
import { useEffect, useMemo, useState } from 'react';
import { hrefOf, navigate } from '../../app/router';
import { focusHeadingOnNextScreen } from '../../app/navigationFocus';
import {
  GROUP_NAME_MAX,
  LONG_TEXT_MAX,
  SHORT_TEXT_MAX,
  WEEKDAYS,
  type Group,
  type Weekday,
} from '../../domain/groups/group';
import { parseTimeOfDay, formatTimeOfDay } from '../../domain/plans/schedule';
import { GROUP_KINDS } from '../../domain/plans/templates';
import { weekdayName } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useScreenHeading } from '../../ui/useScreenHeading';
import { DraftField } from './DraftField';
import { GROUP_KIND_LABELS } from './labels';
import { useFieldProblems, useNameCheck } from './messages';
import { NewPlanDialog } from './NewPlanDialog';
import { PlanList } from './PlanList';
import { Roster } from './Roster';
import { SaveIndicator } from './SaveIndicator';
import { SentenceList } from './SentenceList';

function NotFound() {
  const { t } = useI18n();
  const heading = useScreenHeading();
  return (
    <div className="screen">
      <h1 ref={heading} tabIndex={-1} id="page-title">
        {t('groups.notFound')}
      </h1>
      <p>
        <a href={hrefOf('groups')}>{t('groups.backToGroups')}</a>
      </p>
    </div>
  );
}

export { NotFound as GroupNotFound };

function Details({ group }: { group: Group }) {
  const { t, language } = useI18n();
  const update = useGroupsStore((s) => s.updateGroup);
  const problems = useFieldProblems();
  const nameCheck = useNameCheck(GROUP_NAME_MAX);
  const set = (patch: Partial<Group>) => update(group.id, (g) => ({ ...g, ...patch }));
  const NONE = 'none';
  return (
    <section aria-labelledby="group-details" className="section panel-section">
      <h2 id="group-details" className="section-title">
        {t('groups.details')}
      </h2>
      <div className="form-grid">
        <DraftField
          recordId={group.id}
          field="name"
          label={t('groups.name')}
          stored={group.name}
          problem={nameCheck}
          onValid={(text) => set({ name: text.trim() })}
          autoComplete="off"
          testId="group-name"
        />
        <SelectField
          label={t('groups.kind')}
          value={group.kind}
          onChange={(kind) => set({ kind })}
          options={GROUP_KINDS.map((k) => ({ value: k, label: t(GROUP_KIND_LABELS[k]) }))}
          testId="group-kind"
        />
        <SelectField
          label={t('groups.meetingDay')}
          value={group.meetingDay === null ? NONE : String(group.meetingDay)}
          onChange={(value) =>
            set({ meetingDay: value === NONE ? null : (Number(value) as Weekday) })
          }
          options={[
            { value: NONE, label: t('groups.noUsualDay') },
            ...WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(day, language) })),
          ]}
          testId="group-day"
        />
        <DraftField
          recordId={group.id}
          field="meetingTime"
          label={t('groups.meetingTime')}
          description={t('plans.timeHelp')}
          stored={group.meetingTime}
          problem={problems.optionalTime}
          onValid={(text) => {
            const minutes = parseTimeOfDay(text);
            set({ meetingTime: minutes === null ? '' : formatTimeOfDay(minutes) });
          }}
          autoComplete="off"
          testId="group-time"
        />
        <TextField
          label={t('groups.venue')}
          value={group.venue}
          onChange={(venue) => set({ venue: venue.slice(0, SHORT_TEXT_MAX) })}
          autoComplete="off"
          testId="group-venue"
        />
      </div>
      <TextArea
        label={t('groups.purpose')}
        description={t('groups.purposeHelp')}
        value={group.purpose}
        maxLength={LONG_TEXT_MAX}
        onChange={(purpose) => set({ purpose })}
        testId="group-purpose"
      />
    </section>
  );
}

function GroundRules({ group }: { group: Group }) {
  const { t } = useI18n();
  const update = useGroupsStore((s) => s.updateGroup);
  return (
    <section aria-labelledby="group-rules" className="section panel-section">
      <h2 id="group-rules" className="section-title">
        {t('groups.groundRules')}
      </h2>
      <p className="section-lead">{t('groups.groundRulesHelp')}</p>
      <SentenceList
        kind="rule"
        values={group.groundRules}
        onChange={(groundRules) => update(group.id, (g) => ({ ...g, groundRules }))}
        labelledBy="group-rules"
        testId="group-rules"
      />
      <TextArea
        label={t('groups.confidentiality')}
        description={t('groups.confidentialityHelp')}
        value={group.confidentiality}
        maxLength={LONG_TEXT_MAX}
        placeholder={t('safety.confidentialityDefault')}
        onChange={(confidentiality) => update(group.id, (g) => ({ ...g, confidentiality }))}
        testId="group-confidentiality"
        rows={4}
        dir="auto"
      />
    </section>
  );
}

function DeleteGroupDialog({
  group,
  plans,
  onClose,
}: {
  group: Group;
  plans: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const deleteGroup = useGroupsStore((s) => s.deleteGroup);
  return (
    <Dialog
      title={t('groups.deleteTitle', { name: group.name })}
      onClose={onClose}
      testId="delete-group-dialog"
    >
      <p>
        {plans === 0 ? t('groups.deleteBodyNoPlans') : t('groups.deleteBody', { count: plans })}
      </p>
      <div className="dialog-actions">
        <Button onPress={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="danger"
          testId="confirm-delete-group"
          onPress={() => {
            onClose();
            focusHeadingOnNextScreen();
            navigate('groups');
            void deleteGroup(group.id);
          }}
        >
          {t('groups.delete')}
        </Button>
      </div>
    </Dialog>
  );
}

export function GroupPage({ groupId }: { groupId: string }) {
  const { t } = useI18n();
  const heading = useScreenHeading();
  const group = useGroupsStore((s) => s.groups[groupId]);
  const loaded = useGroupsStore((s) => s.plansLoaded[groupId]);
  const loadPlans = useGroupsStore((s) => s.loadPlans);
  const summaries = useGroupsStore((s) => s.summaries);
  const update = useGroupsStore((s) => s.updateGroup);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const plans = useMemo(
    () => Object.values(summaries).filter((p) => p.groupId === groupId),
    [summaries, groupId],
  );

  useEffect(() => {
    void loadPlans(groupId);
  }, [loadPlans, groupId]);

  useEffect(() => {
    if (group) document.title = `${group.name} · ${t('app.name')}`;
  }, [group, t]);

  if (!group) return <NotFound />;

  return (
    <div className="screen">
      <header className="page-header">
        <nav aria-label={t('groups.breadcrumb')} className="breadcrumb">
          <a href={hrefOf('groups')} onClick={focusHeadingOnNextScreen}>
            <Icon name="back" size={16} />
            {t('groups.title')}
          </a>
        </nav>
        <div className="page-title-row">
          <h1 ref={heading} tabIndex={-1} id="page-title">
            {group.name}
          </h1>
          {group.archived ? <span className="badge">{t('groups.archived')}</span> : null}
          <SaveIndicator />
        </div>
        <p className="page-lead">{t(GROUP_KIND_LABELS[group.kind])}</p>
        <div className="page-actions">
          <a
            className="button button-secondary"
            href={hrefOf('groups', group.id, 'insights')}
            onClick={focusHeadingOnNextScreen}
            data-testid="group-insights"
          >
            <Icon name="chart" size={18} />
            {t('insights.open')}
          </a>
        </div>
      </header>

      <section aria-labelledby="group-plans" className="section">
        <div className="section-heading">
          <h2 id="group-plans" className="section-title">
            {t('plans.title')}
          </h2>
          <Button variant="primary" onPress={() => setCreating(true)} testId="new-plan">
            <Icon name="plus" size={18} />
            {t('plans.newPlan')}
          </Button>
        </div>
        {loaded === 'failed' ? (
          <p role="alert">{t('plans.loadFailed')}</p>
        ) : loaded === 'ready' ? (
          <PlanList groupId={groupId} plans={plans} />
        ) : (
          <div className="screen-loading" aria-busy="true" />
        )}
      </section>

      <Details group={group} />
      <GroundRules group={group} />
      <Roster group={group} />

      <section aria-labelledby="group-manage" className="section panel-section">
        <h2 id="group-manage" className="section-title">
          {t('groups.manage')}
        </h2>
        <div className="button-row">
          <Button
            onPress={() => update(group.id, (g) => ({ ...g, archived: !g.archived }))}
            testId="archive-group"
          >
            <Icon name="archive" size={18} />
            {group.archived ? t('groups.unarchive') : t('groups.archive')}
          </Button>
          <Button variant="danger" onPress={() => setDeleting(true)} testId="delete-group">
            <Icon name="trash" size={18} />
            {t('groups.delete')}
          </Button>
        </div>
        <p className="field-description">{t('groups.archiveHelp')}</p>
      </section>

      {creating ? <NewPlanDialog group={group} onClose={() => setCreating(false)} /> : null}
      {deleting ? (
        <DeleteGroupDialog group={group} plans={plans.length} onClose={() => setDeleting(false)} />
      ) : null}
    </div>
  );
}
