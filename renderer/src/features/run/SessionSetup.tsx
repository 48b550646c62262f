/** Before the start: who is here and where they sit, the agenda, the chimes, the room display. */
import type { LiveSession } from '../../domain/session/session';
import { useI18n } from '../../i18n/I18nProvider';
import { useSessionStore } from '../../stores/session.store';
import { Button } from '../../ui/Button';
import { Confidential } from '../../ui/Confidential';
import { Icon } from '../../ui/Icon';
import { Attendance } from './Attendance';
import { ChimeSettings } from './ChimeSettings';
import { LiveAgenda } from './LiveAgenda';
import { RoomDisplayPanel } from './RoomDisplay';

export function SessionSetup({ live }: { live: LiveSession }) {
  const { t } = useI18n();
  const agenda = useSessionStore((s) => s.agenda);
  const discard = useSessionStore((s) => s.discard);
  return (
    <div className="setup">
      <div className="setup-start">
        <Button
          variant="primary"
          className="control-main"
          onPress={() => agenda({ type: 'start' })}
          testId="start-session"
        >
          <Icon name="run" size={20} />
          {t('live.start')}
        </Button>
        <Button onPress={() => void discard()} testId="discard-session">
          {t('run.discard')}
        </Button>
      </div>
      <div className="setup-grid">
        <section className="panel-section" aria-labelledby="attendance-title">
          <h2 id="attendance-title">{t('attendance.title')}</h2>
          <Confidential>
            <Attendance live={live} />
          </Confidential>
        </section>
        <div className="setup-side">
          <LiveAgenda live={live} />
          <section className="panel-section" aria-labelledby="chimes-title">
            <h2 id="chimes-title">{t('run.chimesTitle')}</h2>
            <ChimeSettings live={live} />
          </section>
          <RoomDisplayPanel check={false} />
        </div>
      </div>
    </div>
  );
}
