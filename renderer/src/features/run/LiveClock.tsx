/**
 * The one part of the run screen that changes every second: the current item's time (counting
 * up once it runs over, said in words and drawn differently, not by colour alone), the session
 * clock, and when the session will end at this rate.
 */
import { useSecondTick } from '../../ui/useSecondTick';
import {
  currentEntry,
  isPaused,
  plannedEndAt,
  projectedEndAt,
  sessionElapsedMs,
} from '../../domain/session/agenda';
import { remainingMs, totalMs } from '../../domain/session/countdown';
import type { LiveSession } from '../../domain/session/session';
import { countdownFigure, formatClock, formatTime, minutesToSay } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOf } from '../../../../electron/shared/languages';

/** Within this of the plan counts as on time. */
const ON_TIME_MS = 60_000;

export function LiveClock({ live }: { live: LiveSession }) {
  const { t, language } = useI18n();
  const now = useSecondTick();
  const entry = currentEntry(live.agenda);
  const paused = isPaused(live.agenda);
  const left = entry ? remainingMs(entry.countdown, now) : 0;
  const over = left < 0;
  const allowed = entry ? totalMs(entry.countdown) : 0;
  const used = allowed > 0 ? Math.min(1, Math.max(0, 1 - left / allowed)) : 1;
  const planned = plannedEndAt(live.agenda);
  const projected = projectedEndAt(live.agenda, now);
  const behind = planned === null ? 0 : projected - planned;
  const minutes = minutesToSay(left);

  return (
    <div className="live-clock" data-testid="live-clock">
      <p className="live-item-label">{paused ? t('live.paused') : t('live.now')}</p>
      <h2 className="live-item-title" lang={live.language} dir={directionOf(live.language)}>
        {entry?.title ?? t('live.noItem')}
      </h2>
      <div
        className={['live-time', over ? 'live-time-over' : '', paused ? 'live-time-paused' : '']
          .filter(Boolean)
          .join(' ')}
        data-over={over ? 'true' : 'false'}
      >
        <p
          className="live-time-figure"
          dir="ltr"
          data-testid="item-remaining"
          // What the figure was computed from, for checking it against the facts.
          data-remaining-ms={left}
          data-at={now}
        >
          {over ? '+' : ''}
          {formatClock(countdownFigure(left), language)}
        </p>
        <p className="live-time-words" data-testid="item-remaining-words">
          {over
            ? t('presenter.minutesOver', { count: minutes })
            : t('presenter.minutesLeft', { count: minutes })}
        </p>
        <div className="live-progress" aria-hidden="true">
          <span className="live-progress-bar" style={{ inlineSize: `${String(used * 100)}%` }} />
        </div>
      </div>
      <dl className="live-facts">
        <div>
          <dt>{t('presenter.sessionClock')}</dt>
          <dd dir="ltr" data-testid="session-clock">
            {formatClock(sessionElapsedMs(live.agenda, now), language)}
          </dd>
        </div>
        <div>
          <dt>{t('live.projectedEnd')}</dt>
          <dd data-testid="projected-end">{formatTime(projected, language)}</dd>
        </div>
        <div>
          <dt>{t('live.againstPlan')}</dt>
          <dd data-testid="ahead-behind">
            {Math.abs(behind) < ON_TIME_MS
              ? t('live.onTime')
              : behind > 0
                ? t('live.behind', { count: Math.round(behind / 60_000) })
                : t('live.ahead', { count: Math.round(-behind / 60_000) })}
          </dd>
        </div>
      </dl>
    </div>
  );
}
