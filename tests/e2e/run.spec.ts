/**
 * A live session, end to end on Playwright's clock, in English and in Arabic: a 90-minute plan
 * from a template run with check-in, pauses, extensions, skips, a go-around round with passes and
 * "come back to me", chimes that sound once and never early, a reload in the middle of an item
 * (the time left within a second of the truth), and the summary at the end.
 */
import type { Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { RunPage } from './pages/RunPage';
import { PASSPHRASE, VaultPage } from './pages/VaultPage';
import { expect, test } from './support/fixtures';

const MIN = 60_000;
const T0 = new Date('2026-12-01T18:28:00');

const WORDS = {
  en: { group: 'Tuesday evening circle', members: ['Sam', 'Lee', 'Noor', 'Ari'], walkIn: 'Jo' },
  ar: { group: 'دائرة مساء الثلاثاء', members: ['سلمى', 'ليلى', 'نور', 'آري'], walkIn: 'جود' },
} as const;

/** Records every chime the page plays: which sound, and when by the page's clock. */
async function listenForChimes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const played: { src: string; at: number }[] = [];
    (window as unknown as { __chimes: typeof played }).__chimes = played;
    HTMLMediaElement.prototype.play = function play(this: HTMLMediaElement) {
      played.push({ src: this.src, at: Date.now() });
      return Promise.resolve();
    };
  });
}

async function chimes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __chimes: { src: string }[] }).__chimes.map((c) =>
      c.src.includes('warning') ? 'warning' : 'end',
    ),
  );
}

async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => Date.now());
}

/** A whole second a little ahead: where the test stops the page's clock. */
async function nextWholeSecond(page: Page): Promise<number> {
  return Math.ceil(((await pageNow(page)) + 1_000) / 1_000) * 1_000;
}

for (const language of ['en', 'ar'] as const) {
  test.describe(`a live session in ${language}`, () => {
    test.use({ locale: language === 'ar' ? 'ar' : 'en-US' });
    const words = WORDS[language];
    const forward = language === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    const backward = language === 'ar' ? 'ArrowRight' : 'ArrowLeft';

    test('runs a 90-minute plan with a round, a reload and the summary', async ({
      page,
      expectAccessible,
      saveScreenshot,
    }) => {
      test.slow();
      await listenForChimes(page);
      await page.clock.install({ time: T0 });
      const shell = new AppShell(page, expectAccessible);
      const groups = new GroupsPage(page);
      const run = new RunPage(page);
      // axe and screenshots need timers: the clock runs while they look, then stops again.
      const look = async (name: string) => {
        await page.clock.resume();
        await expectAccessible(page);
        await saveScreenshot(name);
        await page.clock.pauseAt(await nextWholeSecond(page));
      };
      const liftCurtain = async () => {
        await page.clock.resume();
        await page.getByTestId('curtain-passphrase').fill(PASSPHRASE);
        await page.getByTestId('lift-curtain').click();
        await expect(page.getByTestId('curtain-passphrase')).toHaveCount(0);
        await page.clock.pauseAt(await nextWholeSecond(page));
      };
      await shell.open('groups');
      await groups.createGroup(words.group, 'peer-led');
      for (const name of words.members) {
        await groups.addMember(name);
        // Regulars: only the walk-in is new tonight.
        await groups.member(name).getByTestId('member-newcomer').uncheck();
      }
      await groups.newPlan('built-in:peer-support', { date: '2026-12-01' });

      // ---- set up: who is here, and where they sit ----
      await page.getByTestId('run-plan').click();
      await expect(page.getByTestId('start-session')).toBeVisible();
      await page.getByTestId('check-in-everyone').click();
      await expect(run.seats).toHaveCount(4);
      await run.walkIn(words.walkIn);
      // The walk-in moves up one seat by keyboard, and keeps focus.
      await run.seat(words.walkIn).getByTestId('seat-up').focus();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(run.seats.nth(3)).toContainText(words.walkIn);
      await expect(run.seat(words.walkIn).getByTestId('seat-up')).toBeFocused();
      await expect(page.getByTestId('seat-announcement')).not.toBeEmpty();
      // And the first seat is dragged to the end of the circle.
      const seated = await run.seatNames();
      await run.dragSeat(0, 4);
      await expect.poll(() => run.seatNames()).toEqual([...seated.slice(1), seated[0]]);
      await expectAccessible(page);
      await saveScreenshot(`${language}-run-setup`);

      // ---- the first item: +1 minute, a pause, the warning, the overrun ----
      // From here the page's clock moves only when the test moves it.
      await page.clock.pauseAt(await nextWholeSecond(page));
      await run.start();
      await expect(run.currentTitle).not.toBeEmpty();
      expect(await run.remainingSeconds()).toBe(5 * 60);
      await page.getByTestId('live-clock').click();
      await run.press('+');
      await expect.poll(() => run.remainingSeconds()).toBe(6 * 60);
      await run.press('Space');
      await expect(page.getByTestId('start-pause')).toContainText(
        language === 'ar' ? 'استئناف' : 'Resume',
      );
      await page.clock.fastForward(3 * MIN);
      expect(await run.remainingSeconds()).toBe(6 * 60);
      await run.press('Space');
      // Just before the warning point: nothing yet, never early.
      await page.clock.fastForward(4 * MIN - 2_000);
      await expect.poll(() => run.remainingSeconds()).toBe(2 * 60 + 2);
      expect(await chimes(page)).toEqual([]);
      await page.clock.runFor(2_500);
      await expect.poll(() => chimes(page)).toEqual(['warning']);
      await expect(run.announcer).not.toBeEmpty();
      // Past the end: the overrun counts up, in words and in shape.
      await page.clock.fastForward(3 * MIN);
      await expect.poll(() => chimes(page)).toEqual(['warning', 'end']);
      await expect.poll(() => run.remainingSeconds()).toBeLessThan(-55);
      await expect(page.locator('.live-time')).toHaveAttribute('data-over', 'true');
      // Ten minutes without a touch: the privacy curtain is down, not the lock. Names are
      // hidden; the timer runs on.
      await expect(page.getByTestId('curtain-passphrase')).toBeVisible();
      await expect(page.getByTestId('speaking-queue')).toHaveCount(0);
      await look(`${language}-run-overrun`);
      await page.clock.fastForward(1_000);
      await expect.poll(() => run.remainingSeconds()).toBeLessThan(-60);
      await liftCurtain();
      await expect(page.getByTestId('speaking-queue')).toBeVisible();

      // ---- next item by its arrow (the reading direction's), then back, then on again ----
      await run.press(forward);
      await expect.poll(() => run.remainingSeconds()).toBe(5 * 60);
      await run.press(backward);
      await expect.poll(() => run.remainingSeconds()).toBeLessThan(0);
      await run.press(forward);
      // The ground rules are read out (under five minutes: the curtain stays up).
      await page.clock.fastForward(4 * MIN);
      await run.press(forward);

      // ---- the check-in round: newcomers first, a pass, a "come back to me" ----
      await expect.poll(() => run.remainingSeconds()).toBe(20 * 60);
      await run.openChimeSettings();
      await page.getByTestId('speaker-limit').selectOption('2');
      await run.chooseMode('round');
      await page.getByTestId('newcomer-order').selectOption('first');
      await page.getByTestId('start-round').click();
      await expect(run.currentSpeaker).toHaveText(words.walkIn);
      // 5 people still to share in 20 minutes: about 4 minutes each.
      await expect(page.getByTestId('pacing')).toHaveText(/[5٥]\D+[2٢][0٠]\D+[4٤]/);
      await page.getByTestId('live-clock').click();
      await expect(page.getByTestId('speaker-limit-cue')).toHaveCount(0);
      await page.clock.fastForward(3 * MIN);
      // Past the soft limit: a gentle cue for the facilitator, nobody cut off.
      await expect(page.getByTestId('speaker-limit-cue')).toContainText(words.walkIn);
      await run.press('KeyN');
      const second = (await run.currentSpeaker.textContent()) ?? '';
      await run.press('KeyP');
      const third = (await run.currentSpeaker.textContent()) ?? '';
      expect(third).not.toBe(second);
      await run.press('KeyB');
      await expect(run.currentSpeaker).not.toHaveText(third);
      // The one who asked to come back is now last of those yet to share.
      await expect(run.waiting.last()).toContainText(third);
      await expect(page.getByTestId('pacing')).toBeVisible();
      await look(`${language}-run-round`);
      await page.clock.fastForward(2 * MIN);
      await run.press('KeyN');
      await page.clock.fastForward(2 * MIN);
      await run.press('KeyN');
      await page.clock.fastForward(2 * MIN);
      await run.press('KeyN');
      // Undo brings the last speaker back.
      await run.press('KeyU');
      await expect(run.currentSpeaker).toHaveText(third);
      await run.press('KeyN');
      await expect(page.getByTestId('current-speaker').locator('.speaker-name')).toHaveCount(0);

      // ---- reload in the middle of the round's item: the time left is the truth ----
      await page.clock.fastForward(MIN);
      // The truth before: the time left the clock's facts give at a known instant.
      const truthBefore = Number(await run.remaining.getAttribute('data-remaining-ms'));
      const truthAt = Number(await run.remaining.getAttribute('data-at'));
      // Unlocking takes real time (the key derivation): let the clock run for it.
      await page.clock.resume();
      await page.reload();
      await new VaultPage(page).ensureOpen();
      await page.goto('/#/run');
      await expect(run.remaining).toBeVisible();
      await page.clock.pauseAt(await nextWholeSecond(page));
      await page.clock.runFor(1_000);
      // What the reloaded screen shows, against the truth at the instant it was drawn.
      const shownAt = Number(await run.remaining.getAttribute('data-at'));
      const shown = await run.remainingSeconds();
      const truth = truthBefore - (shownAt - truthAt);
      expect(Math.abs(shown * 1000 - truth)).toBeLessThan(1000);

      // ---- skip the optional theme, a break with the chimes muted, a long sharing ----
      await page.getByTestId('live-clock').click();
      await run.press(forward);
      await page.getByTestId('skip-item').click();
      await run.openChimeSettings();
      await page.getByTestId('mute').check();
      const heard = (await chimes(page)).length;
      await page.clock.fastForward(10 * MIN);
      await page.getByTestId('live-clock').click();
      await run.press(forward);
      expect(await chimes(page)).toHaveLength(heard);
      await page.getByTestId('mute').uncheck();
      await run.press('Digit5');
      await page.clock.fastForward(35 * MIN);
      await expect.poll(() => chimes(page)).toHaveLength(heard + 1);
      await run.press(forward);
      await page.clock.fastForward(10 * MIN);
      await run.endSession();
      await liftCurtain();

      // ---- the summary ----
      await expect(page.getByTestId('summary-items').locator('tbody tr')).toHaveCount(7);
      await expect(page.getByTestId('ran-long').locator('li')).not.toHaveCount(0);
      await expect(page.getByTestId('voice-table').locator('tbody tr')).toHaveCount(5);
      await expect(run.announcer).not.toBeEmpty();
      await look(`${language}-run-summary`);
      await page.getByTestId('close-summary').click();
      await expect(page.getByTestId('start-group')).toBeVisible();
    });
  });
}
