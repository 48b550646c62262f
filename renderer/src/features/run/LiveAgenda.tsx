/**
 * The agenda while it runs: what is done (and how long it really took), the item running now,
 * and the items still to come, which can be reordered (drag, arrows, Alt+↑/↓), skipped, and
 * given their own warning point.
 */
import { useRef, useState } from 'react';
import { directionOf } from '../../../../electron/shared/languages';
import { currentEntry, upcoming, type AgendaEntry } from '../../domain/session/agenda';
import { elapsedMs, totalMs } from '../../domain/session/countdown';
import type { LiveSession } from '../../domain/session/session';
import { formatClock } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useSessionStore } from '../../stores/session.store';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/IconButton';
import { SelectField } from '../../ui/SelectField';
import { DragHandle, MoveButtons } from '../../ui/ReorderControls';
import { useReorderable } from '../../ui/useReorderable';
import { useMinuteOptions, WARNING_MINUTES } from './ChimeSettings';

const MIN = 60_000;
const DEFAULT = 'default';

function WarningChoice({ entry, live }: { entry: AgendaEntry; live: LiveSession }) {
  const { t } = useI18n();
  const command = useSessionStore((s) => s.agenda);
  const options = useMinuteOptions(WARNING_MINUTES, t('run.warningNone'));
  return (
    <SelectField
      className="warning-choice"
      label={t('live.itemWarning', { title: entry.title })}
      labelHidden
      value={entry.warningMs === null ? DEFAULT : String(Math.round(entry.warningMs / MIN))}
      options={[
        {
          value: DEFAULT,
          label: t('live.warningDefault', { count: Math.round(live.settings.warningMs / MIN) }),
        },
        ...options,
      ]}
      onChange={(value) =>
        command({
          type: 'warning',
          id: entry.id,
          warningMs: value === DEFAULT ? null : Number(value) * MIN,
        })
      }
      testId="item-warning"
    />
  );
}

export function LiveAgenda({ live }: { live: LiveSession }) {
  const { t, language } = useI18n();
  const command = useSessionStore((s) => s.agenda);
  const started = live.agenda.startedAt !== null;
  const current = currentEntry(live.agenda);
  const coming = upcoming(live.agenda);
  const past = live.agenda.entries.filter((e) => e.status === 'done' || e.status === 'skipped');
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const content = { lang: live.language, dir: directionOf(live.language) } as const;
  const reorder = useReorderable({
    list,
    ids: coming.map((e) => e.id),
    onMove: (from, to) => {
      const entry = coming[from];
      if (!entry) return;
      command({ type: 'move', id: entry.id, toPosition: to });
      setAnnouncement(
        t('agenda.moved', { title: entry.title, position: to + 1, count: coming.length }),
      );
    },
  });

  return (
    <section className="live-agenda" aria-labelledby="live-agenda-title">
      <h2 id="live-agenda-title">{started ? t('live.comingTitle') : t('live.agendaTitle')}</h2>
      {current ? (
        <div className="live-current" data-testid="current-item">
          <span className="badge badge-now">{t('live.now')}</span>
          <span className="live-entry-title" {...content}>
            {current.title}
          </span>
          <WarningChoice entry={current} live={live} />
        </div>
      ) : null}
      {coming.length === 0 ? <p className="muted">{t('live.nothingComing')}</p> : null}
      <p className="field-description" id="live-agenda-help">
        {t('live.agendaHelp')}
      </p>
      <ol
        ref={list}
        className="live-entries"
        aria-labelledby="live-agenda-title"
        aria-describedby="live-agenda-help"
        data-testid="upcoming-items"
      >
        {coming.map((entry, index) => (
          <li
            key={entry.id}
            className={['live-entry', reorder.rowClass(index)].filter(Boolean).join(' ')}
            data-reorder-id={entry.id}
            data-testid="upcoming-item"
            onKeyDown={reorder.onRowKeyDown(index)}
          >
            <DragHandle reorder={reorder} index={index} />
            <span className="live-entry-title" {...content}>
              {entry.title}
            </span>
            <span className="live-entry-minutes" dir="ltr">
              {formatClock(totalMs(entry.countdown), language)}
            </span>
            <WarningChoice entry={entry} live={live} />
            <span className="live-entry-actions">
              <MoveButtons
                reorder={reorder}
                index={index}
                count={coming.length}
                upLabel={t('agenda.moveUp', { title: entry.title })}
                downLabel={t('agenda.moveDown', { title: entry.title })}
                testIdPrefix="upcoming"
              />
              <IconButton
                icon="next"
                label={t('live.skipItem', { title: entry.title })}
                onPress={() => {
                  command({ type: 'skip', id: entry.id });
                  setAnnouncement(t('live.skipped', { title: entry.title }));
                }}
                testId="skip-upcoming"
              />
            </span>
          </li>
        ))}
      </ol>
      {past.length > 0 ? (
        <>
          <h3 id="live-done-title">{t('live.doneTitle')}</h3>
          <ol className="live-done" aria-labelledby="live-done-title" data-testid="done-items">
            {past.map((entry) => {
              // A finished item's countdown stopped when it ended, so this is its running time.
              const took = elapsedMs(entry.countdown, entry.endedAt ?? 0);
              const over = took - entry.countdown.durationMs;
              return (
                <li key={entry.id} className={`live-done-entry live-done-${entry.status}`}>
                  <Icon name={entry.status === 'skipped' ? 'next' : 'check'} size={18} />
                  <span className="live-entry-title" {...content}>
                    {entry.title}
                  </span>
                  <span className="muted">
                    {entry.status === 'skipped'
                      ? t('live.statusSkipped')
                      : over >= MIN
                        ? t('live.tookOver', {
                            took: formatClock(took, language),
                            count: Math.round(over / MIN),
                          })
                        : t('live.took', { took: formatClock(took, language) })}
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
      <p className="visually-hidden" role="status" data-testid="live-agenda-announcement">
        {announcement}
      </p>
    </section>
  );
}
