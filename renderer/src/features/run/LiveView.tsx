/**
 * The session while it runs: the clock and its controls, the agenda, the speaking-turn queue,
 * the current item's script, the room display and the chimes. Every action has a key
 * (domain/session/shortcuts.ts); ? shows them all.
 */
import { useEffect, useRef, useState } from 'react';
import { isPaused } from '../../domain/session/agenda';
import { commandFor, isTypingTarget, type RunCommand } from '../../domain/session/shortcuts';
import type { LiveSession } from '../../domain/session/session';
import { useI18n } from '../../i18n/I18nProvider';
import { useSessionStore } from '../../stores/session.store';
import { Button } from '../../ui/Button';
import { Confidential } from '../../ui/Confidential';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { useSafetyStore } from '../../stores/safety.store';
import { QuickNoteDialog, type QuickNoteContext } from '../notes/QuickNoteDialog';
import { quickNoteContext } from '../notes/quickNoteContext';
import { Attendance } from './Attendance';
import { CurrentPrompt } from './CurrentPrompt';
import { ChimeSettings } from './ChimeSettings';
import { CurrentScript } from './CurrentScript';
import { LiveAgenda } from './LiveAgenda';
import { LiveClock } from './LiveClock';
import { RoomDisplayPanel } from './RoomDisplay';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SpeakingQueue } from './SpeakingQueue';

const MIN = 60_000;

export function LiveView({ live }: { live: LiveSession }) {
  const { t, dir } = useI18n();
  const agenda = useSessionStore((s) => s.agenda);
  const queue = useSessionStore((s) => s.queue);
  const undoQueue = useSessionStore((s) => s.undoQueue);
  const end = useSessionStore((s) => s.end);
  const paused = isPaused(live.agenda);
  const [help, setHelp] = useState(false);
  const [ending, setEnding] = useState(false);
  const [attendance, setAttendance] = useState(false);
  // A quick note's context is taken when it opens: the time and the item under way then.
  const [noting, setNoting] = useState<QuickNoteContext | null>(null);
  const showSafety = useSafetyStore((s) => s.show);
  const raiseField = useRef<HTMLInputElement>(null);
  const clock = useRef<HTMLDivElement>(null);
  const hasPrevious = live.agenda.entries.some(
    (e) => e.status === 'done' || e.status === 'skipped',
  );

  const run = (command: RunCommand) => {
    switch (command) {
      case 'start-pause':
        agenda({ type: paused ? 'resume' : 'pause' });
        return;
      case 'next-item':
        agenda({ type: 'next' });
        return;
      case 'previous-item':
        agenda({ type: 'previous' });
        return;
      case 'add-minute':
        agenda({ type: 'adjust', deltaMs: MIN });
        return;
      case 'add-five-minutes':
        agenda({ type: 'adjust', deltaMs: 5 * MIN });
        return;
      case 'remove-minute':
        agenda({ type: 'adjust', deltaMs: -MIN });
        return;
      case 'next-speaker':
        queue({ type: 'next' });
        return;
      case 'pass':
        queue({ type: 'pass' });
        return;
      case 'come-back':
        queue({ type: 'come-back' });
        return;
      case 'raise-hand':
        raiseField.current?.focus();
        return;
      case 'undo-queue':
        undoQueue();
        return;
      case 'quick-note':
        setNoting(quickNoteContext(live, Date.now(), false));
        return;
      case 'safety-card':
        showSafety();
        return;
      case 'help':
        setHelp(true);
        return;
    }
  };
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target && isTypingTarget(target.tagName, target.isContentEditable)) {
        // Escape leaves the field, so the one-key shortcuts work again.
        if (event.key === 'Escape') clock.current?.focus();
        return;
      }
      if (event.key === 'Escape') {
        clock.current?.focus();
        return;
      }
      const command = commandFor(event, dir);
      if (!command) return;
      // Space on a focused button, link or checkbox presses it, as everywhere else.
      if (command === 'start-pause' && target?.closest('button, a, summary, [role="button"]')) {
        return;
      }
      event.preventDefault();
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dir]);

  return (
    <div className="live-layout">
      <div className="live-main">
        <div
          ref={clock}
          className="live-clock-panel"
          tabIndex={-1}
          aria-label={t('live.clockRegion')}
          role="region"
        >
          <LiveClock live={live} />
          <div className="timer-controls" role="group" aria-label={t('live.controls')}>
            <Button
              variant="primary"
              onPress={() => run('start-pause')}
              testId="start-pause"
              className="control-main"
            >
              <Icon name={paused ? 'run' : 'pause'} size={20} />
              {paused ? t('live.resume') : t('live.pause')}
              <kbd className="shortcut">{t('keys.space')}</kbd>
            </Button>
            <Button onPress={() => run('remove-minute')} testId="minus-minute">
              {t('live.minusOne')}
            </Button>
            <Button onPress={() => run('add-minute')} testId="plus-minute">
              {t('live.plusOne')}
            </Button>
            <Button onPress={() => run('add-five-minutes')} testId="plus-five">
              {t('live.plusFive')}
            </Button>
            <Button
              onPress={() => run('previous-item')}
              isDisabled={!hasPrevious}
              testId="previous-item"
            >
              <Icon name="back" size={18} />
              {t('live.previous')}
            </Button>
            <Button onPress={() => run('next-item')} testId="next-item">
              {t('live.next')}
              <Icon name="chevron" size={18} />
            </Button>
            <Button onPress={() => agenda({ type: 'skip' })} testId="skip-item">
              {t('live.skip')}
            </Button>
          </div>
          <p className="muted shortcuts-hint">
            <Button onPress={() => setHelp(true)} className="link-button" testId="open-shortcuts">
              {t('live.shortcutsHint')}
            </Button>
          </p>
        </div>
        <LiveAgenda live={live} />
        <CurrentScript live={live} />
        <CurrentPrompt live={live} />
      </div>
      <div className="live-side">
        <Confidential>
          <SpeakingQueue live={live} ref={raiseField} />
        </Confidential>
        <div className="side-actions">
          <Button onPress={() => setAttendance(true)} testId="open-attendance">
            <Icon name="groups" size={18} />
            {t('attendance.title')} ({live.attendees.length})
          </Button>
          <Button onPress={() => run('quick-note')} testId="quick-note-open">
            <Icon name="notes" size={18} />
            {t('live.quickNote')}
            <kbd className="shortcut">J</kbd>
          </Button>
          <Button onPress={showSafety} testId="safety-open-run">
            <Icon name="lifebuoy" size={18} />
            {t('safety.open')}
            <kbd className="shortcut">S</kbd>
          </Button>
          <Button variant="danger" onPress={() => setEnding(true)} testId="end-session">
            {t('live.end')}
          </Button>
        </div>
        <RoomDisplayPanel check={false} />
        <details className="panel-section chimes-panel">
          <summary>{t('run.chimesTitle')}</summary>
          <ChimeSettings live={live} />
        </details>
      </div>
      {help ? <ShortcutsDialog onClose={() => setHelp(false)} /> : null}
      {noting ? <QuickNoteDialog context={noting} onClose={() => setNoting(null)} /> : null}
      {attendance ? (
        <Dialog
          title={t('attendance.title')}
          onClose={() => setAttendance(false)}
          className="dialog-wide"
          testId="attendance-dialog"
        >
          <Confidential>
            <Attendance live={live} />
          </Confidential>
          <div className="form-actions">
            <Button
              variant="primary"
              onPress={() => setAttendance(false)}
              testId="close-attendance"
            >
              {t('shortcuts.close')}
            </Button>
          </div>
        </Dialog>
      ) : null}
      {ending ? (
        <Dialog title={t('live.endTitle')} onClose={() => setEnding(false)} testId="end-dialog">
          <p>{t('live.endBody')}</p>
          <div className="form-actions">
            <Button onPress={() => setEnding(false)} testId="keep-going">
              {t('live.keepGoing')}
            </Button>
            <Button
              variant="danger"
              onPress={() => {
                setEnding(false);
                end();
              }}
              testId="confirm-end"
            >
              {t('live.endConfirm')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
