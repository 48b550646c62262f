/**
 * Puts a prompt on an agenda item of one of a group's plans, in the plan's language. The group
 * then counts it as had on the plan's date, so "draw" won't offer it again soon.
 */
import { useEffect, useMemo, useState } from 'react';
import type { LibraryPrompt } from '../../domain/icebreakers/prompt';
import { sortedPlans, type SessionPlan } from '../../domain/plans/plan';
import { localIsoDate } from '../../domain/time/calendar';
import { formatCalendarDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useLibraryStore } from '../../stores/library.store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { promptTextIn } from './usePrompts';

const NONE = '';

export function AddToPlanDialog({
  prompt,
  groupId: initialGroup,
  onClose,
}: {
  prompt: LibraryPrompt;
  groupId: string | null;
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const groups = useGroupsStore((s) => s.groups);
  const summaries = useGroupsStore((s) => s.summaries);
  const loadPlans = useGroupsStore((s) => s.loadPlans);
  const loadPlan = useGroupsStore((s) => s.loadPlan);
  const updateItem = useGroupsStore((s) => s.updateItem);
  const recordUse = useLibraryStore((s) => s.recordUse);
  const [groupId, setGroupId] = useState(initialGroup ?? Object.keys(groups)[0] ?? NONE);
  const [chosenPlan, setPlanId] = useState(NONE);
  const [chosenItem, setItemId] = useState(NONE);
  const [done, setDone] = useState<string | null>(null);
  const [today] = useState(() => localIsoDate(Date.now()));
  // Whole plans are read as they are chosen; the store keeps them.
  const plansInMemory = useGroupsStore((s) => s.plans);

  useEffect(() => {
    if (groupId !== NONE) void loadPlans(groupId);
  }, [groupId, loadPlans]);

  const plans = useMemo(() => {
    const mine = Object.values(summaries).filter((s) => s.groupId === groupId);
    return sortedPlans(mine, today).upcoming;
  }, [summaries, groupId, today]);
  // The chosen plan while it is one of the group's upcoming ones, else the soonest.
  const planId = plans.some((p) => p.id === chosenPlan) ? chosenPlan : (plans[0]?.id ?? NONE);
  const plan: SessionPlan | undefined = plansInMemory[planId];

  useEffect(() => {
    if (planId !== NONE) void loadPlan(planId);
  }, [planId, loadPlan]);

  // An icebreaker item is the natural place; otherwise the first.
  const item =
    plan?.items.find((i) => i.id === chosenItem) ??
    plan?.items.find((i) => i.kind === 'icebreaker') ??
    plan?.items[0];
  const itemId = item?.id ?? NONE;
  const add = () => {
    if (!plan || !item) return;
    updateItem(plan.id, item.id, {
      prompt: { id: prompt.id, text: promptTextIn(prompt, plan.language) },
    });
    if (plan.groupId) recordUse(plan.groupId, { promptId: prompt.id, on: plan.date });
    setDone(t('icebreakers.added', { item: item.title, plan: plan.title }));
  };

  return (
    <Dialog title={t('icebreakers.addToPlan')} onClose={onClose} testId="add-to-plan">
      {/* What will be added: the prompt in the plan's language once a plan is chosen. */}
      <p className="prompt-quote" dir="auto" data-testid="add-prompt-text">
        {plan ? promptTextIn(prompt, plan.language) : prompt.text}
      </p>
      {Object.keys(groups).length === 0 ? (
        <p className="muted">{t('icebreakers.noGroups')}</p>
      ) : (
        <div className="form-grid">
          <SelectField
            label={t('notes.group')}
            value={groupId}
            options={Object.values(groups).map((g) => ({ value: g.id, label: g.name }))}
            onChange={(id) => {
              setGroupId(id);
              setDone(null);
            }}
            testId="add-group"
          />
          {plans.length === 0 ? (
            <p className="muted" data-testid="no-upcoming">
              {t('icebreakers.noUpcoming')}
            </p>
          ) : (
            <SelectField
              label={t('icebreakers.plan')}
              value={planId}
              options={plans.map((p) => ({
                value: p.id,
                label: `${p.title} · ${formatCalendarDate(p.date, language)}`,
              }))}
              onChange={(id) => {
                setPlanId(id);
                setDone(null);
              }}
              testId="add-plan"
            />
          )}
          {plan && plan.items.length > 0 ? (
            <SelectField
              label={t('icebreakers.item')}
              value={itemId}
              options={plan.items.map((i) => ({ value: i.id, label: i.title }))}
              onChange={(id) => {
                setItemId(id);
                setDone(null);
              }}
              testId="add-item"
            />
          ) : null}
        </div>
      )}
      {item?.prompt && !done ? (
        <p className="muted" dir="auto">
          {t('icebreakers.replaces', { text: item.prompt.text })}
        </p>
      ) : null}
      <p role="status" data-testid="added">
        {done}
      </p>
      <div className="form-actions">
        <Button onPress={onClose} testId="add-close">
          {done ? t('shortcuts.close') : t('icebreakers.cancel')}
        </Button>
        {!done ? (
          <Button variant="primary" onPress={add} isDisabled={!item} testId="add-confirm">
            {t('icebreakers.addConfirm')}
          </Button>
        ) : null}
      </div>
    </Dialog>
  );
}
