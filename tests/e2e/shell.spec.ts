import { AppShell, AREAS } from './pages/AppShell';
import { VaultPage } from './pages/VaultPage';
import { expect, test } from './support/fixtures';

test.describe('the app shell', () => {
  test('opens on Groups & plans and reaches every area from the navigation', async ({
    page,
    expectAccessible,
    saveScreenshot,
  }) => {
    const shell = new AppShell(page, expectAccessible);
    await shell.open();
    await expect(shell.heading).toHaveText('Groups & plans');
    expect(await shell.language()).toBe('en');
    expect(await shell.direction()).toBe('ltr');
    await saveScreenshot('en-groups');
    for (const area of AREAS.slice(1)) {
      await shell.goTo(area);
      await expect(page).toHaveTitle(/· Circlekeeper$/);
      await saveScreenshot(`en-${area}`);
    }
  });

  test('is usable from the keyboard: skip link, then the navigation', async ({
    page,
    expectAccessible,
  }) => {
    const shell = new AppShell(page, expectAccessible);
    await shell.open();
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();

    // From the skip link, the next stop is the navigation.
    await skip.focus();
    await page.keyboard.press('Tab');
    await expect(shell.navLink('groups')).toBeFocused();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    await expect(shell.navLink('settings')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shell.heading).toHaveText('Settings');
    await expect(shell.heading).toBeFocused();
    // The current area's link takes focus back to its heading.
    await shell.navLink('settings').focus();
    await page.keyboard.press('Enter');
    await expect(shell.heading).toBeFocused();
  });

  test.describe('on a computer set to Arabic', () => {
    test.use({ locale: 'ar-EG' });

    test('reads right to left, with the navigation on the right', async ({
      page,
      expectAccessible,
      saveScreenshot,
    }) => {
      const shell = new AppShell(page, expectAccessible);
      await shell.open();
      expect(await shell.language()).toBe('ar');
      expect(await shell.direction()).toBe('rtl');
      await expect(shell.heading).toHaveText('المجموعات والجلسات');
      const nav = await page.locator('.sidebar').boundingBox();
      const main = await page.locator('#main').boundingBox();
      expect(nav && main && nav.x > main.x).toBe(true);
      await saveScreenshot('ar-groups');
      for (const area of AREAS.slice(1)) {
        await shell.goTo(area);
        await saveScreenshot(`ar-${area}`);
      }
    });
  });

  test.describe('on a computer set to French', () => {
    test.use({ locale: 'fr-FR' });

    test('speaks French', async ({ page, expectAccessible, saveScreenshot }) => {
      const shell = new AppShell(page, expectAccessible);
      await shell.open();
      expect(await shell.language()).toBe('fr');
      expect(await shell.direction()).toBe('ltr');
      await expect(shell.heading).toHaveText('Groupes et séances');
      await saveScreenshot('fr-groups');
      await shell.goTo('settings');
      await saveScreenshot('fr-settings');
    });
  });

  test.describe('on a computer in another language', () => {
    test.use({ locale: 'de-DE' });

    test('falls back to English', async ({ page, expectAccessible }) => {
      const shell = new AppShell(page, expectAccessible);
      await shell.open();
      expect(await shell.language()).toBe('en');
    });
  });

  test('an unknown address shows the first screen, not an error', async ({
    page,
    expectAccessible,
  }) => {
    const shell = new AppShell(page, expectAccessible);
    await page.goto('/#/no-such-place');
    await new VaultPage(page).ensureOpen();
    await shell.waitUntilReady();
    await expect(shell.heading).toHaveText('Groups & plans');
  });
});
