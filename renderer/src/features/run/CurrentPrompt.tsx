/**
 * The icebreaker prompt of the item under way: read from here, shown in the room only when the
 * facilitator chooses, drawn or chosen in the room when the plan had none. Drawing here counts
 * the prompt as had by the group today, so later draws don't repeat it.
 */
import { lazy, Suspense, useState } from 'react';
import { directionOf } from '../../../../electron/shared/languages';
import { isCustomPromptId } from '../../domain/icebreakers/prompt';
import { currentEntry } from '../../domain/session/agenda';
import type { LiveSession } from '../../domain/session/session';
import { localIsoDate } from '../../domain/time/calendar';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useLibraryStore } from '../../stores/library.store';
import { useSessionStore } from '../../stores/session.store';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import '../icebreakers/icebreakers.css';

const PromptPicker = lazy(() =>
  import('../icebreakers/PromptPicker').then((m) => ({ default: m.PromptPicker })),
);

export function CurrentPrompt({ live }: { live: LiveSession }) {
  const { t } = useI18n();
  const agenda = useSessionStore((s) => s.agenda);
  const recordUse = useLibraryStore((s) => s.recordUse);
  const group = useGroupsStore((s) => (live.groupId ? s.groups[live.groupId] : undefined));
  // The item the picker was opened for: the agenda may move on while it is open.
  const [picking, setPicking] = useState<{ id: string; title: string } | null>(null);
  const entry = currentEntry(live.agenda);
  if (!entry) return null;
  const prompt = entry.prompt;
  return (
    <section className="panel-section current-prompt" aria-labelledby="current-prompt-title">
      <h2 id="current-prompt-title">{t('live.promptTitle')}</h2>
      {prompt ? (
        <>
          <p
            className="prompt-quote"
            // One's own prompt is in whatever language it was written in.
            {...(isCustomPromptId(prompt.id)
              ? { dir: 'auto' }
              : { lang: live.language, dir: directionOf(live.language) })}
            data-testid="current-prompt"
          >
            {prompt.text}
          </p>
          <p className="prompt-pass">{t('icebreakers.passInvite')}</p>
        </>
      ) : (
        <p className="muted">{t('live.noPrompt')}</p>
      )}
      <div className="button-row">
        {prompt ? (
          <Button
            aria-pressed={prompt.shown}
            onPress={() => agenda({ type: 'show-prompt', id: entry.id, shown: !prompt.shown })}
            testId="show-prompt"
          >
            <Icon name={prompt.shown ? 'eye' : 'screen'} size={18} />
            {t('live.showPrompt')}
          </Button>
        ) : null}
        <Button
          onPress={() => setPicking({ id: entry.id, title: entry.title })}
          testId="pick-prompt"
        >
          <Icon name="shuffle" size={18} />
          {prompt ? t('live.otherPrompt') : t('live.findPrompt')}
        </Button>
      </div>
      {picking ? (
        <Suspense fallback={null}>
          <PromptPicker
            language={live.language}
            groupId={live.groupId}
            groupKind={group?.kind ?? null}
            itemTitle={picking.title}
            onPick={(picked) => {
              agenda({ type: 'prompt', id: picking.id, prompt: picked });
              if (live.groupId)
                recordUse(live.groupId, { promptId: picked.id, on: localIsoDate(Date.now()) });
            }}
            onClose={() => setPicking(null)}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
