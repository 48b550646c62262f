/**
 * The notes, icebreakers and safety-card screens as a facilitator sees them, in English, French
 * and Arabic on a 1366×768 laptop: each checked with axe and saved as a screenshot to look at
 * (tests/e2e/artifacts). The journeys themselves are in notes.spec.ts.
 */
import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { expect, test } from './support/fixtures';

const TEXT = {
  en: {
    locale: 'en-US',
    group: 'Tuesday peer support',
    members: ['Camille', 'Noor'],
    note: 'Noor asked for the list of local services.\nBring the leaflet next week.',
    contact: 'Samaritans',
  },
  fr: {
    locale: 'fr-FR',
    group: 'Groupe d’entraide du mardi',
    members: ['Camille', 'Inès'],
    note: 'Inès a demandé la liste des services du quartier.\nApporter la brochure la semaine prochaine.',
    contact: 'SOS Amitié',
  },
  ar: {
    locale: 'ar',
    group: 'مجموعة الدعم يوم الثلاثاء',
    members: ['سلمى', 'نور'],
    note: 'طلبت نور قائمة الخدمات المحلية.\nإحضار المطوية الأسبوع القادم.',
    contact: 'خط المساندة النفسية',
  },
} as const;

for (const language of ['en', 'fr', 'ar'] as const) {
  const text = TEXT[language];
  test.describe(`notes, icebreakers and safety card in ${language}`, () => {
    test.use({ locale: text.locale, viewport: { width: 1366, height: 768 } });

    test('look right', async ({ page, expectAccessible, saveScreenshot }) => {
      test.slow();
      const shell = new AppShell(page, expectAccessible);
      const groups = new GroupsPage(page);
      await shell.open('groups');
      await groups.createGroup(text.group, 'peer-led');
      for (const name of text.members) await groups.addMember(name);
      await expect(page.getByTestId('group-confidentiality')).toBeVisible();

      await shell.goTo('notes');
      await saveScreenshot(`${language}-1366-notes-empty`);
      await page.getByTestId('new-note').click();
      await page.getByTestId('note-group').selectOption({ label: text.group });
      await page.getByTestId('note-member').selectOption({ label: text.members[1] });
      await page.getByTestId('note-body').fill(`${text.note} ${text.members[0]}`);
      await page.getByTestId('note-tags').fill('follow-up');
      await expect(page.getByTestId('use-initials')).toBeVisible();
      await expect(page.getByTestId('note-save')).toHaveAttribute('data-save', 'saved');
      await page.getByTestId('retention-months').selectOption('12');
      await expect(page.getByTestId('retention-due')).toBeVisible();
      await expectAccessible(page);
      await saveScreenshot(`${language}-1366-notes`);

      await shell.goTo('icebreakers');
      await page.getByTestId('draw').click();
      await expect(page.getByTestId('drawn-prompt')).toBeVisible();
      await expectAccessible(page);
      await saveScreenshot(`${language}-1366-icebreakers`);
      await page.getByTestId('write-own').click();
      await expect(page.getByTestId('custom-prompt')).toBeVisible();
      await expectAccessible(page);
      await saveScreenshot(`${language}-1366-icebreakers-own`, page, { fullPage: false });
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+Shift+S');
      const card = page.getByTestId('safety-card');
      await expect(card).toBeVisible();
      await card.getByTestId('edit-contacts').click();
      await card.getByTestId('contact-name').fill(text.contact);
      await card.getByTestId('contact-phone').fill('09 72 39 40 50');
      await card.getByTestId('contact-note').fill('24/7');
      await card.getByTestId('add-contact').click();
      await expectAccessible(page);
      await saveScreenshot(`${language}-1366-safety-edit`, page, { fullPage: false });
      await card.getByTestId('edit-contacts').click();
      await expect(card.getByTestId('contact-list')).toContainText(text.contact);
      await expectAccessible(page);
      await saveScreenshot(`${language}-1366-safety-card`, page, { fullPage: false });
    });
  });
}
