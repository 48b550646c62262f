/**
 * Readable exports (issue 7): a plan as Markdown and as a PDF, the icebreaker library as CSV,
 * and one member's notes as a PDF, each only after the passphrase is typed again, each saying
 * at its top that it is not encrypted. In a browser a file is a download and a PDF goes through
 * the print dialog, which can't be driven: window.print is replaced by a probe that records
 * what the page holds at the moment of printing.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { PlanEditorPage } from './pages/PlanEditorPage';
import { PASSPHRASE } from './pages/VaultPage';
import { expect, test } from './support/fixtures';

declare global {
  interface Window {
    __exportPrints?: { title: string; text: string; html: string; outsideApp: boolean }[];
  }
}

const WRONG = 'lantern meadow pebble violin harbour copper';
const NOTICE = 'This file is not encrypted: anyone who has it can read it.';

async function probePrinting(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__exportPrints = [];
    window.print = () => {
      const root = document.getElementById('print-root');
      window.__exportPrints?.push({
        title: document.title,
        text: root?.textContent ?? '',
        html: root?.innerHTML ?? '',
        outsideApp: root?.parentElement === document.body,
      });
    };
  });
}

async function printed(page: Page) {
  return page.evaluate(() => window.__exportPrints ?? []);
}

/** Every download the page starts, to show that a wrong passphrase starts none. */
function downloads(page: Page): Download[] {
  const seen: Download[] = [];
  page.on('download', (download) => seen.push(download));
  return seen;
}

async function contentOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** A wrong passphrase first: refused at the field, in words; then nothing has been written. */
async function refuseWrongPassphrase(dialog: Locator, seen: readonly Download[]): Promise<void> {
  const before = seen.length;
  await expect(dialog.getByTestId('export-warning')).toContainText('will not be encrypted');
  await dialog.getByTestId('export-passphrase').fill(WRONG);
  await dialog.getByTestId('export-confirm').click();
  await expect(dialog.getByTestId('export-passphrase')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toContainText('That passphrase is not right. Nothing was exported.');
  await expect(dialog.getByTestId('export-passphrase')).toBeFocused();
  await expect(dialog.getByTestId('export-passphrase')).toHaveValue('');
  expect(seen).toHaveLength(before);
}

/** What was printed, put back on the page as paper shows it, to look at. */
async function looksOnPaper(page: Page, html: string, look: () => Promise<unknown>): Promise<void> {
  await page.evaluate((printedHtml) => {
    const root = document.createElement('div');
    root.id = 'print-root';
    root.innerHTML = printedHtml;
    document.body.append(root);
  }, html);
  await page.emulateMedia({ media: 'print' });
  await look();
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => document.getElementById('print-root')?.remove());
}

async function confirmWith(dialog: Locator, passphrase = PASSPHRASE): Promise<void> {
  await dialog.getByTestId('export-passphrase').fill(passphrase);
  await dialog.getByTestId('export-confirm').click();
}

test('a plan, the library and a member’s notes go out readable, only after the passphrase', async ({
  page,
  expectAccessible,
  saveScreenshot,
}) => {
  test.slow();
  await probePrinting(page);
  const seen = downloads(page);
  const shell = new AppShell(page, expectAccessible);
  const groups = new GroupsPage(page);
  const editor = new PlanEditorPage(page);

  await shell.open('groups');
  await groups.createGroup('Thursday circle');
  await groups.addMember('Noor');
  await groups.newPlan('built-in:peer-support', { date: '2027-02-04' });
  await editor.title.fill('Circle #1 *Thursday*');
  await editor.title.press('Tab');
  const item = await editor.openDetails(0);
  await item.getByTestId('item-script').fill('# Welcome, *everyone*.\n- Phones away, please.');
  await editor.waitUntilSaved();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Circle #1 *Thursday*');

  // ---- the plan as Markdown ----
  await page.getByTestId('export-plan').click();
  const planDialog = page.getByTestId('export-plan-dialog');
  await expect(planDialog).toBeVisible();
  await planDialog.getByText('Markdown text file (.md)').click();
  await expect(planDialog.getByRole('radio', { name: 'Markdown text file (.md)' })).toBeChecked();
  await refuseWrongPassphrase(planDialog, seen);
  await expectAccessible(page);
  await saveScreenshot('en-export-confirm-wrong', page, { fullPage: false });
  const planDownload = page.waitForEvent('download');
  await confirmWith(planDialog);
  const markdownFile = await planDownload;
  expect(markdownFile.suggestedFilename()).toBe('Circle #1 Thursday 2027-02-04.md');
  const markdown = (await contentOf(markdownFile)).toString('utf8');
  const lines = markdown.split('\n');
  expect(lines[0]).toMatch(new RegExp(`^> \\*\\*${NOTICE} Exported from Circlekeeper on `));
  expect(lines[2]).toBe('# Circle \\#1 \\*Thursday\\*');
  expect(markdown).toContain('- **Group:** Thursday circle');
  expect(markdown).toContain('## Agenda');
  expect(markdown).toContain('> \\# Welcome, \\*everyone\\*.\\\n> \\- Phones away, please.');
  await expect(planDialog.getByTestId('export-status')).toHaveText(
    // The file name is isolated (FSI … PDI) so it reads right inside a sentence in any direction.
    'Saved as \u2068Circle #1 Thursday 2027-02-04.md\u2069. It is not encrypted: keep it somewhere safe.',
  );
  await planDialog.getByTestId('export-close').click();
  await expect(planDialog).toHaveCount(0);
  await expect(page.getByTestId('export-plan')).toBeFocused();

  // ---- the plan as a PDF: the whole plan, under the notice, alone in the print ----
  await page.getByTestId('export-plan').click();
  await expect(planDialog.getByRole('radio', { name: 'PDF document' })).toBeChecked();
  await confirmWith(planDialog);
  await expect(planDialog.getByTestId('export-status')).toHaveText(
    'The print dialog has opened. Choose “Save as PDF” or a printer. The PDF will not be encrypted.',
  );
  const [planPrint] = await printed(page);
  if (!planPrint) throw new Error('window.print was not called for the plan');
  expect(planPrint.outsideApp).toBe(true);
  expect(planPrint.title).toBe('Circle #1 Thursday 2027-02-04');
  expect(planPrint.text.startsWith(NOTICE)).toBe(true);
  expect(planPrint.text).toContain('Circle #1 *Thursday*');
  expect(planPrint.text).toContain('# Welcome, *everyone*.');
  await expect(page.locator('#print-root')).toHaveCount(0);
  await expect(page).toHaveTitle(/Circle #1/);
  await planDialog.getByTestId('export-close').click();

  await looksOnPaper(page, planPrint.html, () => saveScreenshot('en-export-plan-print'));

  // ---- the library as CSV, with a prompt of one's own that looks like a formula ----
  await shell.goTo('icebreakers');
  await page.getByTestId('write-own').click();
  await page.getByTestId('custom-text').fill('=1+1, or "what helped you" this week');
  await page.getByTestId('custom-save').click();
  await expect(page.getByTestId('custom-prompt')).toHaveCount(0);
  await page.getByTestId('export-library').click();
  const libraryDialog = page.getByTestId('export-library-dialog');
  await refuseWrongPassphrase(libraryDialog, seen);
  const libraryDownload = page.waitForEvent('download');
  await confirmWith(libraryDialog);
  const csvFile = await libraryDownload;
  expect(csvFile.suggestedFilename()).toMatch(/^Icebreakers \d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await contentOf(csvFile);
  // The UTF-8 byte order mark, for Excel.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString('utf8');
  const rows = csv.split('\r\n');
  // The date in the notice has a comma in English: the cell is quoted.
  expect(rows[0]).toMatch(new RegExp(`^"${NOTICE} Exported from Circlekeeper on [^"]+",,,,,,,$`));
  expect(rows[1]).toBe(',,,,,,,');
  expect(rows[2]).toBe(
    'Prompt,Source,How deep,Suits these groups,Minutes per round,Touches on,Favourite,Hidden',
  );
  expect(rows).toContain(
    `"'=1+1, or ""what helped you"" this week",Your own,Light,"Peer-led support group, 12-step style meeting, Grief and bereavement, Addiction recovery, Chronic illness, Mental health, Professional-led or clinic group, Other",10,,No,No`,
  );
  expect(rows.length).toBeGreaterThan(50);
  expect(rows.at(-1)).toBe('');
  await libraryDialog.getByTestId('export-close').click();

  // ---- one member's notes as a PDF, from the group's roster ----
  await shell.goTo('notes');
  await page.getByTestId('new-note').click();
  const note = page.getByTestId('note-editor');
  await note.getByTestId('note-group').selectOption({ label: 'Thursday circle' });
  await note.getByTestId('note-member').selectOption({ label: 'Noor' });
  await note.getByTestId('note-body').fill('Asked for the list of local services.');
  await note.getByTestId('note-tags').fill('follow-up');
  await expect(note.getByTestId('note-save')).toHaveAttribute('data-save', 'saved');
  await shell.goTo('groups');
  await groups.openGroup('Thursday circle');
  await groups.member('Noor').getByTestId('export-member-notes').click();
  const memberDialog = page.getByTestId('export-member-dialog');
  await expect(memberDialog.getByTestId('export-member-lead')).toHaveText(
    'The one note about Noor, with its date, session, incident flag and tags, as a PDF for a clinic’s record.',
  );
  await refuseWrongPassphrase(memberDialog, seen);
  await confirmWith(memberDialog);
  await expect(memberDialog.getByTestId('export-status')).toHaveText(
    'The print dialog has opened. Choose “Save as PDF” or a printer. The PDF will not be encrypted.',
  );
  const memberPrint = (await printed(page))[1];
  if (!memberPrint) throw new Error('window.print was not called for the notes');
  expect(memberPrint.text.startsWith(NOTICE)).toBe(true);
  expect(memberPrint.text).toContain('Notes about Noor');
  expect(memberPrint.text).toContain('Thursday circle');
  expect(memberPrint.text).toContain('Asked for the list of local services.');
  expect(memberPrint.text).toContain('#follow-up');
  expect(memberPrint.title).toMatch(/^Notes about Noor \d{4}-\d{2}-\d{2}$/);
  await memberDialog.getByTestId('export-close').click();
  await expectAccessible(page);
  await saveScreenshot('en-export-roster', page, { fullPage: false });
  await looksOnPaper(page, memberPrint.html, () => saveScreenshot('en-export-notes-print'));
  expect(seen).toHaveLength(2);
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar', viewport: { width: 1366, height: 768 } });

  test('the confirmation reads right to left, and a wrong passphrase is said in Arabic', async ({
    page,
    expectAccessible,
    saveScreenshot,
  }) => {
    const shell = new AppShell(page, expectAccessible);
    const groups = new GroupsPage(page);
    await shell.open('groups');
    expect(await shell.direction()).toBe('rtl');
    await groups.createGroup('دائرة الخميس');
    await groups.newPlan('built-in:peer-support', { date: '2027-02-04' });
    await page.getByTestId('export-plan').click();
    const dialog = page.getByTestId('export-plan-dialog');
    await expect(dialog.getByTestId('export-warning')).toContainText('لن يكون الملف مشفّرًا');
    await expectAccessible(page);
    await saveScreenshot('ar-export-confirm', page, { fullPage: false });
    await dialog.getByTestId('export-passphrase').fill(WRONG);
    await dialog.getByTestId('export-confirm').click();
    await expect(dialog).toContainText('عبارة المرور غير صحيحة. لم يُصدَّر شيء.');
    await saveScreenshot('ar-export-confirm-wrong', page, { fullPage: false });
  });
});
