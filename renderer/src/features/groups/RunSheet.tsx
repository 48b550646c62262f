/**
 * The run sheet: a plan on paper, in the plan's own language and direction, for the facilitator
 * to hold in the room. Rendered only for printing (the screen never shows this element; print
 * styles show nothing else). Private preparation notes appear only when asked for.
 */
import { directionOf } from '../../../../electron/shared/languages';
import type { Group } from '../../domain/groups/group';
import type { SessionPlan } from '../../domain/plans/plan';
import { planTiming } from '../../domain/plans/schedule';
import { formatCalendarDate, formatMinutes, formatTimeOfDayIn } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';
import { ITEM_KIND_LABELS } from './labels';

/** "Break" and "Break" (or "Check-in round"): the kind would only repeat the title. */
function sameWords(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

export function RunSheet({
  plan,
  group,
  includePrep,
  t,
}: {
  plan: SessionPlan;
  group: Group;
  includePrep: boolean;
  /** Speaks the plan's language, whatever the app's. */
  t: Translate;
}) {
  const language = plan.language;
  const timing = planTiming(plan.startTime, plan.items, plan.intendedMinutes);
  const rules = plan.groundRules ?? group.groundRules;
  const time = (hhmm: string) => formatTimeOfDayIn(hhmm, language);
  return (
    <article
      className="run-sheet"
      lang={language}
      dir={directionOf(language)}
      data-testid="run-sheet"
    >
      <header className="run-sheet-header">
        <p className="run-sheet-kicker">
          {t('runSheet.kicker')} · {group.name}
        </p>
        <h1>{plan.title}</h1>
        <p className="run-sheet-when">
          {formatCalendarDate(plan.date, language)} · {time(plan.startTime)}
          {timing ? ` – ${time(timing.ends)}` : ''}
          {plan.venue ? ` · ${plan.venue}` : ''}
        </p>
        {timing && timing.fit === 'over' ? (
          <p className="run-sheet-warning">
            {t('plans.over', {
              duration: formatMinutes(timing.differenceMinutes, language),
            })}
          </p>
        ) : null}
      </header>
      <div className="run-sheet-intro">
        {plan.goals.length > 0 ? (
          <section>
            <h2>{t('plans.goals')}</h2>
            <ul>
              {plan.goals.map((goal, index) => (
                <li key={`${String(index)}-${goal}`}>{goal}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {rules.length > 0 ? (
          <section>
            <h2>{t('groups.groundRules')}</h2>
            <ol>
              {rules.map((rule, index) => (
                <li key={`${String(index)}-${rule}`}>{rule}</li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
      <table className="run-sheet-agenda">
        <caption>{t('agenda.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('runSheet.time')}</th>
            <th scope="col">{t('runSheet.item')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.items.map((item, index) => {
            const slot = timing?.slots[index];
            return (
              <tr key={item.id}>
                <td className="run-sheet-time">
                  <span>{slot ? time(slot.starts) : ''}</span>
                  <span className="run-sheet-minutes">{formatMinutes(item.minutes, language)}</span>
                </td>
                <td>
                  <p className="run-sheet-item-title">
                    {item.title}
                    {sameWords(item.title, t(ITEM_KIND_LABELS[item.kind])) ? null : (
                      <span className="run-sheet-kind"> · {t(ITEM_KIND_LABELS[item.kind])}</span>
                    )}
                  </p>
                  {item.script ? (
                    <blockquote className="run-sheet-script">{item.script}</blockquote>
                  ) : null}
                  {item.materials ? (
                    <p className="run-sheet-note">
                      <strong>{t('agenda.materials')}:</strong> {item.materials}
                    </p>
                  ) : null}
                  {includePrep && item.prepNotes ? (
                    <p className="run-sheet-note run-sheet-prep">
                      <strong>{t('agenda.prepNotes')}:</strong> {item.prepNotes}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <footer className="run-sheet-footer">
        {timing
          ? t('plans.totalOfIntended', {
              total: formatMinutes(timing.totalMinutes, language),
              intended: formatMinutes(timing.intendedMinutes, language),
            })
          : null}
        {includePrep ? ` · ${t('runSheet.containsPrivate')}` : ''}
      </footer>
    </article>
  );
}
