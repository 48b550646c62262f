/**
 * What a live session asks of the desktop, through the real preload API, dispatcher and
 * handlers (the "desktop" project): the screen kept awake exactly while the session runs, and
 * the room display full screen on the projector when one is connected.
 */
import { AppShell } from './pages/AppShell';
import { RunPage } from './pages/RunPage';
import { VaultPage } from './pages/VaultPage';
import { expect, test } from './support/fixtures';

test.describe('a live session on the desktop', () => {
  test('keeps the screen awake while the session runs, and lets it sleep after', async ({
    page,
    expectAccessible,
    desktop,
  }) => {
    if (!desktop) throw new Error('the desktop project provides the desktop controls');
    const shell = new AppShell(page, expectAccessible);
    const run = new RunPage(page);
    await shell.open('run');
    await page.getByTestId('adhoc-start').click();
    await expect(page.getByTestId('start-session')).toBeVisible();
    // Set up but not started: nothing held yet.
    expect(desktop.keepAwakeBlockers.size).toBe(0);
    await run.start();
    await expect.poll(() => desktop.keepAwakeBlockers.size).toBe(1);

    // The laptop goes to sleep: the vault locks, the blocker goes with the frame; after unlocking
    // the session is picked up and the screen is held awake again.
    await desktop.emitPower('suspend');
    await shell.waitUntilLocked();
    await expect.poll(() => desktop.keepAwakeBlockers.size).toBe(0);
    await new VaultPage(page).unlock();
    await shell.waitUntilReady();
    await expect.poll(() => desktop.keepAwakeBlockers.size).toBe(1);
    await shell.goTo('run');
    await expect(run.remaining).toBeVisible();

    await run.endSession();
    await expect.poll(() => desktop.keepAwakeBlockers.size).toBe(0);
  });

  test('opens the room display full screen on the second screen', async ({
    page,
    expectAccessible,
    desktop,
  }) => {
    if (!desktop) throw new Error('the desktop project provides the desktop controls');
    const projector = {
      id: 2,
      bounds: { x: 1280, y: 0, width: 1920, height: 1080 },
      workArea: { x: 1280, y: 0, width: 1920, height: 1080 },
    };
    desktop.displays.push(projector);
    const shell = new AppShell(page, expectAccessible);
    const run = new RunPage(page);
    await shell.open('run');
    await page.getByTestId('adhoc-start').click();
    await run.start();
    const display = await run.openRoomDisplay();
    await expect(run.status).toHaveText('The room display is open on the second screen.');
    expect(desktop.presenterOpenings).toEqual([{ bounds: projector.bounds, fullscreen: true }]);
    await display.waitForState();
    await expect(display.title).toHaveText('Open session');
  });
});
