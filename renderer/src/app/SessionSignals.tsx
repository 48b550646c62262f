/**
 * What a live session says outside the run screen: a link back to it in the sidebar, the words a
 * screen reader speaks at an item change, a warning or the end (never every second), the flash
 * that goes with a chime when flashes are on, and the soft cue only the facilitator sees.
 */
import { useEffect, useState } from 'react';
import { currentEntry, isPaused } from '../domain/session/agenda';
import { useI18n } from '../i18n/I18nProvider';
import type { Translate } from '../i18n/i18n';
import { useSessionStore, type Cue } from '../stores/session.store';
import { Icon } from '../ui/Icon';
import { IconButton } from '../ui/IconButton';
import { hrefOf } from './router';
import { isRunning } from '../stores/session.runner';

/** How long the soft cue stays unless dismissed. */
const CUE_MS = 30_000;
/** How long the flash lasts (three slow pulses). */
const FLASH_MS = 3_600;

export function LiveSessionLink({ here }: { here: boolean }) {
  const { t } = useI18n();
  const title = useSessionStore((s) => (s.live ? currentEntry(s.live.agenda)?.title : undefined));
  const paused = useSessionStore((s) => (s.live ? isPaused(s.live.agenda) : false));
  const running = useSessionStore((s) => isRunning(s.live));
  if (!running) return null;
  return (
    <a
      className="live-link"
      href={hrefOf('run')}
      aria-current={here ? 'page' : undefined}
      data-testid="live-session-link"
    >
      <span className={paused ? 'live-dot live-dot-paused' : 'live-dot'} aria-hidden="true" />
      <span className="live-link-text">
        <span className="live-link-state">
          {paused ? t('live.sidebarPaused') : t('live.sidebarRunning')}
        </span>
        {title ? <span className="live-link-item">{title}</span> : null}
      </span>
    </a>
  );
}

function cueWords(t: Translate, cue: Cue): string {
  if (cue.kind === 'end') return t('live.cueEnd', { title: cue.title });
  return t('live.cueWarning', { title: cue.title, count: Math.round(cue.warningMs / 60_000) });
}

/** The polite live region: item changes, chimes, pause and resume, the end. */
export function SessionAnnouncer() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  useEffect(
    () =>
      useSessionStore.subscribe((state, previous) => {
        const live = state.live;
        const before = previous.live;
        if (!live || !before || live.id !== before.id) return;
        if (state.cue && state.cue !== previous.cue) {
          setText(cueWords(t, state.cue));
          return;
        }
        if (live.agenda.endedAt !== null && before.agenda.endedAt === null) {
          setText(t('live.announceEnded'));
          return;
        }
        const entry = currentEntry(live.agenda);
        if (entry && entry.id !== currentEntry(before.agenda)?.id) {
          setText(
            t('live.announceItem', {
              title: entry.title,
              count: Math.round(entry.countdown.durationMs / 60_000),
            }),
          );
          return;
        }
        const paused = isPaused(live.agenda);
        if (entry && paused !== isPaused(before.agenda)) {
          setText(paused ? t('live.announcePaused') : t('live.announceResumed'));
        }
      }),
    [t],
  );
  return (
    <div className="visually-hidden" role="status" data-testid="session-announcer">
      {text}
    </div>
  );
}

/** The flash (room and facilitator, when on) and the gentle cue (the facilitator only). */
export function CueSignal() {
  const { t } = useI18n();
  const hasSession = useSessionStore((s) => s.live !== null);
  const [shown, setShown] = useState<{ cue: Cue; kind: 'flash' | 'gentle' } | null>(null);

  // Only a chime sounding now shows: not one from before a reload.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useSessionStore.subscribe((state, previous) => {
      const settings = state.live?.settings;
      if (!state.cue || state.cue === previous.cue || !settings) return;
      const kind = settings.gentleCue ? 'gentle' : settings.flash ? 'flash' : null;
      if (!kind) return;
      clearTimeout(timer);
      setShown({ cue: state.cue, kind });
      timer = setTimeout(() => setShown(null), kind === 'gentle' ? CUE_MS : FLASH_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);

  if (!shown || !hasSession) return null;
  if (shown.kind === 'flash') {
    return <div className="flash-overlay" aria-hidden="true" data-testid="chime-flash" />;
  }
  return (
    <div
      className={`gentle-cue gentle-cue-${shown.cue.kind}`}
      data-testid="gentle-cue"
      data-cue={shown.cue.kind}
    >
      <Icon name={shown.cue.kind === 'end' ? 'alert' : 'wave'} size={22} />
      <p>{cueWords(t, shown.cue)}</p>
      <IconButton icon="close" label={t('live.cueDismiss')} onPress={() => setShown(null)} />
    </div>
  );
}
