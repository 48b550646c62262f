/**
 * The run screen, the room display and the summary as a facilitator and a room see them: in
 * English, French and Arabic, on a 1366×768 laptop and a 1920×1080 projector-sized window. Each
 * view is checked with axe and saved as a screenshot to look at (tests/e2e/artifacts).
 */
import { AppShell } from './pages/AppShell';
import { RunPage } from './pages/RunPage';
import { expect, test } from './support/fixtures';

const PEOPLE = {
  en: ['Sam', 'Lee', 'Noor', 'Ari', 'Jo', 'Kim', 'Max', 'Ana'],
  fr: ['Camille', 'Louis', 'Inès', 'Hugo', 'Léa', 'Nora', 'Théo', 'Zoé'],
  ar: ['سلمى', 'ليلى', 'نور', 'آري', 'جود', 'كريم', 'مها', 'سامي'],
} as const;
const LOCALES = { en: 'en-US', fr: 'fr-FR', ar: 'ar' } as const;
const SIZES = [
  { name: '1366', width: 1366, height: 768 },
  { name: '1920', width: 1920, height: 1080 },
] as const;

for (const language of ['en', 'fr', 'ar'] as const) {
  test.describe(`the run screen in ${language}`, () => {
    test.use({ locale: LOCALES[language] });

    test('looks right on a laptop and a projector', async ({
      page,
      expectAccessible,
      saveScreenshot,
    }) => {
      test.slow();
      const shell = new AppShell(page, expectAccessible);
      const run = new RunPage(page);
      await page.setViewportSize(SIZES[0]);
      await shell.open('run');
      await saveScreenshot(`${language}-1366-run-start`);
      await page.getByTestId('adhoc-minutes').fill('45');
      await page.getByTestId('adhoc-start').click();
      for (const [index, name] of PEOPLE[language].entries()) await run.walkIn(name, index === 4);
      await expectAccessible(page);
      await saveScreenshot(`${language}-1366-run-setup`);
      await run.start();
      for (const name of PEOPLE[language].slice(1, 5)) {
        await page
          .getByTestId('person')
          .filter({ hasText: name })
          .getByTestId('toggle-hand')
          .click();
      }
      await page.getByTestId('next-speaker').click();
      await run.chooseMode('priority');
      await page.getByTestId('show-next-speaker').check();
      const display = await run.openRoomDisplay();
      await display.waitForState();
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await display.page.setViewportSize(size);
        await expectAccessible(page);
        await saveScreenshot(`${language}-${size.name}-run-live`);
        await saveScreenshot(`${language}-${size.name}-presenter-live`, display.page);
      }
      await page.getByTestId('open-shortcuts').click();
      await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
      await saveScreenshot(`${language}-1920-run-shortcuts`);
      await page.keyboard.press('Escape');
      await page.getByTestId('next-speaker').click();
      await run.endSession();
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await expectAccessible(page);
        await saveScreenshot(`${language}-${size.name}-run-summary`);
      }
      await expectAccessible(display.page);
    });
  });
}
