/**
 * Automatic backups on the desktop (issue 7), with the real preload API and main-process
 * handlers writing to a real folder, on Playwright's clock: the folder chosen in Settings gets a
 * backup at once; the next day's comes by itself at unlock and rotation keeps the newest, never
 * touching other files; a folder that went away shows a warning that stays until "Back up now"
 * succeeds.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppShell } from './pages/AppShell';
import { BackupPage } from './pages/BackupPage';
import { VaultPage } from './pages/VaultPage';
import { expect, test } from './support/fixtures';

const DAY = 86_400_000;
/** Monday 23 November 2026, 9:00 on this laptop's clock. */
const T0 = new Date(2026, 10, 23, 9, 0).getTime();
const NAME = /^circlekeeper-([a-z0-9]+)-(\d{8})-(\d{6})\.ckbackup$/;

const backupsIn = async (folder: string) =>
  (await readdir(folder)).filter((name) => NAME.test(name)).sort();

test.describe('automatic backups on the desktop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('into the chosen folder, rotated, and a warning while the folder is gone', async ({
    page,
    desktop,
    expectAccessible,
    saveScreenshot,
  }) => {
    if (!desktop) throw new Error('the desktop project provides the shell');
    test.slow();
    await page.clock.install({ time: T0 });
    const shell = new AppShell(page, expectAccessible);
    const vault = new VaultPage(page);
    const backups = new BackupPage(page);
    const folder = join(desktop.saveDir, 'Backups');
    await mkdir(folder);
    await writeFile(join(folder, 'minutes.txt'), 'not a backup');

    // ---- no folder yet: not set up, no warning ----
    await shell.open('settings');
    await backups.expectStatus('not-set-up');
    await expect(backups.warning).toHaveCount(0);

    // ---- a folder chosen: the first backup is written there at once ----
    desktop.nextFolderPath = folder;
    await page.getByTestId('backup-choose-folder').click();
    await expect(page.getByTestId('backup-folder')).toHaveText(folder);
    await backups.expectStatus('ok');
    const [first] = await backupsIn(folder);
    if (!first) throw new Error('no backup was written');
    const vaultId = NAME.exec(first)?.[1] ?? '';
    expect(await readFile(join(folder, first), 'utf8')).toMatch(
      /^\{"format":"circlekeeper-backup"/,
    );
    await expect(page.getByTestId('backup-written')).toContainText(first);

    // Keep two; older backups of this vault and another vault's are already there.
    const old = [`circlekeeper-${vaultId}-20261101-080000.ckbackup`];
    old.push(`circlekeeper-${vaultId}-20261102-080000.ckbackup`);
    const others = ['circlekeeper-a2b3c4d5e6f7g2h3-20261101-080000.ckbackup', 'minutes.txt'];
    for (const name of [...old, others[0] ?? '']) await writeFile(join(folder, name), 'older');
    await page.getByTestId('backup-keep').fill('2');
    await expect(page.getByTestId('backup-keep')).toHaveValue('2');
    // Saved once the typing stops, not at each keystroke.
    await expect(page.getByTestId('backup-keep-saved')).not.toBeEmpty();
    await expectAccessible(page);
    await saveScreenshot('en-1366-backups-settings-desktop');

    // ---- the next morning: backed up at unlock, without asking; the oldest two go ----
    await shell.lock();
    await page.clock.setSystemTime(T0 + DAY);
    await vault.unlock();
    await shell.waitUntilReady();
    await expect.poll(() => backupsIn(folder)).toHaveLength(3);
    const kept = await backupsIn(folder);
    expect(kept).toContain(first);
    expect(kept.filter((n) => n.includes(vaultId))).toHaveLength(2);
    expect(kept).toContain(others[0]);
    expect(await readdir(folder)).toContain('minutes.txt');
    await backups.expectStatus('ok');
    await expect(page.getByTestId('backup-written')).toContainText('2 older backups were removed');

    // ---- the folder is gone (a USB drive unplugged) the day after: a warning, calmly ----
    await rm(folder, { recursive: true });
    await shell.lock();
    await page.clock.setSystemTime(T0 + 2 * DAY);
    await vault.unlock();
    await shell.waitUntilReady();
    await expect(backups.warning).toBeVisible();
    await expect(backups.warning).toHaveAttribute('data-kind', 'failed');
    await backups.expectStatus('failed');
    await shell.goTo('groups');
    await expect(backups.warning).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot('en-1366-backup-warning-desktop', page, { fullPage: false });

    // Plugged back in: "Back up now" on the warning, and it goes.
    await mkdir(folder);
    await backups.warningAction.click();
    await expect(backups.warning).toHaveCount(0);
    await expect(page.getByTestId('backup-done')).toBeVisible();
    expect(await backupsIn(folder)).toHaveLength(1);
  });
});
