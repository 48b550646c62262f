/**
 * Backups that can't lock you out (issue 7): a vault with a group, members, a plan, a finished
 * session and notes is backed up from Settings; the vault is deleted; the backup is restored on
 * the first-run screen with the passphrase, then in fresh browser profiles (new laptops) with
 * the passphrase and with the recovery key. Each time every encrypted row is back byte for
 * byte, and the app shows it all. On the way: a file that isn't a backup and a damaged one are
 * refused in words, and a wrong passphrase changes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { RunPage } from './pages/RunPage';
import { PASSPHRASE, VaultPage } from './pages/VaultPage';
import { CHROMIUM_ARGS, findChromium } from './support/chromium';
import { expect, test } from './support/fixtures';

const WORDS = {
  en: {
    locale: 'en-US',
    group: 'Monday recovery circle',
    members: ['Amal', 'Jonah', 'Rita'],
    note: 'Jonah asked for the meeting list for the holidays.',
    quick: 'Rita shared for the first time.',
  },
  ar: {
    locale: 'ar',
    group: 'دائرة التعافي يوم الاثنين',
    members: ['أمل', 'يونس', 'ريتا'],
    note: 'طلب يونس قائمة اللقاءات خلال العطلة.',
    quick: 'شاركت ريتا لأول مرة.',
  },
} as const;

/**
 * The automatic-backup status record is rewritten by the app after every backup attempt (the
 * one made from Settings included), so it is the one row that may differ from the file.
 */
const REWRITTEN = 'settings/auto-backup';

type Rows = Record<string, string[]>;

/** Every row of the vault's own database, per table, as the backup file spells rows. */
async function vaultRows(page: Page): Promise<Rows | null> {
  const rows = await page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
    const name = (await indexedDB.databases())
      .map((d) => d.name ?? '')
      .find((n) => n.startsWith('circlekeeper-vault-'));
    if (!name) return null;
    const db = await request(indexedDB.open(name));
    const dump: Record<string, string[]> = {};
    for (const store of [...db.objectStoreNames]) {
      const tx = db.transaction(store, 'readonly');
      const all = (await request(tx.objectStore(store).getAll())) as {
        id: string;
        updatedAt: number;
        record: { sv: number; keyId: string; nonce: Uint8Array; ct: Uint8Array };
        [clear: string]: unknown;
      }[];
      dump[store] = all.map(({ id, updatedAt, record, ...clear }) =>
        JSON.stringify([
          `${store}/${id}`,
          updatedAt,
          Object.entries(clear).sort(),
          record.sv,
          record.keyId,
          base64(record.nonce),
          base64(record.ct),
        ]),
      );
    }
    db.close();
    return dump;
  });
  return rows && withoutRewritten(rows);
}

/** The rows the backup file holds, spelled the same way. */
function fileRows(text: string): Rows {
  const file = JSON.parse(text) as {
    tables: Record<
      string,
      {
        id: string;
        updatedAt: number;
        clear: Record<string, unknown>;
        record: { sv: number; keyId: string; nonce: string; ct: string };
      }[]
    >;
  };
  return withoutRewritten(
    Object.fromEntries(
      Object.entries(file.tables).map(([table, rows]) => [
        table,
        rows.map((row) =>
          JSON.stringify([
            `${table}/${row.id}`,
            row.updatedAt,
            Object.entries(row.clear).sort(),
            row.record.sv,
            row.record.keyId,
            row.record.nonce,
            row.record.ct,
          ]),
        ),
      ]),
    ),
  );
}

function withoutRewritten(rows: Rows): Rows {
  return Object.fromEntries(
    Object.entries(rows)
      .map(([table, list]): [string, string[]] => [
        table,
        list.filter((row) => !row.startsWith(`["${REWRITTEN}"`)).sort(),
      ])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('restore-pick').click();
  await (await chooser).setFiles(path);
}

/** What the facilitator sees of the restored vault: the group, its plan, the session, notes. */
async function expectEverythingShown(page: Page, words: (typeof WORDS)['en' | 'ar']) {
  const shell = new AppShell(page, async () => undefined);
  const groups = new GroupsPage(page);
  await shell.goTo('groups');
  await groups.openGroup(words.group);
  for (const name of words.members) await expect(page.getByText(name).first()).toBeVisible();
  await expect(groups.planRows).toHaveCount(1);
  await shell.goTo('notes');
  await expect(page.getByTestId('note-row')).toHaveCount(2);
  await expect(page.getByTestId('note-row').filter({ hasText: words.note })).toHaveCount(1);
  await expect(page.getByTestId('note-row').filter({ hasText: words.quick })).toHaveCount(1);
}

for (const language of ['en', 'ar'] as const) {
  const words = WORDS[language];
  test.describe(`backup and restore in ${language}`, () => {
    test.use({ locale: words.locale });

    test('a backup brings everything back, with the passphrase and with the recovery key', async ({
      page,
      expectAccessible,
      saveScreenshot,
      profileDir,
      baseURL,
    }, testInfo) => {
      test.slow();
      const vault = new VaultPage(page);
      const shell = new AppShell(page, expectAccessible);
      const groups = new GroupsPage(page);
      const run = new RunPage(page);

      // ---- a vault worth keeping ----
      await page.goto('/#/groups');
      await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
      const recoveryKey = await vault.create();
      await vault.acknowledgeRecoveryKey();
      await shell.waitUntilReady();
      await groups.createGroup(words.group, 'peer-led');
      for (const name of words.members) await groups.addMember(name);
      await groups.newPlan('built-in:peer-support', { date: '2026-12-07' });
      await page.getByTestId('run-plan').click();
      await page.getByTestId('check-in-everyone').click();
      await run.start();
      await page.keyboard.press('Escape');
      await page.keyboard.press('j');
      const quick = page.getByTestId('quick-note');
      await quick.getByTestId('quick-note-body').fill(words.quick);
      await expect(quick.getByTestId('note-save')).toHaveAttribute('data-save', 'saved');
      await quick.getByTestId('quick-note-done').click();
      await run.endSession();
      await shell.goTo('notes');
      await page.getByTestId('new-note').click();
      await page.getByTestId('note-editor').getByTestId('note-body').fill(words.note);
      await expect(page.getByTestId('note-editor').getByTestId('note-save')).toHaveAttribute(
        'data-save',
        'saved',
      );

      // ---- backed up from Settings ----
      await shell.goTo('settings');
      const download = page.waitForEvent('download');
      await page.getByTestId('backup-now').click();
      const file = join(profileDir, '..', `ck-${language}-${testInfo.workerIndex}.ckbackup`);
      await (await download).saveAs(file);
      const text = await readFile(file, 'utf8');
      // Encrypted: no name or note in it, only the vault's label.
      for (const secret of [words.group, words.note, words.quick, ...words.members])
        expect(text).not.toContain(secret);
      const backedUp = fileRows(text);
      // The file holds the vault's rows as they are stored: ciphertexts and all.
      expect(await vaultRows(page)).toEqual(backedUp);
      expect(backedUp['notes']).toHaveLength(2);
      expect(backedUp['sessions']).toHaveLength(1);

      // Restoring its own backup into the open vault: a preview, and no secret needed.
      await chooseFile(page, file);
      await expect(page.getByTestId('backup-count-groups')).toBeVisible();
      await expect(page.getByTestId('backup-count-notes')).toContainText(
        language === 'en' ? '2 notes' : 'ملاحظتان',
      );
      await expect(page.getByTestId('restore-passphrase')).toHaveCount(0);
      await expectAccessible(page);
      await saveScreenshot(`${language}-restore-preview`);
      // Merged into itself: nothing new, and the vault locks at once so that no screen holds,
      // or writes back, what was there before; the lock screen says what was done.
      await page.getByTestId('restore-run').click();
      await vault.expectPhase('locked');
      await expect(page.getByTestId('restored-report')).toBeVisible();
      await saveScreenshot(`${language}-restore-locked`);
      await vault.unlock();
      await shell.waitUntilReady();
      await page.evaluate(() => (window.location.hash = '#/settings'));
      await expect(page.getByTestId('delete-vault-label')).toBeVisible();

      // ---- the vault is deleted ----
      await page.getByTestId('delete-vault-label').fill('Tuesday evening groups');
      await page.getByTestId('delete-vault').click();
      await vault.expectPhase('first-run');

      // ---- restored on the first-run screen, with the passphrase ----
      await page.getByTestId('restore-backup').click();
      // Another file, then a damaged copy: refused in words, nothing written.
      const notBackup = join(profileDir, '..', `ck-${language}-not-a-backup.txt`);
      await writeFile(notBackup, 'Shopping list: bread, tea');
      await chooseFile(page, notBackup);
      await expect(page.getByTestId('restore-file-error')).toBeVisible();
      const damaged = join(profileDir, '..', `ck-${language}-damaged.ckbackup`);
      await writeFile(damaged, text.slice(0, Math.floor(text.length * 0.7)));
      await chooseFile(page, damaged);
      await expect(page.getByTestId('restore-file-error')).toBeVisible();
      await saveScreenshot(`${language}-restore-damaged`);
      await chooseFile(page, file);
      await expect(page.getByTestId('backup-preview')).toBeVisible();
      await page.getByTestId('restore-passphrase').fill('not the passphrase at all');
      await page.getByTestId('restore-run').click();
      await expect(page.getByTestId('restore-passphrase')).toHaveAttribute('aria-invalid', 'true');
      expect(await vaultRows(page)).toBeNull();
      await expectAccessible(page);
      await saveScreenshot(`${language}-restore-new-vault`);
      await page.getByTestId('restore-passphrase').fill(PASSPHRASE);
      await page.getByTestId('restore-run').click();
      await vault.expectPhase('unlocked');
      expect(await vaultRows(page)).toEqual(backedUp);
      await expectEverythingShown(page, words);

      // ---- new laptops: fresh profiles, with the passphrase, then with the recovery key ----
      for (const secret of ['passphrase', 'recovery-key'] as const) {
        const fresh = await chromium.launchPersistentContext(`${profileDir}-new-${secret}`, {
          executablePath: findChromium(),
          headless: true,
          args: [...CHROMIUM_ARGS],
          locale: words.locale,
          ...(baseURL ? { baseURL } : {}),
        });
        try {
          const other = fresh.pages()[0] ?? (await fresh.newPage());
          await other.goto('/#/groups');
          const otherVault = new VaultPage(other);
          await otherVault.expectPhase('first-run');
          await other.getByTestId('restore-backup').click();
          await chooseFile(other, file);
          if (secret === 'passphrase') {
            await other.getByTestId('restore-passphrase').fill(PASSPHRASE);
          } else {
            await other.locator('label.choice').nth(1).click();
            await other.getByTestId('restore-recovery-key').fill(recoveryKey);
          }
          await other.getByTestId('restore-run').click();
          await otherVault.expectPhase('unlocked');
          expect(await vaultRows(other)).toEqual(backedUp);
          await expectEverythingShown(other, words);
          // Locked and opened again with the same passphrase: it is the same vault.
          await new AppShell(other, async () => undefined).lock();
          await otherVault.unlock(PASSPHRASE);
        } finally {
          await fresh.close();
        }
      }
    });
  });
}
