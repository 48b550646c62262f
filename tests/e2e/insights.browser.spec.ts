/**
 * A group's insights after five weekly sessions, each run through the run screen on Playwright's
 * clock: one walk-in newcomer the first week, Ari there twice and then not for three weeks, Noor
 * at every session but speaking for ten seconds each time, and the check-in round 5 minutes over
 * every week. The tables must say so, with the right figures; then the screen is checked with axe
 * and saved as screenshots in English, French and Arabic at 1366×768 (and in the dark and
 * high-contrast themes), to look at.
 */
import type { Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { InsightsPage } from './pages/InsightsPage';
import { RunPage } from './pages/RunPage';
import { SettingsPage } from './pages/SettingsPage';
import { expect, test } from './support/fixtures';

const MIN = 60_000;
const WEEK = 7 * 24 * 60 * MIN;
const T0 = new Date('2026-11-03T18:00:00').getTime();
const GROUP = 'Tuesday evening circle';
const MEMBERS = ['Sam', 'Lee', 'Noor', 'Ari'] as const;

/** The peer-support template's items after the check-in round, with their planned minutes. */
const AFTER_CHECK_IN = [10, 10, 30, 10];

interface Week {
  readonly here: readonly (typeof MEMBERS)[number][];
  readonly walkIn?: string;
  /** Who speaks in the check-in round, and for how long. */
  readonly turns: readonly (readonly [name: string, ms: number])[];
}

const WEEKS: readonly Week[] = [0, 1, 2, 3, 4].map((week) => {
  const here = week < 2 ? MEMBERS : MEMBERS.filter((name) => name !== 'Ari');
  return {
    here,
    ...(week === 0 ? { walkIn: 'Jo' } : {}),
    turns: here.map((name) => [
      name,
      { Sam: 4 * MIN, Lee: 3 * MIN, Ari: 3 * MIN, Noor: 10_000 }[name],
    ]),
  };
});

async function nextWholeSecond(page: Page): Promise<number> {
  return Math.ceil(((await page.evaluate(() => Date.now())) + 1_000) / 1_000) * 1_000;
}

/** Chimes would play through the speakers: counted silently instead. */
async function silenceChimes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    HTMLMediaElement.prototype.play = () => Promise.resolve();
  });
}

/** One session from the group's plan: who is here, the check-in round's turns, every item. */
async function runWeek(page: Page, shell: AppShell, week: Week): Promise<void> {
  const run = new RunPage(page);
  await shell.goTo('run');
  await page.getByTestId('set-up-session').first().click();
  await expect(page.getByTestId('start-session')).toBeVisible();
  const roster = page.getByTestId('checkin-list');
  for (const name of week.here) await roster.getByRole('checkbox', { name }).check();
  if (week.walkIn) await run.walkIn(week.walkIn, true);
  await expect(run.seats).toHaveCount(week.here.length + (week.walkIn ? 1 : 0));

  // From here the page's clock moves only when the test moves it.
  await page.clock.pauseAt(await nextWholeSecond(page));
  await run.start();
  const next = async (minutes: number) => {
    await page.clock.fastForward(minutes * MIN);
    await page.getByTestId('next-item').click();
  };
  await next(5); // welcome
  await next(5); // ground rules
  // The check-in round: each hand raised in turn, 25 minutes in all for 20 planned.
  let spoken = 0;
  for (const [name, ms] of week.turns) {
    await page.getByTestId('person').filter({ hasText: name }).getByTestId('toggle-hand').click();
    await page.getByTestId('next-speaker').click();
    await expect(run.currentSpeaker).toHaveText(name);
    await page.clock.fastForward(ms);
    spoken += ms;
  }
  // Nobody else waiting: "next" ends the last turn.
  await page.getByTestId('next-speaker').click();
  await expect(run.currentSpeaker).toHaveCount(0);
  await next((25 * MIN - spoken) / MIN);
  for (const minutes of AFTER_CHECK_IN.slice(0, -1)) await next(minutes);
  await page.clock.fastForward((AFTER_CHECK_IN.at(-1) ?? 0) * MIN);
  await run.endSession();
  await page.clock.resume();
  await page.getByTestId('close-summary').click();
  await expect(page.getByTestId('start-group')).toBeVisible();
}

test.use({ locale: 'en-US', viewport: { width: 1366, height: 768 } });

test('insights show who stopped coming, who rarely speaks and what runs over, in three languages', async ({
  page,
  expectAccessible,
  saveScreenshot,
}) => {
  test.setTimeout(6 * 60_000);
  await silenceChimes(page);
  await page.clock.install({ time: T0 });
  const shell = new AppShell(page, expectAccessible);
  const groups = new GroupsPage(page);
  const settings = new SettingsPage(page);
  const insights = new InsightsPage(page);
  await shell.open('settings');
  // An hour before locking: the sessions below move the clock on by up to half an hour at once.
  await page.getByTestId('idle-minutes').fill('60');
  await shell.goTo('groups');
  await groups.createGroup(GROUP, 'peer-led');
  for (const name of MEMBERS) {
    await groups.addMember(name);
    await groups.member(name).getByTestId('member-newcomer').uncheck();
  }
  await groups.newPlan('built-in:peer-support');
  await groups.backToGroup();
  await expect(page.getByTestId('group-insights')).toBeVisible();
  await saveScreenshot('en-1366-group-insights-link', page, { fullPage: false });

  // ---- before any session: nothing to tell yet ----
  await insights.openFromGroup();
  await expect(insights.empty).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot('en-1366-insights-empty');

  // ---- five weeks of sessions ----
  for (const [index, week] of WEEKS.entries()) {
    await page.clock.setSystemTime(T0 + index * WEEK);
    await runWeek(page, shell, week);
  }
  await shell.goTo('groups');
  await groups.openGroup(GROUP);
  await insights.openFromGroup();
  await expect(insights.basedOn).toContainText('5 sessions');
  await expect(insights.chart('attendance')).toHaveAttribute(
    'aria-label',
    'Bar chart of attendance at the last 5 sessions: between 3 and 5 people, 3 at the most recent.',
  );
  await saveScreenshot('en-1366-insights');

  // Attendance: present, members, walk-ins, newcomers, session by session.
  expect((await insights.rows('attendance')).map((row) => row.slice(1))).toEqual([
    ['5', '4', '1', '1'],
    ['4', '4', '0', '0'],
    ['3', '3', '0', '0'],
    ['3', '3', '0', '0'],
    ['3', '3', '0', '0'],
  ]);
  expect(await insights.texts(insights.stoppedComing)).toEqual([
    expect.stringMatching(/^Ari: last here on November 10, 2026, 3 sessions ago$/),
  ]);
  expect(await insights.texts(insights.suggestions)).toEqual([
    'You might check in with Ari.',
    'You might check in with Noor, or try a round where everyone is invited to speak.',
  ]);

  // Share of voice: Noor spoke 50 seconds of 41 min 50 s in her sessions; an even share, 29%.
  const voice = await insights.rows('voice');
  expect(voice[0]).toEqual(['Noor', '5', '5', '1 minute', '0', '2%', '29%']);
  expect(voice.map((row) => row[0])).toEqual(['Noor', 'Ari', 'Lee', 'Sam']);
  expect(await insights.texts(insights.rarelySpeaks)).toEqual([
    'Noor: 2% of the speaking time, where an even share would be about 29%',
  ]);

  // The check-in round ran 5 minutes over every week; nothing else did.
  expect(await insights.rows('overruns')).toEqual([['Check-in round', '5', '5', '5 minutes']]);
  const kinds = await insights.rows('kinds');
  expect(kinds[0]).toEqual([
    'Sharing round',
    '5',
    '2 hours, 30 minutes',
    '2 hours, 30 minutes',
    'As planned',
  ]);
  expect(kinds[1]).toEqual([
    'Check-in round',
    '5',
    '1 hour, 40 minutes',
    '2 hours, 5 minutes',
    '25 minutes over',
  ]);
  expect(kinds).toHaveLength(7);
  await expectAccessible(page);
  await saveScreenshot('en-1366-insights-tables');

  // ---- the same screen in French and in Arabic (right to left), and in the other themes ----
  const url = page.url();
  for (const language of ['fr', 'ar'] as const) {
    await shell.goTo('settings');
    await settings.chooseLanguage(language);
    await page.goto(url);
    await expect(page.getByTestId('insights-screen')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(insights.stoppedComing).toHaveCount(1);
    await expectAccessible(page);
    await saveScreenshot(`${language}-1366-insights`);
    await insights.openAllTables();
    await expect(insights.rarelySpeaks).toHaveCount(1);
    await expectAccessible(page);
    await saveScreenshot(`${language}-1366-insights-tables`);
  }
  // In Arabic the bars grow from the right: the first member's bar ends at the plot's right edge.
  const [barEnd, svgRight, labelEnd] = await insights.chart('attendance').evaluate((svg) => {
    const bar = svg.querySelector('rect[data-series="members"]')?.getBoundingClientRect();
    const label = svg.querySelector('.chart-label')?.getBoundingClientRect();
    return [bar?.right ?? 0, svg.getBoundingClientRect().right, label?.right ?? 0];
  });
  expect(labelEnd).toBeLessThanOrEqual(svgRight + 1);
  expect(labelEnd).toBeGreaterThan(barEnd);

  for (const theme of ['dark', 'contrast'] as const) {
    await shell.goTo('settings');
    await settings.choose('theme', theme);
    await settings.chooseLanguage('en');
    await page.goto(url);
    await expect(page.getByTestId('insights-screen')).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(`en-1366-insights-${theme}`, page, { fullPage: false });
  }
});
