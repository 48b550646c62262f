// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Group, Member } from '../../domain/groups/group';
import { createBrowserHost } from '../../platform/browser-host';
import { useCurtainStore } from '../../stores/curtain.store';
import type { PlanItemKinds } from '../../stores/insights.store';
import { MIN, ranSession, WEEK } from '../../testing/sessionFixtures';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { CHART } from './chartLayout';
import { Insights } from './Insights';

afterEach(() => {
  cleanup();
  useCurtainStore.setState({ down: false });
});

const T0 = new Date(2026, 8, 1, 18).getTime();

const member = (id: string, name: string, active = true): Member => ({
  id,
  name,
  pronouns: '',
  newcomer: false,
  joinedOn: '',
  active,
});

const group: Group = {
  id: 'g',
  name: 'Tuesday circle',
  kind: 'peer-led',
  meetingDay: null,
  meetingTime: '',
  venue: '',
  purpose: '',
  groundRules: [],
  confidentiality: '',
  members: [member('sam', 'Sam'), member('noor', 'Noor'), member('ari', 'Ari')],
  archived: false,
  createdAt: 0,
};

const ITEMS = [
  ['Welcome', 5, 5],
  ['Check-in round', 20, 25],
  ['Closing', 10, 10],
] as const;
const KINDS: PlanItemKinds = { plan: { welcome: 'welcome', checkin: 'check-in' } };

/** Five weeks: Ari came twice then stopped; Noor always came and barely spoke; one walk-in. */
const sessions = [0, 1, 2, 3, 4].map((week) =>
  ranSession({
    id: `s${String(week)}`,
    groupId: 'g',
    planId: 'plan',
    startedAt: T0 + week * WEEK,
    items: ITEMS,
    itemIds: ['welcome', 'checkin', 'closing'],
    people: [
      ['sam', { turns: 2, speakingMs: 6 * MIN }],
      ['noor', { turns: 1, speakingMs: 10_000 }],
      ...(week < 2 ? ([['ari', { turns: 1, speakingMs: 5 * MIN }]] as const) : []),
      ...(week === 0 ? ([[null, { turns: 1, speakingMs: MIN }]] as const) : []),
    ],
  }),
);

function show(language: 'en' | 'ar' = 'en') {
  return renderWithProviders(<Insights group={group} sessions={sessions} kinds={KINDS} />, {
    host: createBrowserHost(window, 'test'),
    language,
  });
}

/** Text as read, without the invisible marks that isolate names in sentences. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

const rows = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('Insights', () => {
  it('shows each chart as one image with a summary, and its figures in a real table', () => {
    show();
    const chart = screen.getByRole('img', { name: /attendance at the last 5 sessions/i });
    expect(chart.getAttribute('aria-label')).toContain(
      'between 2 and 4 people, 2 at the most recent',
    );
    expect(rows('attendance-table').map((r) => r.slice(1))).toEqual([
      ['4', '3', '1', '1'],
      ['3', '3', '0', '0'],
      ['2', '2', '0', '0'],
      ['2', '2', '0', '0'],
      ['2', '2', '0', '0'],
    ]);
    const table = within(screen.getByTestId('attendance-table')).getByRole('table', {
      name: 'Attendance at each session',
    });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(5);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(5);
  });

  it('names who has not been seen lately and who rarely speaks, gently', () => {
    show();
    expect(plain(screen.getByTestId('stopped-coming').textContent)).toMatch(
      /^Ari: last here on .*, 3 sessions ago$/,
    );
    expect(screen.getByText('You might check in with \u2068Ari\u2069.')).toBeTruthy();
    const rarely = plain(screen.getByTestId('rarely-speaks').textContent);
    expect(rarely).toMatch(
      /^Noor: 2% of the speaking time, where an even share would be about 42%$/,
    );
    expect(rows('voice-table')[0]).toEqual(['Noor', '5', '5', '1 minute', '0', '2%', '42%']);
  });

  it('lists the items that often run over, and the time per kind of item', () => {
    show();
    expect(rows('overruns-table')).toEqual([['Check-in round', '5', '5', '5 minutes']]);
    expect(rows('kinds-table')).toEqual([
      ['Check-in round', '5', '1 hour, 40 minutes', '2 hours, 5 minutes', '25 minutes over'],
      ['Not from a plan', '5', '50 minutes', '50 minutes', 'As planned'],
      ['Welcome and opening', '5', '25 minutes', '25 minutes', 'As planned'],
    ]);
    expect(
      screen.getByRole('img', { name: /items that often run over/i }).getAttribute('aria-label'),
    ).toBe(
      'Bar chart of the items that often run over, by average time over: \u2068Check-in round\u2069, 5 min.',
    );
  });

  it('draws the bars from the right in Arabic', () => {
    show('ar');
    const firstBar = (chart: HTMLElement) =>
      chart.querySelector<SVGRectElement>('rect[data-series="members"]');
    const bar = firstBar(screen.getByTestId('attendance-chart'));
    const right = Number(bar?.getAttribute('x')) + Number(bar?.getAttribute('width'));
    expect(right).toBe(CHART.width - CHART.labelWidth - CHART.gap);
    cleanup();
    show('en');
    expect(Number(firstBar(screen.getByTestId('attendance-chart'))?.getAttribute('x'))).toBe(
      CHART.labelWidth + CHART.gap,
    );
  });

  it('hides the names behind the privacy curtain', () => {
    useCurtainStore.setState({ down: true });
    show();
    expect(screen.queryByText(/Noor/)).toBeNull();
    expect(screen.queryByText(/Ari/)).toBeNull();
    // Counts of people name nobody: they stay.
    expect(screen.getByTestId('attendance-table')).toBeTruthy();
  });
});
