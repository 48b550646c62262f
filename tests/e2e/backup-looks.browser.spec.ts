/**
 * The backup and restore screens as a facilitator sees them, in English, French and Arabic on a
 * 1366×768 laptop, checked with axe and saved to look at; on the way, one group is backed up
 * on its own and its file previewed as one group's backup, holding only that group.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { VaultPage } from './pages/VaultPage';
import { expect, test } from './support/fixtures';

const TEXT = {
  en: { locale: 'en-US', groups: ['Tuesday peer support', 'Grief circle'], one: 'One group.' },
  fr: {
    locale: 'fr-FR',
    groups: ['Groupe d’entraide du mardi', 'Cercle de deuil'],
    one: 'Un seul groupe.',
  },
  ar: { locale: 'ar', groups: ['مجموعة الدعم يوم الثلاثاء', 'دائرة الحزن'], one: 'مجموعة واحدة.' },
} as const;

for (const language of ['en', 'fr', 'ar'] as const) {
  const text = TEXT[language];
  test.describe(`backup and restore screens in ${language}`, () => {
    test.use({ locale: text.locale, viewport: { width: 1366, height: 768 } });

    test('look right, and one group goes in a file of its own', async ({
      page,
      expectAccessible,
      saveScreenshot,
      profileDir,
    }) => {
      test.slow();
      const shell = new AppShell(page, expectAccessible);
      const groups = new GroupsPage(page);
      await shell.open('groups');
      for (const name of text.groups) {
        // Back to the list of groups (a group's page has its own link to it, in the breadcrumb).
        await page.evaluate(() => (window.location.hash = '#/groups'));
        await groups.createGroup(name, 'peer-led');
      }

      await shell.goTo('settings');
      await page.getByTestId('group-backup-group').selectOption({ label: text.groups[1] });
      const download = page.waitForEvent('download');
      await page.getByTestId('group-backup').click();
      const file = join(profileDir, '..', `ck-looks-${language}.ckbackup`);
      await (await download).saveAs(file);
      await expect(page.getByTestId('group-backup-message')).not.toBeEmpty();
      const json = JSON.parse(await readFile(file, 'utf8')) as {
        scope: { kind: string };
        counts: Record<string, number>;
      };
      expect(json.scope.kind).toBe('group');
      expect(json.counts['groups']).toBe(1);

      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('restore-pick').click();
      await (await chooser).setFiles(file);
      await expect(page.getByTestId('backup-preview')).toContainText(text.one);
      await expect(page.getByTestId('backup-count-groups')).toBeVisible();
      await page
        .locator('label.choice')
        .filter({ hasText: /Replace|Remplacer|استبدال/ })
        .click();
      await expect(page.getByTestId('restore-replace-confirm')).toBeVisible();
      await expectAccessible(page);
      await page.locator('.backup-settings').scrollIntoViewIfNeeded();
      await saveScreenshot(`${language}-1366-backups`, page, { fullPage: false });
      await page.getByTestId('backup-preview').scrollIntoViewIfNeeded();
      await saveScreenshot(`${language}-1366-restore-into-vault`, page, { fullPage: false });

      await shell.lock();
      await page.getByTestId('restore-backup').click();
      const again = page.waitForEvent('filechooser');
      await page.getByTestId('restore-pick').click();
      await (await again).setFiles(file);
      await expect(page.getByTestId('restore-passphrase')).toBeVisible();
      await expectAccessible(page);
      await saveScreenshot(`${language}-1366-restore-lock-screen`);
      await page.getByTestId('restore-cancel').click();
      await new VaultPage(page).expectPhase('locked');
    });
  });
}
