import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { PlanEditorPage } from './pages/PlanEditorPage';
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

  test('shows a live session and nothing confidential, and keeps running under the curtain', async ({
    page,
    expectAccessible,
    saveScreenshot,
  }) => {
    const shell = new AppShell(page, expectAccessible);
    const groups = new GroupsPage(page);
    const editor = new PlanEditorPage(page);
    const run = new RunPage(page);
    await shell.open('groups');
    await groups.createGroup('Thursday circle', 'peer-led');
    await groups.addMember('CanaryAliasZed');
    await groups.addMember('CanaryAliasYun');
    await groups.newPlan('built-in:peer-support');
    const details = await editor.openDetails(0);
    await details.getByTestId('item-script').fill('CanaryScriptText');
    await details.getByTestId('item-prep').fill('CanaryPrepNote');
    await editor.waitUntilSaved();
    const firstTitle = await editor.item(0).getByTestId('item-title').inputValue();
    const secondTitle = await editor.item(1).getByTestId('item-title').inputValue();

    await page.getByTestId('run-plan').click();
    await page.getByTestId('check-in-everyone').click();
    await run.walkIn('CanaryWalkInQ');
    await run.start();
    // The facilitator sees the script; the room will not.
    await expect(page.getByTestId('current-script')).toHaveText('CanaryScriptText');

    const display = await run.openRoomDisplay();
    await display.waitForState();
    await expect(display.title).toHaveText(firstTitle);
    await expect(display.page.getByText(secondTitle)).toBeVisible();
    const first = await display.secondsShown();
    expect(first).toBeGreaterThan(4 * 60);
    await expect.poll(() => display.secondsShown(), { timeout: 5000 }).toBeLessThan(first);
    const hidden = ['CanaryAlias', 'CanaryWalkIn', 'CanaryScript', 'CanaryPrep'];
    for (const canary of hidden) expect(await display.page.content()).not.toContain(canary);

    // The next speaker's alias, only once the facilitator turns it on.
    await page
      .getByTestId('person')
      .filter({ hasText: 'CanaryAliasZed' })
      .getByTestId('toggle-hand')
      .click();
    await expect(run.waiting).toHaveCount(1);
    await page.waitForTimeout(300);
    expect(await display.page.content()).not.toContain('CanaryAliasZed');
    await page.getByTestId('show-next-speaker').check();
    await expect(display.page.getByText('CanaryAliasZed')).toBeVisible();
    const shown = await display.page.content();
    for (const canary of ['CanaryAliasYun', 'CanaryWalkIn', 'CanaryScript', 'CanaryPrep']) {
      expect(shown).not.toContain(canary);
    }
    await expectAccessible(display.page);
    await saveScreenshot('en-presenter-live', display.page);

    // Under the privacy curtain the names and the script are hidden here; the room display
    // goes on counting down, and moving on still reaches it.
    await page.getByTestId('lower-curtain').click();
    await expect(page.getByTestId('current-script')).toHaveCount(0);
    await expect(page.getByTestId('speaking-queue')).toHaveCount(0);
    const underCurtain = await display.secondsShown();
    await expect.poll(() => display.secondsShown(), { timeout: 5000 }).toBeLessThan(underCurtain);
    await page.getByTestId('next-item').click();
    await expect(display.title).toHaveText(secondTitle);
  });
});
