/**
 * The speaking-turn queue: who speaks now (with their own gentle timer), who is waiting and why,
 * in three ways of taking turns the facilitator can switch between at any time. Names are the
 * room's confidences: the whole panel hides under the privacy curtain.
 */
import { forwardRef, useState, type SyntheticEvent } from 'react';
import { currentEntry } from '../../domain/session/agenda';
import { distinctAliases } from '../../domain/session/attendance';
import { remainingMs } from '../../domain/session/countdown';
import { pace } from '../../domain/session/pacing';
import {
  currentSpeakingMs,
  notYetShared,
  recordOf,
  waiting,
  type NewcomerOrder,
  type QueueMode,
} from '../../domain/session/queue';
import type { LiveSession } from '../../domain/session/session';
import { formatClock, formatDuration, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { TextKey } from '../../i18n/i18n';
import { useSessionStore } from '../../stores/session.store';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/IconButton';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useSecondTick } from '../../ui/useSecondTick';

/** The current speaker's time and, in a round, the pace: the queue's only per-second part. */
function QueueClock({ live, alias }: { live: LiveSession; alias: string }) {
  const { t, language } = useI18n();
  const now = useSecondTick();
  const queue = live.queue;
  const spoken = currentSpeakingMs(queue, now);
  const limit = live.settings.speakerLimitMs;
  const pastLimit = limit !== null && spoken >= limit;
  const entry = currentEntry(live.agenda);
  const people = notYetShared(queue).length;
  const left = entry ? remainingMs(entry.countdown, now) : 0;
  const pacing = queue.mode === 'round' && queue.round !== null ? pace(people, left) : null;
  return (
    <>
      <p className="speaker-time">
        <span className="speaker-time-figure" dir="ltr" data-testid="speaker-time">
          {formatClock(spoken, language)}
        </span>
        {pastLimit ? (
          <span className="speaker-limit-cue" data-testid="speaker-limit-cue">
            <Icon name="wave" size={18} />
            {t('queue.pastLimit', { alias })}
          </span>
        ) : null}
      </p>
      {pacing ? (
        <p className="pacing" data-testid="pacing">
          {t('queue.pacing', {
            count: pacing.people,
            time: formatDuration(Math.max(0, pacing.remainingMs), language),
            each: formatNumber(pacing.aboutMinutes, language),
          })}
        </p>
      ) : null}
    </>
  );
}

const MODES: readonly QueueMode[] = ['raise-hand', 'round', 'priority'];
const MODE_HELP: Readonly<Record<QueueMode, TextKey>> = {
  'raise-hand': 'queue.helpRaiseHand',
  round: 'queue.helpRound',
  priority: 'queue.helpPriority',
};

export const SpeakingQueue = forwardRef<HTMLInputElement, { live: LiveSession }>(
  function SpeakingQueue({ live }, raiseRef) {
    const { t, language } = useI18n();
    const act = useSessionStore((s) => s.queue);
    const undo = useSessionStore((s) => s.undoQueue);
    const canUndo = useSessionStore((s) => s.queueHistory.length > 0);
    const queue = live.queue;
    const aliases = distinctAliases(live.attendees);
    const places = waiting(queue);
    const current = queue.current;
    const currentAlias = current ? (aliases[current.memberId] ?? '') : '';
    const inRound = queue.mode === 'round' && queue.round !== null;
    const [announcement, setAnnouncement] = useState('');
    const modeLabels: Record<QueueMode, string> = {
      'raise-hand': t('queue.modeRaiseHand'),
      round: t('queue.modeRound'),
      priority: t('queue.modePriority'),
    };

    const nameOf = (id: string) => aliases[id] ?? '';
    const say = (text: string) => setAnnouncement(text);

    return (
      <section className="queue" aria-labelledby="queue-title" data-testid="speaking-queue">
        <h2 id="queue-title">{t('queue.title')}</h2>
        <ChoiceGroup
          label={t('queue.mode')}
          value={queue.mode}
          choices={MODES.map((mode) => ({ value: mode, label: modeLabels[mode] }))}
          onChange={(mode) => act({ type: 'set-mode', mode })}
        />
        <p className="field-description">{t(MODE_HELP[queue.mode])}</p>

        <div className="speaker-card" data-testid="current-speaker">
          {current ? (
            <>
              <p className="speaker-label">{t('queue.speaking')}</p>
              <p className="speaker-name">{currentAlias}</p>
              <QueueClock live={live} alias={currentAlias} />
            </>
          ) : (
            <p className="muted">{t('queue.nobodySpeaking')}</p>
          )}
          <div className="queue-actions">
            <Button
              variant="primary"
              isDisabled={places.length === 0 && !current}
              onPress={() => act({ type: 'next' })}
              testId="next-speaker"
            >
              {places.length === 0 && current ? t('queue.endTurn') : t('queue.nextSpeaker')}
              <kbd className="shortcut">N</kbd>
            </Button>
            <Button isDisabled={!current} onPress={() => act({ type: 'pass' })} testId="pass">
              {t('queue.pass')}
              <kbd className="shortcut">P</kbd>
            </Button>
            {inRound ? (
              <Button
                isDisabled={!current || queue.round.length === 0}
                onPress={() => act({ type: 'come-back' })}
                testId="come-back"
              >
                {t('queue.comeBack')}
                <kbd className="shortcut">B</kbd>
              </Button>
            ) : null}
            {current && places.length > 0 ? (
              <Button onPress={() => act({ type: 'stop' })} testId="end-turn">
                {t('queue.endTurn')}
              </Button>
            ) : null}
            <Button isDisabled={!canUndo} onPress={undo} testId="undo-queue">
              <Icon name="undo" size={18} />
              {t('queue.undo')}
              <kbd className="shortcut">U</kbd>
            </Button>
          </div>
        </div>

        {queue.mode === 'round' ? (
          <div className="round-controls">
            <SelectField<NewcomerOrder>
              label={t('queue.newcomerOrder')}
              value={queue.newcomerOrder}
              options={[
                { value: 'seat', label: t('queue.newcomersInSeat') },
                { value: 'first', label: t('queue.newcomersFirst') },
                { value: 'last', label: t('queue.newcomersLast') },
              ]}
              onChange={(order) => act({ type: 'set-newcomer-order', order })}
              testId="newcomer-order"
            />
            <Button
              isDisabled={live.attendees.length === 0}
              onPress={() => act({ type: 'start-round' })}
              testId="start-round"
            >
              {inRound ? t('queue.restartRound') : t('queue.startRound')}
            </Button>
          </div>
        ) : null}

        <h3 id="waiting-title">
          {inRound ? t('queue.notYetShared') : t('queue.waiting', { count: places.length })}
        </h3>
        {places.length === 0 ? (
          <p className="muted">
            {queue.mode === 'round' && !inRound ? t('queue.noRound') : t('queue.nobodyWaiting')}
          </p>
        ) : (
          <ol className="waiting-list" aria-labelledby="waiting-title" data-testid="waiting-list">
            {places.map((place, index) => {
              const name = nameOf(place.memberId);
              const record = recordOf(queue, place.memberId);
              return (
                <li key={place.memberId} className="waiting" data-testid="waiting">
                  <span className="waiting-number" aria-hidden="true">
                    {formatNumber(index + 1, language)}
                  </span>
                  <span className="waiting-name">{name}</span>
                  {place.reason ? (
                    <span className={`reason reason-${place.reason}`} data-testid="reason">
                      {place.reason === 'not-yet-spoken'
                        ? t('queue.reasonNotYet')
                        : t('queue.reasonSpoken', {
                            time: formatDuration(record.speakingMs, language),
                          })}
                    </span>
                  ) : null}
                  {queue.mode === 'raise-hand' ? (
                    <span className="waiting-actions">
                      <IconButton
                        icon="up"
                        label={t('queue.moveUp', { name })}
                        isDisabled={index === 0}
                        onPress={() =>
                          act({ type: 'move-hand', memberId: place.memberId, to: index - 1 })
                        }
                      />
                      <IconButton
                        icon="down"
                        label={t('queue.moveDown', { name })}
                        isDisabled={index === places.length - 1}
                        onPress={() =>
                          act({ type: 'move-hand', memberId: place.memberId, to: index + 1 })
                        }
                      />
                    </span>
                  ) : null}
                  {queue.mode !== 'round' ? (
                    <IconButton
                      icon="close"
                      label={t('queue.lower', { name })}
                      onPress={() => {
                        act({ type: 'lower', memberId: place.memberId });
                        say(t('queue.lowered', { name }));
                      }}
                      testId="lower-hand"
                    />
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}

        <RaiseHand
          live={live}
          ref={raiseRef}
          onRaised={(name) => say(t('queue.raised', { name }))}
        />
        <People live={live} />
        <p className="visually-hidden" role="status" data-testid="queue-announcement">
          {announcement}
        </p>
      </section>
    );
  },
);

/** H puts the cursor here: type the first letters of a name and press Enter. */
const RaiseHand = forwardRef<
  HTMLInputElement,
  { live: LiveSession; onRaised: (name: string) => void }
>(function RaiseHand({ live, onRaised }, ref) {
  const { t } = useI18n();
  const act = useSessionStore((s) => s.queue);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const aliases = distinctAliases(live.attendees);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const typed = text.trim().toLocaleLowerCase();
    if (typed === '') return;
    const waitingIds = new Set([...live.queue.hands, live.queue.current?.memberId]);
    const matches = live.attendees.filter((a) =>
      (aliases[a.id] ?? a.alias).toLocaleLowerCase().startsWith(typed),
    );
    const exact = matches.find((a) => (aliases[a.id] ?? '').toLocaleLowerCase() === typed);
    const match = exact ?? (matches.length === 1 ? matches[0] : undefined);
    if (!match) {
      setProblem(matches.length > 1 ? t('queue.raiseWhich') : t('queue.raiseNobody'));
      return;
    }
    const name = aliases[match.id] ?? match.alias;
    if (waitingIds.has(match.id)) {
      setProblem(t('queue.alreadyWaiting', { name }));
      return;
    }
    act({ type: 'raise', memberId: match.id });
    onRaised(name);
    setText('');
    setProblem(null);
  };

  return (
    <form className="raise-hand" noValidate onSubmit={submit}>
      <TextField
        inputRef={ref}
        label={t('queue.raiseFor')}
        description={t('queue.raiseHelp')}
        value={text}
        onChange={(value) => {
          setText(value);
          setProblem(null);
        }}
        error={problem}
        testId="raise-hand-name"
      />
      <Button type="submit" testId="raise-hand-submit">
        <Icon name="hand" size={18} />
        {t('queue.raise')}
      </Button>
    </form>
  );
});

/** Everyone in the room, in seat order: a hand to raise with one click, and what they have had. */
function People({ live }: { live: LiveSession }) {
  const { t, language } = useI18n();
  const act = useSessionStore((s) => s.queue);
  const aliases = distinctAliases(live.attendees);
  const queue = live.queue;
  if (live.attendees.length === 0) {
    return <p className="muted">{t('queue.nobodyHere')}</p>;
  }
  return (
    <details className="people" open>
      <summary>{t('queue.peopleTitle', { count: live.attendees.length })}</summary>
      <ul className="people-list" data-testid="people">
        {live.attendees.map((attendee) => {
          const name = aliases[attendee.id] ?? attendee.alias;
          const raised = queue.hands.includes(attendee.id);
          const speaking = queue.current?.memberId === attendee.id;
          const record = recordOf(queue, attendee.id);
          return (
            <li key={attendee.id} className="person" data-testid="person">
              <span className="person-name">{name}</span>
              <span className="person-record muted">
                {t('queue.record', {
                  turns: formatNumber(record.turns, language),
                  time: formatDuration(record.speakingMs, language),
                  passes: formatNumber(record.passes, language),
                })}
              </span>
              <Button
                aria-pressed={raised}
                isDisabled={speaking}
                onPress={() =>
                  act(
                    raised
                      ? { type: 'lower', memberId: attendee.id }
                      : { type: 'raise', memberId: attendee.id },
                  )
                }
                testId="toggle-hand"
              >
                <Icon name="hand" size={18} />
                <span className="visually-hidden">{t('queue.handFor', { name })}</span>
                <span aria-hidden="true">{raised ? t('queue.handRaised') : t('queue.raise')}</span>
              </Button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
