/**
 * Automatic backups in a browser (issue 7), on Playwright's clock, in English and in Arabic: a
 * new vault is due its first backup but not warned about; opened again a day and a few hours
 * later, a calm warning stands on every screen (never on the room display) until a backup is
 * downloaded from it; then Settings says when the last one was, and the warning stays away
 * after the next unlock. Settings' Backups section and the warning are saved as screenshots.
 */
import { readFile } from 'node:fs/promises';
import { AppShell } from './pages/AppShell';
import { BackupPage } from './pages/BackupPage';
import { RunPage } from './pages/RunPage';
import { VaultPage } from './pages/VaultPage';
import { expect, test } from './support/fixtures';

const HOUR = 3_600_000;
/** Monday 23 November 2026, 9:00 on this laptop's clock. */
const T0 = new Date(2026, 10, 23, 9, 0).getTime();

const WORDS = {
  en: {
    locale: 'en-US',
    never: 'Last backup: none yet',
    overdue: 'more than a day',
    today: 'Last backup: today at',
  },
  ar: {
    locale: 'ar',
    never: 'آخر نسخة احتياطية: لا توجد بعد',
    overdue: 'منذ أكثر من يوم',
    today: 'آخر نسخة احتياطية: اليوم في',
  },
} as const;

for (const language of ['en', 'ar'] as const) {
  const words = WORDS[language];
  test.describe(`automatic backups in ${language}`, () => {
    test.use({ locale: words.locale, viewport: { width: 1366, height: 768 } });

    test('an overdue backup is shown on every screen until one is downloaded', async ({
      page,
      expectAccessible,
      saveScreenshot,
    }) => {
      test.slow();
      await page.clock.install({ time: T0 });
      const shell = new AppShell(page, expectAccessible);
      const vault = new VaultPage(page);
      const backups = new BackupPage(page);
      const run = new RunPage(page);

      // ---- a new vault: its first backup is due, nothing warns yet ----
      await shell.open('settings');
      await backups.expectStatus('due');
      await expect(backups.lastBackup).toHaveText(words.never);
      // The browser can't choose a folder: it says backups are offered as downloads.
      await expect(page.getByTestId('backup-choose-folder')).toHaveCount(0);
      await expect(page.getByTestId('backup-automatic')).toBeChecked();
      await expect(backups.warning).toHaveCount(0);
      await expectAccessible(page);
      await saveScreenshot(`${language}-1366-backups-settings`);

      // ---- a day and three hours later the app is opened again ----
      await shell.lock();
      await page.clock.setSystemTime(T0 + 27 * HOUR);
      await vault.unlock();
      await shell.waitUntilReady();
      await expect(backups.warning).toBeVisible();
      await expect(backups.warning).toHaveAttribute('data-kind', 'overdue');
      await expect(backups.warning).toContainText(words.overdue);
      await expect(backups.warning).toContainText(words.never);
      // A polite live region, there before the warning filled it, so it is announced once; only
      // its words, so the buttons are not read again when a label changes.
      const announcer = page.getByTestId('backup-warning-announcer');
      await expect(announcer).toHaveAttribute('role', 'status');
      await expect(announcer).toContainText(words.overdue);
      await expect(backups.warningRegion).not.toHaveAttribute('role', 'status');
      await backups.expectStatus('overdue');

      // It stands on every screen.
      await shell.goTo('groups');
      await expect(backups.warning).toBeVisible();
      await expectAccessible(page);
      await saveScreenshot(`${language}-1366-backup-warning`, page, { fullPage: false });
      await shell.goTo('notes');
      await expect(backups.warning).toBeVisible();

      // Never on the room display.
      await shell.goTo('run');
      await expect(backups.warning).toBeVisible();
      const display = await run.openRoomDisplay();
      await display.waitForState();
      await expect(display.page.getByTestId('backup-warning-region')).toHaveCount(0);
      await expect(display.page.getByText(words.overdue)).toHaveCount(0);
      await run.closeRoomDisplay();
      await expect.poll(() => display.page.isClosed()).toBe(true);

      // ---- downloaded from the warning: it goes, and says so ----
      const download = await backups.downloadFromWarning();
      expect(download.suggestedFilename()).toMatch(
        /^circlekeeper-[a-z0-9]+-20261124-\d{6}\.ckbackup$/,
      );
      const text = await readFile(await download.path(), 'utf8');
      expect(text.startsWith('{"format":"circlekeeper-backup"')).toBe(true);
      await expect(backups.warning).toHaveCount(0);
      await expect(page.getByTestId('backup-done')).toBeFocused();

      await shell.goTo('settings');
      await backups.expectStatus('ok');
      await expect(backups.lastBackup).toContainText(words.today);

      // Remembered, encrypted, in the vault: the next unlock the same day shows no warning.
      await shell.lock();
      await page.clock.setSystemTime(T0 + 30 * HOUR);
      await vault.unlock();
      await shell.waitUntilReady();
      await backups.expectStatus('ok');
      await expect(backups.warning).toHaveCount(0);
    });
  });
}
