/** One prompt: its text, how deep it goes (rings and a word), its time and content notes. */
import type { ReactNode } from 'react';
import type { LibraryPrompt } from '../../domain/icebreakers/prompt';
import type { TemplateLanguage } from '../../domain/plans/templates';
import { directionOf } from '../../../../electron/shared/languages';
import { useI18n } from '../../i18n/I18nProvider';
import { DEPTH_LABELS, DEPTH_LEVEL, NOTE_LABELS } from './labels';

export function DepthMeter({ depth }: { depth: LibraryPrompt['depth'] }) {
  const level = DEPTH_LEVEL[depth];
  return (
    <span className="depth-meter" aria-hidden="true">
      {[1, 2, 3].map((n) => (
        <span key={n} className={n <= level ? 'depth-ring depth-ring-on' : 'depth-ring'} />
      ))}
    </span>
  );
}

export function PromptCard({
  prompt,
  language,
  hidden = false,
  children,
  testId = 'prompt',
}: {
  prompt: LibraryPrompt;
  language: TemplateLanguage;
  hidden?: boolean;
  children?: ReactNode;
  testId?: string;
}) {
  const { t, language: uiLanguage } = useI18n();
  const list = new Intl.ListFormat(uiLanguage, { type: 'conjunction' });
  return (
    <article
      className={['prompt-card', hidden ? 'prompt-hidden' : ''].filter(Boolean).join(' ')}
      data-testid={testId}
      data-prompt-id={prompt.id}
      data-depth={prompt.depth}
      data-notes={prompt.contentNotes.join(' ')}
    >
      <p
        className="prompt-text"
        lang={prompt.source === 'custom' ? undefined : language}
        dir={prompt.source === 'custom' ? 'auto' : directionOf(language)}
      >
        {prompt.text}
      </p>
      <p className="prompt-pass">{t('icebreakers.passInvite')}</p>
      <p className="prompt-meta">
        <span className="prompt-depth">
          <DepthMeter depth={prompt.depth} />
          {t(DEPTH_LABELS[prompt.depth])}
        </span>
        <span>{t('icebreakers.minutes', { count: prompt.minutes })}</span>
        {prompt.source === 'custom' ? (
          <span className="badge">{t('icebreakers.yours')}</span>
        ) : null}
        {hidden ? <span className="badge">{t('icebreakers.hiddenBadge')}</span> : null}
        {prompt.contentNotes.length > 0 ? (
          <span className="prompt-notes">
            {t('icebreakers.touchesOn', {
              notes: list.format(prompt.contentNotes.map((n) => t(NOTE_LABELS[n]))),
            })}
          </span>
        ) : null}
      </p>
      {children ? <div className="prompt-actions">{children}</div> : null}
    </article>
  );
}
