/**
 * The run sheet on the desktop: the shell's printToPDF saves a PDF of the sheet alone, in the
 * plan's language and direction, with private preparation notes only when asked for. Each PDF
 * is rendered to PNG beside the screenshots, to be looked at.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { PlanEditorPage } from './pages/PlanEditorPage';
import { ARTIFACTS, expect, test } from './support/fixtures';
import { readPdf, renderPdf } from './support/pdf';

const LOCALES = { en: 'en-US', fr: 'fr-FR', ar: 'ar' } as const;
const GROUP = { en: 'Tuesday circle', fr: 'Cercle du mardi', ar: 'دائرة الثلاثاء' } as const;

for (const language of ['en', 'fr', 'ar'] as const) {
  test.describe(`the run sheet in ${language}`, () => {
    test.use({ locale: LOCALES[language] });

    test('prints the plan to a PDF, private notes only when asked', async ({
      page,
      desktop,
      expectAccessible,
      saveScreenshot,
    }) => {
      if (!desktop) throw new Error('the desktop project provides the shell');
      const shell = new AppShell(page, expectAccessible);
      const groups = new GroupsPage(page);
      const editor = new PlanEditorPage(page);
      await shell.open('groups');
      await groups.createGroup(GROUP[language]);
      await groups.newPlan('built-in:grief-circle', { date: '2027-01-12' });
      const title = await editor.title.inputValue();
      const private_ = `prep-note-${language}-${Date.now().toString(36)}`;
      const item = await editor.openDetails(1);
      await item.getByTestId('item-prep').fill(private_);
      await editor.waitUntilSaved();
      await saveScreenshot(`${language}-plan-editor-details`);

      // Without the private notes.
      await editor.action('print-run-sheet');
      const dialog = page.getByTestId('run-sheet-dialog');
      await expect(dialog).toBeVisible();
      await expectAccessible(page);
      await saveScreenshot(`${language}-run-sheet-dialog`);
      await dialog.getByTestId('print').click();
      const file = `${title} 2027-01-12.pdf`;
      await expect(dialog.getByTestId('run-sheet-status')).toContainText(file);
      const bytes = new Uint8Array(await readFile(join(desktop.saveDir, file)));
      expect(bytes.byteLength).toBeGreaterThan(1000);
      expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
      const pdf = await readPdf(bytes);
      await renderPdf(bytes, join(ARTIFACTS, 'screenshots', `desktop-${language}-run-sheet`));
      expect(pdf.title).toBe(title);
      expect(pdf.pages).toBe(1);
      // Chromium writes Arabic as shaped glyphs that don't read back as letters; the document
      // title above is exact in every language, and the date is in the text.
      if (language !== 'ar') expect(pdf.text).toContain(title);
      expect(pdf.text).toContain('2027');
      expect(pdf.text).not.toContain(private_);
      // The sheet alone: nothing of the app around it (its brand in the sidebar, the dialog).
      expect(pdf.text).not.toContain('Circlekeeper');
      // Printing mounted the sheet only for the print.
      await expect(page.locator('#print-root')).toHaveCount(0);

      // With them, when asked: a new file beside the first (the dialog picks the same name).
      await dialog.getByTestId('include-prep').check();
      await dialog.getByTestId('print').click();
      await expect(dialog.getByTestId('run-sheet-status')).toContainText(file);
      const withPrep = await readPdf(new Uint8Array(await readFile(join(desktop.saveDir, file))));
      expect(withPrep.text).toContain(private_);
      expect(await readdir(desktop.saveDir)).toEqual([file]);
    });
  });
}
