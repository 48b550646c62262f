import { AppShell } from './pages/AppShell';
import { RunPage } from './pages/RunPage';
import { expect, test } from './support/fixtures';

test.describe('the room display', () => {
  test('opens from Run for a check, counts down, and closes again', async ({
    page,
    expectAccessible,
    saveScreenshot,
  }) => {
    const shell = new AppShell(page, expectAccessible);
    const run = new RunPage(page);
    await shell.open('run');
    const display = await run.openRoomDisplay();
    await expect(run.status).toHaveText(/open/);
    await display.waitForState();
    await expect(display.title).toHaveText('Room display check');
    const first = await display.secondsShown();
    expect(first).toBeGreaterThan(280);
    expect(first).toBeLessThanOrEqual(300);
    await expect.poll(() => display.secondsShown(), { timeout: 5000 }).toBeLessThan(first);
    await expect(display.page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    // Nothing of the facilitator's screens: no navigation, no notes, no settings.
    await expect(display.page.locator('nav')).toHaveCount(0);
    await expectAccessible(display.page);
    await saveScreenshot('en-presenter', display.page);

    await run.closeRoomDisplay();
    await expect(run.status).toHaveText('The room display is closed.');
    await expect.poll(() => display.page.isClosed()).toBe(true);
  });

  test('notices when the display is closed from its own window', async ({
    page,
    expectAccessible,
  }) => {
    const shell = new AppShell(page, expectAccessible);
    const run = new RunPage(page);
    await shell.open('run');
    const display = await run.openRoomDisplay();
    await display.waitForState();
    await display.page.close({ runBeforeUnload: true });
    await expect(run.status).toHaveText('The room display is closed.');
  });

  test.describe('in Arabic', () => {
    test.use({ locale: 'ar' });

    test('speaks the facilitator’s language, right to left', async ({
      page,
      expectAccessible,
      saveScreenshot,
    }) => {
      const shell = new AppShell(page, expectAccessible);
      const run = new RunPage(page);
      await shell.open('run');
      const display = await run.openRoomDisplay();
      await display.waitForState();
      await expect(display.title).toHaveText('التحقّق من شاشة القاعة');
      await expect(display.page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expectAccessible(display.page);
      await saveScreenshot('ar-presenter', display.page);
    });
  });
});
