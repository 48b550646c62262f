/**
 * Run a session: choose a plan (or none), see who is here, then the live agenda timer, the
 * speaking-turn queue and the room display; at the end, the summary. The session itself lives in
 * the session store and keeps running (chimes, room display) wherever the facilitator goes.
 */
import './run.css';
import { useEffect, useState } from 'react';
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

  if (!live && !looked) return <div className="screen-loading" aria-busy="true" />;

  if (!live) {
    return (
      <div className="screen run-screen">
        <PageHeader ref={heading} title={t('run.title')} lead={t('run.lead')} />
        <StartSession />
        <RoomDisplayPanel check />
      </div>
    );
  }

  const phase =
    live.agenda.endedAt !== null ? 'summary' : live.agenda.startedAt === null ? 'setup' : 'live';
  return (
    <div className={`screen run-screen run-${phase}`}>
      <PageHeader
        ref={heading}
        title={live.title}
        lead={t(
          phase === 'setup' ? 'run.setupLead' : phase === 'live' ? 'run.liveLead' : 'run.endedLead',
        )}
      />
      {phase === 'setup' ? <SessionSetup live={live} /> : null}
      {phase === 'live' ? <LiveView live={live} /> : null}
      {phase === 'summary' ? <SessionSummary live={live} /> : null}
    </div>
  );
}
