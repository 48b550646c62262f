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
  const [failed, setFailed] = useState(false);
  const [opened, setOpened] = useState(false);
  const open = display !== 'closed';
  // Said from the display's state, so closing it from its own window is told here too.
  const status: TextKey | null = failed
    ? 'run.roomCheckFailed'
    : display === 'second-screen'
      ? 'run.roomCheckOpenedSecond'
      : display === 'same-screen'
        ? 'run.roomCheckOpenedSame'
        : opened
          ? 'run.roomCheckClosed'
          : null;

  const toggle = async () => {
    if (open) {
      await host.presenter.close();
      useRoomStore.setState({ display: 'closed' });
      return;
    }
    const result = await host.presenter.open();
    setFailed(!result.ok);
    if (!result.ok) return;
    setOpened(true);
    useRoomStore.setState({ display: result.value });
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
          {status ? t(status) : ''}
        </p>
      </div>
    </section>
  );
}
