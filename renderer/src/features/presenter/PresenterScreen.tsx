/**
 * The room's screen. It renders only what a PresenterState carries (the current item's title,
 * time, the session clock, the next item and, if the facilitator chose, the next alias and the
 * item's icebreaker prompt), so
 * nothing confidential can appear here. Large type, high contrast, direction-aware.
 */
import { useEffect, useState } from 'react';
import type { PresenterState } from '../../../../electron/shared/presenter';
import type { Language } from '../../../../electron/shared/languages';
import { figureAt } from '../../domain/time/clock';
import { countdownFigure, formatClock, minutesToSay } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useHost } from '../../platform/HostProvider';
import { Icon } from '../../ui/Icon';
import { useSecondTick } from '../../ui/useSecondTick';

/** How long after a chime the room still sees its flash (a display opened later does not). */
const FLASH_MS = 4_000;

export function PresenterScreen({ onLanguage }: { onLanguage: (language: Language) => void }) {
  const host = useHost();
  const { t } = useI18n();
  const [state, setState] = useState<PresenterState | null>(null);

  useEffect(
    () =>
      host.presenter.onState((next) => {
        setState(next);
        onLanguage(next.language);
      }),
    [host, onLanguage],
  );

  useEffect(() => {
    document.title = t('presenter.documentTitle');
  }, [t]);

  const title = state?.mode === 'test' ? t('presenter.testTitle') : state?.itemTitle;
  return (
    <main className="presenter" aria-labelledby="presenter-title">
      <div className="presenter-brand" aria-hidden="true">
        <Icon name="circle" size={40} />
      </div>
      {!state || state.mode === 'idle' || !title ? (
        <h1 id="presenter-title" className="presenter-title">
          {t('presenter.waiting')}
        </h1>
      ) : (
        <>
          <h1 id="presenter-title" className="presenter-title">
            {title}
          </h1>
          {state.mode === 'test' && <p className="presenter-sub">{t('presenter.testBody')}</p>}
          {state.flash && state.asOf - state.flash.at < FLASH_MS ? (
            // Keyed on the chime, so each new one flashes once.
            <Flash key={state.flash.at} />
          ) : null}
          {state.prompt ? (
            <figure className="presenter-prompt" data-testid="room-prompt">
              <blockquote dir="auto">{state.prompt}</blockquote>
              <figcaption>{t('icebreakers.passInvite')}</figcaption>
            </figure>
          ) : null}
          {state.remainingMs !== null && <Remaining state={state} />}
          <dl className="presenter-facts">
            {state.sessionElapsedMs !== null && <SessionClock state={state} />}
            {state.nextItemTitle && (
              <div>
                <dt>{t('presenter.next')}</dt>
                <dd>{state.nextItemTitle}</dd>
              </div>
            )}
            {state.nextSpeakerAlias && (
              <div>
                <dt>{t('presenter.nextSpeaker')}</dt>
                <dd>{state.nextSpeakerAlias}</dd>
              </div>
            )}
          </dl>
        </>
      )}
    </main>
  );
}

/** Three slow pulses of the frame (or, with reduced motion, the frame held), then gone. */
function Flash() {
  const [on, setOn] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setOn(false), FLASH_MS);
    return () => clearTimeout(timer);
  }, []);
  return on ? <div className="flash-overlay" aria-hidden="true" data-testid="room-flash" /> : null;
}

function Remaining({ state }: { state: PresenterState }) {
  const { t, language } = useI18n();
  const now = useSecondTick();
  const remaining = figureAt(
    { value: state.remainingMs ?? 0, asOf: state.asOf, running: state.running },
    now,
    -1,
  );
  const over = remaining < 0;
  const minutes = minutesToSay(remaining);
  // Overrun is told by words and by a different outline, not by colour alone.
  return (
    <div className={over ? 'presenter-time presenter-time-over' : 'presenter-time'}>
      <p className="presenter-time-label">
        {over ? t('presenter.overTime') : t('presenter.remaining')}
      </p>
      <p className="presenter-clock" dir="ltr">
        {over ? '+' : ''}
        {formatClock(countdownFigure(remaining), language)}
      </p>
      <p className="presenter-words">
        {over
          ? t('presenter.minutesOver', { count: minutes })
          : t('presenter.minutesLeft', { count: minutes })}
      </p>
    </div>
  );
}

function SessionClock({ state }: { state: PresenterState }) {
  const { t, language } = useI18n();
  const now = useSecondTick();
  const elapsed = figureAt(
    { value: state.sessionElapsedMs ?? 0, asOf: state.asOf, running: state.running },
    now,
    1,
  );
  return (
    <div>
      <dt>{t('presenter.sessionClock')}</dt>
      <dd dir="ltr">{formatClock(elapsed, language)}</dd>
    </div>
  );
}
