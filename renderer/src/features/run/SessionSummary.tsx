/**
 * After the session: how the time went (each item against its plan, the ones that ran long) and
 * how the turns went (a share-of-voice chart, with the same figures as a table). The record
 * itself is the encrypted session, kept as it is.
 */
import { useState } from 'react';
import { directionOf } from '../../../../electron/shared/languages';
import { distinctAliases } from '../../domain/session/attendance';
import { itemOutcomes, ranLong, voiceShares, type ItemOutcome } from '../../domain/session/summary';
import type { LiveSession } from '../../domain/session/session';
import { formatClock, formatDuration, formatNumber, formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { TextKey } from '../../i18n/i18n';
import { useSessionStore } from '../../stores/session.store';
import { Button } from '../../ui/Button';
import { Confidential } from '../../ui/Confidential';

const STATUS: Record<ItemOutcome['status'], TextKey> = {
  done: 'summary.statusDone',
  skipped: 'summary.statusSkipped',
  current: 'summary.statusDone',
  pending: 'summary.statusNotReached',
};

export function SessionSummary({ live }: { live: LiveSession }) {
  const { t, language } = useI18n();
  const close = useSessionStore((s) => s.close);
  const endedAt = live.agenda.endedAt ?? 0;
  const startedAt = live.agenda.startedAt ?? endedAt;
  const [outcomes] = useState(() => itemOutcomes(live.agenda, endedAt));
  const long = ranLong(outcomes);
  const planned = outcomes.reduce((sum, o) => sum + o.plannedMs, 0);
  const content = { lang: live.language, dir: directionOf(live.language) } as const;
  const percent = (share: number) =>
    new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);

  return (
    <div className="summary" data-testid="session-summary">
      <dl className="summary-facts">
        <div>
          <dt>{t('summary.started')}</dt>
          <dd>{formatTime(startedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('summary.ended')}</dt>
          <dd>{formatTime(endedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('summary.length')}</dt>
          <dd data-testid="summary-length">
            {t('summary.lengthAgainst', {
              actual: formatDuration(endedAt - startedAt, language),
              planned: formatDuration(planned, language),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('summary.attendance')}</dt>
          <dd>{formatNumber(live.attendees.length, language)}</dd>
        </div>
      </dl>

      <section aria-labelledby="ran-long-title">
        <h2 id="ran-long-title">{t('summary.ranLongTitle')}</h2>
        {long.length === 0 ? (
          <p className="muted">{t('summary.noneRanLong')}</p>
        ) : (
          <ul className="ran-long" data-testid="ran-long">
            {long.map((o) => (
              <li key={o.id}>
                <span {...content}>{o.title}</span>{' '}
                <span className="muted">
                  {t('summary.overBy', { time: formatDuration(o.overPlanMs, language) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="items-title">
        <h2 id="items-title">{t('summary.itemsTitle')}</h2>
        <div className="table-scroll">
          <table className="summary-table" data-testid="summary-items">
            <thead>
              <tr>
                <th scope="col">{t('summary.item')}</th>
                <th scope="col">{t('summary.planned')}</th>
                <th scope="col">{t('summary.actual')}</th>
                <th scope="col">{t('summary.difference')}</th>
                <th scope="col">{t('summary.status')}</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((o) => {
                const difference =
                  o.status === 'skipped' || o.status === 'pending'
                    ? null
                    : o.actualMs - o.plannedMs;
                return (
                  <tr key={o.id}>
                    <th scope="row" {...content}>
                      {o.title}
                    </th>
                    <td dir="ltr">{formatClock(o.plannedMs, language)}</td>
                    <td dir="ltr">{o.actualMs > 0 ? formatClock(o.actualMs, language) : '—'}</td>
                    <td>
                      {difference === null
                        ? '—'
                        : difference >= 0
                          ? t('summary.over', { time: formatClock(difference, language) })
                          : t('summary.under', { time: formatClock(-difference, language) })}
                    </td>
                    <td>{t(STATUS[o.status])}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="voice-title">
        <h2 id="voice-title">{t('summary.voiceTitle')}</h2>
        <p className="muted">{t('summary.voiceLead')}</p>
        <Confidential>
          <VoiceShares live={live} percent={percent} />
        </Confidential>
      </section>

      <div className="form-actions">
        <Button variant="primary" onPress={close} testId="close-summary">
          {t('summary.done')}
        </Button>
      </div>
    </div>
  );
}

function VoiceShares({ live, percent }: { live: LiveSession; percent: (share: number) => string }) {
  const { t, language } = useI18n();
  const aliases = distinctAliases(live.attendees);
  const shares = voiceShares(live.queue);
  if (shares.length === 0) return <p className="muted">{t('summary.nobody')}</p>;
  const largest = Math.max(...shares.map((s) => s.share), 0);
  return (
    <>
      <figure className="voice-chart" aria-labelledby="voice-chart-caption">
        <figcaption id="voice-chart-caption" className="visually-hidden">
          {t('summary.chartCaption')}
        </figcaption>
        {/* The bars repeat the table below for the eye; a screen reader reads the table. */}
        <ul className="voice-bars" aria-hidden="true" data-testid="voice-chart">
          {shares.map((s) => (
            <li key={s.attendeeId} className="voice-bar-row">
              <span className="voice-name">{aliases[s.attendeeId] ?? ''}</span>
              <span className="voice-track">
                <span
                  className="voice-bar"
                  style={{
                    inlineSize: `${String(largest === 0 ? 0 : (s.share / largest) * 100)}%`,
                  }}
                />
              </span>
              <span className="voice-share">{percent(s.share)}</span>
            </li>
          ))}
        </ul>
      </figure>
      <div className="table-scroll">
        <table className="summary-table" data-testid="voice-table">
          <caption className="visually-hidden">{t('summary.voiceTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.person')}</th>
              <th scope="col">{t('summary.turns')}</th>
              <th scope="col">{t('summary.speakingTime')}</th>
              <th scope="col">{t('summary.passes')}</th>
              <th scope="col">{t('summary.share')}</th>
            </tr>
          </thead>
          <tbody>
            {shares.map((s) => (
              <tr key={s.attendeeId}>
                <th scope="row">{aliases[s.attendeeId] ?? ''}</th>
                <td>{formatNumber(s.turns, language)}</td>
                <td dir="ltr">{formatClock(s.speakingMs, language)}</td>
                <td>{formatNumber(s.passes, language)}</td>
                <td>{percent(s.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
