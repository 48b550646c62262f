import { useEffect, useState } from 'react';
import type { PresenterState } from '../../../../electron/shared/presenter';
import { useI18n } from '../../i18n/I18nProvider';
import type { TextKey } from '../../i18n/i18n';
import { useHost } from '../../platform/HostProvider';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { PageHeader } from '../../ui/PageHeader';
import { useScreenHeading } from '../../ui/useScreenHeading';

const TEST_COUNTDOWN_MS = 5 * 60_000;

export function roomCheckState(language: PresenterState['language'], now: number): PresenterState {
  return {
    mode: 'test',
    language,
    itemTitle: null,
    remainingMs: TEST_COUNTDOWN_MS,
    sessionElapsedMs: 0,
    nextItemTitle: null,
    nextSpeakerAlias: null,
    flash: null,
    asOf: now,
    running: true,
  };
}

export function RunScreen() {
  const { t, language } = useI18n();
  const host = useHost();
  const heading = useScreenHeading();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<TextKey | null>(null);

  useEffect(
    () =>
      host.presenter.onClosed(() => {
        setOpen(false);
        setStatus('run.roomCheckClosed');
      }),
    [host],
  );

  const toggle = async () => {
    if (open) {
      await host.presenter.close();
      setOpen(false);
      setStatus('run.roomCheckClosed');
      return;
    }
    const opened = await host.presenter.open();
    if (!opened.ok) {
      setStatus('run.roomCheckFailed');
      return;
    }
    await host.presenter.update(roomCheckState(language, Date.now()));
    setOpen(true);
    setStatus(
      opened.value === 'second-screen' ? 'run.roomCheckOpenedSecond' : 'run.roomCheckOpenedSame',
    );
  };

  return (
    <div className="screen">
      <PageHeader ref={heading} title={t('run.title')} lead={t('run.lead')} />
      <EmptyState icon="run" title={t('run.emptyTitle')}>
        <p>{t('run.emptyBody')}</p>
      </EmptyState>
      <section className="panel" aria-labelledby="room-check-title">
        <span className="card-icon">
          <Icon name="screen" />
        </span>
        <div className="panel-body">
          <h2 id="room-check-title">{t('run.roomCheckTitle')}</h2>
          <p>{t('run.roomCheckBody')}</p>
          <div className="panel-actions">
            <Button variant={open ? 'secondary' : 'primary'} onPress={() => void toggle()}>
              {t(open ? 'run.roomCheckClose' : 'run.roomCheckOpen')}
            </Button>
          </div>
          <p className="status" role="status" data-testid="room-display-status">
            {status ? t(status) : ''}
          </p>
        </div>
      </section>
    </div>
  );
}
