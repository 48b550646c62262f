/** An agenda item's icebreaker prompt in the plan editor: shown with its pass line, chosen, removed. */
import { lazy, Suspense, useState } from 'react';
import { isCustomPromptId } from '../../domain/icebreakers/prompt';
import type { AgendaItem, SessionPlan } from '../../domain/plans/plan';
import { directionOf } from '../../../../electron/shared/languages';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useLibraryStore } from '../../stores/library.store';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import './icebreakers.css';

// The library (and its prompts) loads when the facilitator first chooses one.
const PromptPicker = lazy(() =>
  import('./PromptPicker').then((m) => ({ default: m.PromptPicker })),
);

export function ItemPrompt({ plan, item }: { plan: SessionPlan; item: AgendaItem }) {
  const { t } = useI18n();
  const updateItem = useGroupsStore((s) => s.updateItem);
  const group = useGroupsStore((s) => (plan.groupId ? s.groups[plan.groupId] : undefined));
  const recordUse = useLibraryStore((s) => s.recordUse);
  const [picking, setPicking] = useState(false);
  return (
    <div className="item-prompt" data-testid="item-prompt">
      <h3 className="item-prompt-title">{t('icebreakers.itemPrompt')}</h3>
      {item.prompt ? (
        <>
          <p
            className="prompt-quote"
            {...(isCustomPromptId(item.prompt.id)
              ? { dir: 'auto' }
              : { lang: plan.language, dir: directionOf(plan.language) })}
            data-testid="item-prompt-text"
          >
            {item.prompt.text}
          </p>
          <p className="prompt-pass">{t('icebreakers.passInvite')}</p>
        </>
      ) : (
        <p className="muted">{t('icebreakers.noItemPrompt')}</p>
      )}
      <div className="button-row">
        <Button onPress={() => setPicking(true)} testId="choose-prompt">
          <Icon name="icebreakers" size={18} />
          {item.prompt ? t('icebreakers.change') : t('icebreakers.choose')}
        </Button>
        {item.prompt ? (
          <Button
            onPress={() => updateItem(plan.id, item.id, { prompt: null })}
            testId="remove-prompt"
          >
            {t('icebreakers.remove')}
          </Button>
        ) : null}
      </div>
      {picking ? (
        <Suspense fallback={null}>
          <PromptPicker
            language={plan.language}
            groupId={plan.groupId}
            groupKind={group?.kind ?? null}
            itemTitle={item.title}
            onPick={(prompt) => {
              updateItem(plan.id, item.id, { prompt });
              if (plan.groupId) recordUse(plan.groupId, { promptId: prompt.id, on: plan.date });
            }}
            onClose={() => setPicking(false)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
