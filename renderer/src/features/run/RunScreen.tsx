/**
 * Run a session: choose a plan (or none), see who is here, then the live agenda timer, the
 * speaking-turn queue and the room display; at the end, the summary. The session itself lives in
 * the session store and keeps running (chimes, room display) wherever the facilitator goes.
 */
import './run.css';
import { useEffect, useState } from 'react';
import { directionOf } from '../../../../electron/shared/languages';
import { useI18n } from '../../i18n/I18nProvider';
import { useSessionStore } from '../../stores/session.store';
import { PageHeader } from '../../ui/PageHeader';
import { useScreenHeading } from '../../ui/useScreenHeading';
import { LiveView } from './LiveView';
import { RoomDisplayPanel } from './RoomDisplay';
import { SessionSetup } from './SessionSetup';
import { SessionSummary } from './SessionSummary';
import { StartSession } from './StartSession';

export function RunScreen() {
  const { t } = useI18n();
  const heading = useScreenHeading();
  const live = useSessionStore((s) => s.live);
  const resume = useSessionStore((s) => s.resume);
  const [looked, setLooked] = useState(false);

  useEffect(() => {
    let current = true;
    resume()
      .catch(() => undefined)
      .finally(() => {
        if (current) setLooked(true);
      });
    return () => {
      current = false;
    };
  }, [resume]);

  const phase = !live
    ? 'start'
    : live.agenda.endedAt !== null
      ? 'summary'
      : live.agenda.startedAt === null
        ? 'setup'
        : 'live';
  const lead = {
    start: t('run.lead'),
    setup: t('run.setupLead'),
    live: t('run.liveLead'),
    summary: t('run.endedLead'),
  }[phase];
  // One heading throughout, so the focus it takes on arrival stays on it while the session loads.
  return (
    <div className={`screen run-screen run-${phase}`}>
      <PageHeader
        ref={heading}
        title={live ? live.title : t('run.title')}
        lead={lead}
        lang={live?.language}
        dir={live ? directionOf(live.language) : undefined}
      />
      {!live && !looked ? <div className="screen-loading" aria-busy="true" /> : null}
      {!live && looked ? (
        <>
          <StartSession />
          <RoomDisplayPanel check />
        </>
      ) : null}
      {live && phase === 'setup' ? <SessionSetup live={live} /> : null}
      {live && phase === 'live' ? <LiveView live={live} /> : null}
      {live && phase === 'summary' ? <SessionSummary live={live} /> : null}
    </div>
  );
}
