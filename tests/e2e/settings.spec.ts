import { AppShell } from './pages/AppShell';
import { SettingsPage } from './pages/SettingsPage';
import { VaultPage } from './pages/VaultPage';
import { expect, test } from './support/fixtures';

test.describe('settings', () => {
  test('switches the language at once, keeps it after a restart, and can follow the computer again', async ({
    page,
    expectAccessible,
    saveScreenshot,
  }) => {
    const shell = new AppShell(page, expectAccessible);
    const settings = new SettingsPage(page);
    await shell.open('settings');
    await settings.chooseLanguage('ar');
    await expect(shell.heading).toHaveText('الإعدادات');
    expect(await shell.direction()).toBe('rtl');
    await expectAccessible(page);
    await saveScreenshot('ar-settings');

    // A reload locks the vault; the language stays.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('افتح خزنتك');
    await new VaultPage(page).unlock();
    await shell.waitUntilReady();
    await expect(shell.heading).toHaveText('الإعدادات');

    await settings.chooseLanguage('fr');
    await expect(shell.heading).toHaveText('Réglages');
    expect(await shell.direction()).toBe('ltr');

    await settings.chooseLanguage('system');
    await expect(shell.heading).toHaveText('Settings');
  });

  test('offers light, dark and high-contrast themes that stay accessible', async ({
    page,
    expectAccessible,
    saveScreenshot,
  }) => {
    const shell = new AppShell(page, expectAccessible);
    const settings = new SettingsPage(page);
    await shell.open('settings');
    for (const theme of ['dark', 'contrast', 'light'] as const) {
      await settings.choose('theme', theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectAccessible(page);
      await saveScreenshot(`en-settings-${theme}`);
    }
    await shell.goTo('groups');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('grows the text for people who need it', async ({ page, expectAccessible }) => {
    const shell = new AppShell(page, expectAccessible);
    const settings = new SettingsPage(page);
    await shell.open('settings');
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await rootSize()).toBe('16px');
    await settings.choose('textSize', 'largest');
    expect(await rootSize()).toBe('24px');
    await expectAccessible(page);
  });

  test('can reduce motion whatever the computer says', async ({ page, expectAccessible }) => {
    const shell = new AppShell(page, expectAccessible);
    const settings = new SettingsPage(page);
    await shell.open('settings');
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
    await settings.choose('motion', 'reduce');
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
    const transition = await page
      .locator('.nav-link')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(transition).toBe('0s');
  });

  test.describe('on a computer that asks for reduced motion and dark colours', () => {
    test.use({ reducedMotion: 'reduce', colorScheme: 'dark' });

    test('follows it by default', async ({ page, expectAccessible }) => {
      const shell = new AppShell(page, expectAccessible);
      await shell.open('settings');
      await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  });

  test('says which version is running and how', async ({ page, expectAccessible, hostKind }) => {
    const shell = new AppShell(page, expectAccessible);
    const settings = new SettingsPage(page);
    await shell.open('settings');
    await expect(settings.version).toHaveText(/^\d+\.\d+\.\d+/);
    await expect(settings.hostKind).toHaveText(
      hostKind === 'desktop' ? 'Desktop app' : 'Browser preview',
    );
  });
});
