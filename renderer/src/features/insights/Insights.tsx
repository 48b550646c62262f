/**
 * The four insights of a group's past sessions, each with a short plain explanation, a chart and
 * the same figures as a table: attendance over time (and who has not been seen lately), share of
 * voice (and who rarely speaks), the items that often run over, and the time per kind of item.
 * Worked out here from the decrypted records by domain/insights; nothing leaves the laptop.
 * Names are confidential: the privacy curtain hides them like everywhere else.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../../electron/shared/languages';
import type { Group } from '../../domain/groups/group';
import {
  attendanceOverTime,
  recurringOverruns,
  stoppedComing,
  timePerKind,
  voiceAcrossSessions,
} from '../../domain/insights/insights';
import type { LiveSession } from '../../domain/session/session';
import { localIsoDate } from '../../domain/time/calendar';
import {
  formatCalendarDate,
  formatDate,
  formatDuration,
  formatNumber,
  formatPercent,
} from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { kindOfEntry, type PlanItemKinds } from '../../stores/insights.store';
import { Confidential } from '../../ui/Confidential';
import { Icon } from '../../ui/Icon';
import { ITEM_KIND_LABELS } from '../groups/labels';
import { BarChart, type SeriesSpec } from './BarChart';
import { niceScale, type RowSpec } from './chartLayout';
import { activeMemberIds, memberNames } from './memberNames';

/**
 * A name or title set into a sentence, isolated (FSI…PDI) so that a Latin name in an Arabic
 * sentence, or an Arabic one in English, keeps its own direction and leaves the sentence's
 * punctuation where it belongs.
 */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Sessions drawn in the attendance chart (the table lists every one). */
export const ATTENDANCE_SHOWN = 12;

const MIN = 60_000;

export function Insights({
  group,
  sessions,
  kinds,
}: {
  group: Group;
  /** The group's finished sessions, oldest first. */
  sessions: readonly LiveSession[];
  kinds: PlanItemKinds;
}) {
  const names = useMemo(() => memberNames(group, sessions), [group, sessions]);
  return (
    <div className="insights">
      <Attendance group={group} sessions={sessions} names={names} />
      <Voice group={group} sessions={sessions} names={names} />
      <Overruns sessions={sessions} />
      <Kinds sessions={sessions} kinds={kinds} />
    </div>
  );
}

/** A section of the screen: its heading, what it shows in a sentence, then the rest. */
function Section({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="section panel-section insights-section">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      <p className="section-lead">{lead}</p>
      {children}
    </section>
  );
}

/** The chart's figures as a table, folded under a summary that a keyboard opens like a button. */
function TableDisclosure({ children, testId }: { children: ReactNode; testId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="chart-table"
      data-testid={testId}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <Icon name="chevron" size={16} className="disclosure-icon" />
        {open ? t('insights.hideTable') : t('insights.showTable')}
      </summary>
      <div className="table-scroll">{children}</div>
    </details>
  );
}

function useList() {
  const { language } = useI18n();
  return (items: readonly string[]) =>
    new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

function sessionDate(startedAt: number, language: Language): string {
  return formatCalendarDate(localIsoDate(startedAt), language, 'medium');
}

function Attendance({
  group,
  sessions,
  names,
}: {
  group: Group;
  sessions: readonly LiveSession[];
  names: Readonly<Record<string, string>>;
}) {
  const { t, language } = useI18n();
  const list = useList();
  const points = useMemo(() => attendanceOverTime(sessions), [sessions]);
  const stopped = useMemo(() => {
    const active = activeMemberIds(group);
    return stoppedComing(sessions).filter((s) => active.has(s.memberId));
  }, [group, sessions]);
  const shown = points.slice(-ATTENDANCE_SHOWN);
  const last = shown[shown.length - 1];
  const series: SeriesSpec[] = [
    { id: 'members', style: 'solid', label: t('insights.members') },
    { id: 'walkIns', style: 'hatch', label: t('insights.walkIns') },
    { id: 'newcomers', style: 'dots', label: t('insights.newcomers') },
  ];
  const rows: RowSpec[] = shown.map((p) => ({
    key: p.sessionId,
    label: sessionDate(p.startedAt, language),
    bars: [
      {
        segments: [
          { value: p.members, series: 'members' },
          { value: p.walkIns, series: 'walkIns' },
        ],
        label: formatNumber(p.present, language),
      },
      {
        segments: [{ value: p.newcomers, series: 'newcomers' }],
        // Nobody new is the usual case: no "0" under every session (the table has it).
        label: p.newcomers === 0 ? '' : formatNumber(p.newcomers, language),
      },
    ],
  }));
  const present = shown.map((p) => p.present);

  return (
    <Section
      id="insights-attendance"
      title={t('insights.attendanceTitle')}
      lead={t('insights.attendanceLead')}
    >
      <BarChart
        summary={t('insights.attendanceChart', {
          count: shown.length,
          min: Math.min(...present),
          max: Math.max(...present),
          last: last?.present ?? 0,
        })}
        series={series}
        rows={rows}
        scale={niceScale(Math.max(...present, 1), { integer: true })}
        formatTick={(n) => formatNumber(n, language)}
        testId="attendance-chart"
      />
      {points.length > shown.length ? (
        <p className="muted">{t('insights.attendanceShown', { count: shown.length })}</p>
      ) : null}
      <TableDisclosure testId="attendance-table">
        <table className="insights-table">
          <caption className="visually-hidden">{t('insights.attendanceTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.session')}</th>
              <th scope="col">{t('insights.present')}</th>
              <th scope="col">{t('insights.members')}</th>
              <th scope="col">{t('insights.walkIns')}</th>
              <th scope="col">{t('insights.newcomers')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.sessionId}>
                <th scope="row">{formatDate(p.startedAt, language)}</th>
                <td>{formatNumber(p.present, language)}</td>
                <td>{formatNumber(p.members, language)}</td>
                <td>{formatNumber(p.walkIns, language)}</td>
                <td>{formatNumber(p.newcomers, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableDisclosure>

      <section aria-labelledby="insights-stopped" className="insights-people">
        <h3 id="insights-stopped">{t('insights.stoppedTitle')}</h3>
        {stopped.length === 0 ? (
          <p className="muted">{t('insights.stoppedNone')}</p>
        ) : (
          <Confidential>
            <p>{t('insights.stoppedLead')}</p>
            <ul className="insights-list" data-testid="stopped-coming">
              {stopped.map((s) => (
                <li key={s.memberId}>
                  {t('insights.stoppedItem', {
                    name: isolate(names[s.memberId] ?? ''),
                    date: formatDate(s.lastSeenAt, language),
                    count: s.missed,
                  })}
                </li>
              ))}
            </ul>
            <p className="insights-suggestion">
              {t('insights.checkInWith', {
                names: list(stopped.map((s) => isolate(names[s.memberId] ?? ''))),
              })}
            </p>
          </Confidential>
        )}
      </section>
    </Section>
  );
}

function Voice({
  group,
  sessions,
  names,
}: {
  group: Group;
  sessions: readonly LiveSession[];
  names: Readonly<Record<string, string>>;
}) {
  const { t, language } = useI18n();
  const list = useList();
  const voice = useMemo(() => voiceAcrossSessions(sessions), [sessions]);
  const rarely = useMemo(() => {
    const active = activeMemberIds(group);
    return voice.filter((v) => v.rarelySpeaks && active.has(v.memberId));
  }, [group, voice]);
  const spoken = voice.some((v) => v.speakingMs > 0);
  const percent = (share: number) => formatPercent(share, language);
  const shares = voice.map((v) => v.share);

  let body: ReactNode;
  if (voice.length === 0) body = <p className="muted">{t('insights.noMembers')}</p>;
  else if (!spoken) body = <p className="muted">{t('insights.noTurns')}</p>;
  else
    body = (
      <>
        <BarChart
          summary={t('insights.voiceChart', {
            count: voice.length,
            low: percent(Math.min(...shares)),
            high: percent(Math.max(...shares)),
          })}
          series={[{ id: 'share', style: 'solid', label: t('insights.share') }]}
          referenceLabel={t('insights.evenShare')}
          rows={voice.map((v) => ({
            key: v.memberId,
            label: names[v.memberId] ?? '',
            bars: [{ segments: [{ value: v.share, series: 'share' }], label: percent(v.share) }],
            reference: v.fairShare,
          }))}
          scale={niceScale(Math.max(...voice.map((v) => Math.max(v.share, v.fairShare))))}
          formatTick={percent}
          testId="voice-chart"
        />
        <TableDisclosure testId="voice-table">
          <table className="insights-table">
            <caption className="visually-hidden">{t('insights.voiceTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.member')}</th>
                <th scope="col">{t('insights.sessions')}</th>
                <th scope="col">{t('insights.turns')}</th>
                <th scope="col">{t('insights.speakingTime')}</th>
                <th scope="col">{t('insights.passes')}</th>
                <th scope="col">{t('insights.share')}</th>
                <th scope="col">{t('insights.evenShare')}</th>
              </tr>
            </thead>
            <tbody>
              {voice.map((v) => (
                <tr key={v.memberId}>
                  <th scope="row">{names[v.memberId] ?? ''}</th>
                  <td>{formatNumber(v.sessions, language)}</td>
                  <td>{formatNumber(v.turns, language)}</td>
                  <td>{formatDuration(v.speakingMs, language)}</td>
                  <td>{formatNumber(v.passes, language)}</td>
                  <td>{percent(v.share)}</td>
                  <td>{percent(v.fairShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableDisclosure>
        <section aria-labelledby="insights-rarely" className="insights-people">
          <h3 id="insights-rarely">{t('insights.rarelyTitle')}</h3>
          {rarely.length === 0 ? (
            <p className="muted">{t('insights.rarelyNone')}</p>
          ) : (
            <>
              <p>{t('insights.rarelyLead')}</p>
              <ul className="insights-list" data-testid="rarely-speaks">
                {rarely.map((v) => (
                  <li key={v.memberId}>
                    {t('insights.rarelyItem', {
                      name: isolate(names[v.memberId] ?? ''),
                      share: percent(v.share),
                      even: percent(v.fairShare),
                    })}
                  </li>
                ))}
              </ul>
              <p className="insights-suggestion">
                {t('insights.rarelySuggest', {
                  names: list(rarely.map((v) => isolate(names[v.memberId] ?? ''))),
                })}
              </p>
            </>
          )}
        </section>
      </>
    );

  return (
    <Section id="insights-voice" title={t('insights.voiceTitle')} lead={t('insights.voiceLead')}>
      <Confidential>{body}</Confidential>
    </Section>
  );
}

function Overruns({ sessions }: { sessions: readonly LiveSession[] }) {
  const { t, language } = useI18n();
  const list = useList();
  const overruns = useMemo(() => recurringOverruns(sessions), [sessions]);
  const short = (ms: number) => formatDuration(ms, language, 'short');

  return (
    <Section
      id="insights-overruns"
      title={t('insights.overrunsTitle')}
      lead={t('insights.overrunsLead')}
    >
      {overruns.length === 0 ? (
        <p className="muted" data-testid="overruns-none">
          {t('insights.overrunsNone')}
        </p>
      ) : (
        <>
          <BarChart
            summary={t('insights.overrunsChart', {
              items: list(
                overruns.map((o) =>
                  t('insights.chartItem', { name: isolate(o.title), value: short(o.meanOverMs) }),
                ),
              ),
            })}
            series={[{ id: 'over', style: 'solid', label: t('insights.averageOver') }]}
            rows={overruns.map((o) => ({
              key: o.title,
              label: o.title,
              bars: [
                {
                  segments: [{ value: o.meanOverMs / MIN, series: 'over' }],
                  label: short(o.meanOverMs),
                },
              ],
            }))}
            scale={niceScale(Math.max(...overruns.map((o) => o.meanOverMs / MIN)), {
              integer: true,
            })}
            formatTick={(minutes) => short(minutes * MIN)}
            testId="overruns-chart"
          />
          <TableDisclosure testId="overruns-table">
            <table className="insights-table">
              <caption className="visually-hidden">{t('insights.overrunsTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.item')}</th>
                  <th scope="col">{t('insights.timesRun')}</th>
                  <th scope="col">{t('insights.timesOver')}</th>
                  <th scope="col">{t('insights.averageOver')}</th>
                </tr>
              </thead>
              <tbody>
                {overruns.map((o) => (
                  <tr key={o.title}>
                    <th scope="row" dir="auto">
                      {o.title}
                    </th>
                    <td>{formatNumber(o.runs, language)}</td>
                    <td>{formatNumber(o.over, language)}</td>
                    <td>{formatDuration(o.meanOverMs, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableDisclosure>
        </>
      )}
    </Section>
  );
}

function Kinds({ sessions, kinds }: { sessions: readonly LiveSession[]; kinds: PlanItemKinds }) {
  const { t, language } = useI18n();
  const list = useList();
  const perKind = useMemo(
    () => timePerKind(sessions, (session, entryId) => kindOfEntry(kinds, session, entryId)),
    [sessions, kinds],
  );
  const short = (ms: number) => formatDuration(ms, language, 'short');
  const kindName = (kind: (typeof perKind)[number]['kind']) =>
    kind === 'unknown' ? t('insights.kindUnknown') : t(ITEM_KIND_LABELS[kind]);
  const difference = (planned: number, spent: number) => {
    // Whole minutes, as the table shows them: a few seconds either way is "as planned".
    const minutes = Math.round((spent - planned) / MIN);
    if (minutes === 0) return t('insights.onTime');
    const time = formatDuration(Math.abs(minutes) * MIN, language);
    return minutes > 0 ? t('insights.over', { time }) : t('insights.under', { time });
  };

  return (
    <Section id="insights-kinds" title={t('insights.kindsTitle')} lead={t('insights.kindsLead')}>
      {perKind.length === 0 ? (
        <p className="muted">{t('insights.kindsNone')}</p>
      ) : (
        <>
          <BarChart
            summary={t('insights.kindsChart', {
              items: list(
                perKind.map((k) =>
                  t('insights.kindsChartItem', {
                    kind: kindName(k.kind),
                    planned: short(k.plannedMs),
                    spent: short(k.actualMs),
                  }),
                ),
              ),
            })}
            series={[
              { id: 'planned', style: 'hatch', label: t('insights.planned') },
              { id: 'spent', style: 'solid', label: t('insights.spent') },
            ]}
            rows={perKind.map((k) => ({
              key: k.kind,
              label: kindName(k.kind),
              bars: [
                {
                  segments: [{ value: k.plannedMs / MIN, series: 'planned' }],
                  label: short(k.plannedMs),
                },
                {
                  segments: [{ value: k.actualMs / MIN, series: 'spent' }],
                  label: short(k.actualMs),
                },
              ],
            }))}
            scale={niceScale(
              Math.max(...perKind.map((k) => Math.max(k.plannedMs, k.actualMs) / MIN)),
              { integer: true },
            )}
            formatTick={(minutes) => short(minutes * MIN)}
            testId="kinds-chart"
          />
          <TableDisclosure testId="kinds-table">
            <table className="insights-table">
              <caption className="visually-hidden">{t('insights.kindsTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.kind')}</th>
                  <th scope="col">{t('insights.timesRun')}</th>
                  <th scope="col">{t('insights.planned')}</th>
                  <th scope="col">{t('insights.spent')}</th>
                  <th scope="col">{t('insights.difference')}</th>
                </tr>
              </thead>
              <tbody>
                {perKind.map((k) => (
                  <tr key={k.kind}>
                    <th scope="row">{kindName(k.kind)}</th>
                    <td>{formatNumber(k.runs, language)}</td>
                    <td>{formatDuration(k.plannedMs, language)}</td>
                    <td>{formatDuration(k.actualMs, language)}</td>
                    <td>{difference(k.plannedMs, k.actualMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableDisclosure>
        </>
      )}
    </Section>
  );
}
