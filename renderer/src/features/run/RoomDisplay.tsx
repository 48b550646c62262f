/**
 * Opening and closing the room display (the projector or second screen). What it shows is made
 * by the session runner from `presenterStateOf`; here only whether it is open, and where.
 */
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { TextKey } from '../../i18n/i18n';
import { useHost } from '../../platform/HostProvider';
import { useRoomStore } from '../../stores/room.store';
import { useSessionStore } from '../../stores/session.store';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { Icon } from '../../ui/Icon';

export function RoomDisplayPanel({ check }: { check: boolean }) {
  const { t } = useI18n();
  const host = useHost();
  const display = useRoomStore((s) => s.display);
  const showNextSpeaker = useSessionStore((s) => s.live?.settings.showNextSpeaker);
  const updateSettings = useSessionStore((s) => s.updateSettings);
  const [status, setStatus] = useState<TextKey | null>(null);
  const open = display !== 'closed';

  const toggle = async () => {
    if (open) {
      await host.presenter.close();
      useRoomStore.setState({ display: 'closed' });
      setStatus('run.roomCheckClosed');
      return;
    }
    const opened = await host.presenter.open();
    if (!opened.ok) {
      setStatus('run.roomCheckFailed');
      return;
    }
    useRoomStore.setState({ display: opened.value });
    setStatus(
      opened.value === 'second-screen' ? 'run.roomCheckOpenedSecond' : 'run.roomCheckOpenedSame',
    );
  };

  return (
    <section className="panel room-panel" aria-labelledby="room-check-title">
      <span className="card-icon">
        <Icon name="screen" />
      </span>
      <div className="panel-body">
        <h2 id="room-check-title">{t(check ? 'run.roomCheckTitle' : 'run.roomTitle')}</h2>
        <p>{t(check ? 'run.roomCheckBody' : 'run.roomBody')}</p>
        <div className="panel-actions">
          <Button
            variant={open ? 'secondary' : 'primary'}
            onPress={() => void toggle()}
            testId="room-display-toggle"
          >
            {t(open ? 'run.roomCheckClose' : 'run.roomCheckOpen')}
          </Button>
        </div>
        {showNextSpeaker !== undefined ? (
          <CheckboxField
            label={t('run.showNextSpeaker')}
            description={t('run.showNextSpeakerHelp')}
            checked={showNextSpeaker}
            onChange={(on) => updateSettings({ showNextSpeaker: on })}
            testId="show-next-speaker"
          />
        ) : null}
        <p className="status" role="status" data-testid="room-display-status">
          {status ? t(status) : open ? t('run.roomOpen') : ''}
        </p>
      </div>
    </section>
  );
}
