/**
 * The run sheet in a browser (the preview `npm start` serves where Electron can't run): the
 * browser's print dialog is the printer, and it prints the sheet alone, in the plan's language.
 * The dialog itself can't be driven, so window.print is replaced by a probe that records what
 * the page holds at the moment of printing.
 */
import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { PlanEditorPage } from './pages/PlanEditorPage';
import { expect, test } from './support/fixtures';

declare global {
  interface Window {
    __printed?: {
      title: string;
      lang: string | null;
      dir: string | null;
      text: string;
      outsideApp: boolean;
    }[];
  }
}

test('sends the run sheet alone to the print dialog, in the plan’s language', async ({
  page,
  expectAccessible,
}) => {
  await page.addInitScript(() => {
    window.__printed = [];
    window.print = () => {
      const root = document.getElementById('print-root');
      const sheet = root?.firstElementChild ?? null;
      window.__printed?.push({
        title: document.title,
        lang: sheet?.getAttribute('lang') ?? null,
        dir: sheet?.getAttribute('dir') ?? null,
        text: root?.textContent ?? '',
        outsideApp: root?.parentElement === document.body,
      });
    };
  });
  const shell = new AppShell(page, expectAccessible);
  const groups = new GroupsPage(page);
  const editor = new PlanEditorPage(page);
  await shell.open('groups');
  await groups.createGroup('Thursday group');
  // An Arabic plan, prepared in the English app.
  await groups.newPlan('built-in:chronic-illness', { language: 'ar', date: '2027-02-04' });
  const title = await editor.title.inputValue();
  const item = await editor.openDetails(0);
  await item.getByTestId('item-prep').fill('bring-the-key-canary');

  await editor.action('print-run-sheet');
  const dialog = page.getByTestId('run-sheet-dialog');
  await dialog.getByTestId('print').click();
  await expect(dialog.getByTestId('run-sheet-status')).not.toBeEmpty();
  const [printed] = await page.evaluate(() => window.__printed ?? []);
  if (!printed) throw new Error('window.print was not called');
  expect(printed.title).toBe(`${title} 2027-02-04`);
  expect(printed.lang).toBe('ar');
  expect(printed.dir).toBe('rtl');
  expect(printed.text).toContain(title);
  expect(printed.text).not.toContain('bring-the-key-canary');
  expect(printed.outsideApp).toBe(true);
  // Afterwards: the sheet is gone, and the tab has its title back.
  await expect(page.locator('#print-root')).toHaveCount(0);
  await expect(page).toHaveTitle(new RegExp(title));
  await expectAccessible(page);

  // On paper, the app itself is not printed: only what is in #print-root.
  await page.emulateMedia({ media: 'print' });
  expect(
    await page.evaluate(
      () => getComputedStyle(document.getElementById('root') as HTMLElement).display,
    ),
  ).toBe('none');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#root')).toBeVisible();
});
