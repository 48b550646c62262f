/**
 * Notes, the icebreaker library and the safety card, as a facilitator uses them (issue 6), in
 * English and Arabic: icebreakers drawn for a grief group with "loss" left out (none drawn
 * carries it, none repeats), one added to a plan and shown in the run view and in the room; a
 * quick note in a live session (J), the safety card (S) with a crisis contact and an incident
 * note; notes outside a session with initials offered for another member's name, tags, search
 * (Arabic spelling variants) and filters. Canaries typed into notes, a custom prompt and a
 * crisis contact are then looked for in the browser profile: none may be found.
 */
import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { RunPage } from './pages/RunPage';
import { expect, test } from './support/fixtures';

const CANARY = {
  note: 'zebra-note-canary-4821',
  quick: 'zebra-quick-canary-2207',
  incident: 'zebra-incident-canary-7730',
  prompt: 'zebra-prompt-canary-9311',
  contact: 'zebra-contact-canary-5513',
} as const;

const WORDS = {
  en: {
    locale: 'en-US',
    group: 'Thursday grief circle',
    members: ['Samira', 'Noor', 'Leo'],
    note: 'Noor spoke about the hospital visit; Samira offered a lift next week.',
    // A prefix, without the accent-free spelling mattering in English.
    search: 'hosp',
    quick: 'Leo left early, check in by phone.',
    incident: 'Noor was very distressed during the sharing round; stayed after with her.',
    ownPrompt: 'One small thing that helped you this week',
  },
  ar: {
    locale: 'ar',
    group: 'دائرة الحزن يوم الخميس',
    members: ['سميرة', 'نور', 'ليلى'],
    note: 'تحدثت نور عن زيارة المستشفى، وعرضت سميرة أن توصلها الأسبوع القادم.',
    // Written with ya for alef maksura and without the article: still found.
    search: 'مستشفي',
    quick: 'غادرت ليلى مبكرا، سأتصل بها.',
    incident: 'كانت نور متأثرة جدا خلال جولة المشاركة، بقيت معها بعد اللقاء.',
    ownPrompt: 'شيء صغير ساعدكم هذا الأسبوع',
  },
} as const;

for (const language of ['en', 'ar'] as const) {
  const words = WORDS[language];
  test.describe(`notes, icebreakers and the safety card in ${language}`, () => {
    test.use({ locale: words.locale });

    test('a facilitator prepares, runs and writes it all down, and nothing leaks', async ({
      page,
      expectAccessible,
      saveScreenshot,
      closeAndScan,
    }) => {
      test.slow();
      const shell = new AppShell(page, expectAccessible);
      const groups = new GroupsPage(page);
      const run = new RunPage(page);

      await shell.open('groups');
      await groups.createGroup(words.group, 'grief');
      for (const name of words.members) await groups.addMember(name);
      await groups.newPlan('built-in:grief-circle', { date: '2026-12-03' });

      // ---- the library: draws for this grief group, "loss" left out ----
      await shell.goTo('icebreakers');
      await page.getByTestId('draw-group').selectOption({ label: words.group });
      await expect(page.getByTestId('prompt-group-kind')).toHaveValue('grief');
      await page.locator('.notes-exclude summary').click();
      await page.getByTestId('exclude-loss').check();
      await expect(page.getByTestId('prompt').first()).toBeVisible();
      for (const notes of await page
        .getByTestId('prompt')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-notes') ?? '')))
        expect(notes.split(' ')).not.toContain('loss');
      const drawn: string[] = [];
      for (let i = 0; i < 12; i += 1) {
        await page.getByTestId('draw').click();
        const card = page.getByTestId('drawn-prompt');
        await expect(card).toBeVisible();
        const id = await card.getAttribute('data-prompt-id');
        await expect.poll(async () => card.getAttribute('data-prompt-id')).not.toBe(drawn.at(-1));
        expect((await card.getAttribute('data-notes'))?.split(' ')).not.toContain('loss');
        expect((await card.getAttribute('data-depth')) ?? '').toMatch(/light|moderate|deep/);
        drawn.push((await card.getAttribute('data-prompt-id')) ?? id ?? '');
      }
      // Twelve draws from a pool of dozens: none repeated.
      expect(new Set(drawn).size).toBe(12);
      await expectAccessible(page);
      await saveScreenshot(`${language}-icebreakers-draw`);

      // The last one drawn goes on the plan's check-in item.
      const chosen = await page.getByTestId('drawn-prompt').locator('.prompt-text').innerText();
      await page.getByTestId('drawn-prompt').getByTestId('add-to-plan-open').click();
      const add = page.getByTestId('add-to-plan');
      await expect(add.getByTestId('add-item')).toBeVisible();
      await add.getByTestId('add-item').selectOption({ index: 2 });
      await add.getByTestId('add-confirm').click();
      await expect(add.getByTestId('added')).not.toBeEmpty();
      await add.getByTestId('add-close').click();

      // A prompt of one's own, found by search, made a favourite.
      await page.getByTestId('write-own').click();
      await page.getByTestId('custom-text').fill(`${words.ownPrompt} ${CANARY.prompt}`);
      await page.getByTestId('custom-save').click();
      await expect(page.getByTestId('custom-prompt')).toHaveCount(0);
      await page.getByTestId('prompt-search').fill(CANARY.prompt);
      await expect(page.getByTestId('prompt')).toHaveCount(1);
      await page.getByTestId('prompt').getByTestId('favourite').click();
      await expect(page.getByTestId('prompt').getByTestId('favourite')).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await page.getByTestId('prompt-search').fill('');

      // ---- the plan shows the prompt on its item, and the session runs it ----
      await shell.goTo('groups');
      await groups.openGroup(words.group);
      await groups.planRows.first().getByRole('link').click();
      const details = page.getByTestId('agenda-item').nth(2);
      await details.getByTestId('item-details').click();
      await expect(details.getByTestId('item-prompt-text')).toHaveText(chosen);
      await expectAccessible(page);
      await saveScreenshot(`${language}-plan-item-prompt`);
      await page.getByTestId('run-plan').click();
      await page.getByTestId('check-in-everyone').click();
      await run.start();
      await page.getByTestId('next-item').click();
      await page.getByTestId('next-item').click();
      await expect(page.getByTestId('current-prompt')).toHaveText(chosen);
      const display = await run.openRoomDisplay();
      await display.waitForState();
      await expect(display.page.getByTestId('room-prompt')).toHaveCount(0);
      await page.getByTestId('show-prompt').click();
      await expect(page.getByTestId('show-prompt')).toHaveAttribute('aria-pressed', 'true');
      await expect(display.page.getByTestId('room-prompt')).toContainText(chosen);

      // ---- a quick note by its key: stamped, saved as typed, the timer running on ----
      await page.keyboard.press('Escape');
      await page.keyboard.press('j');
      const quick = page.getByTestId('quick-note');
      await expect(quick).toBeVisible();
      await expect(quick.getByTestId('quick-note-body')).toBeFocused();
      await expect(quick.getByTestId('quick-note-stamp')).toBeVisible();
      await page.keyboard.type(`${words.quick} ${CANARY.quick}`);
      await expect(quick.getByTestId('note-save')).toHaveAttribute('data-save', 'saved');
      await expectAccessible(page);
      await saveScreenshot(`${language}-run-quick-note`, page, { fullPage: false });
      await quick.getByTestId('quick-note-done').click();
      await expect(quick).toHaveCount(0);

      // ---- the safety card by its key: a contact, the script, an incident note ----
      await page.keyboard.press('Escape');
      await page.keyboard.press('s');
      const card = page.getByTestId('safety-card');
      await expect(card).toBeVisible();
      await expect(card.getByTestId('no-contacts')).toBeVisible();
      await expect(card.getByTestId('grounding-script')).not.toBeEmpty();
      await expect(card.getByTestId('edit-contacts')).toBeEnabled();
      await card.getByTestId('edit-contacts').click();
      // A contact without a number is refused, in words, and nothing is lost.
      await card.getByTestId('contact-name').fill(`Crisis line ${CANARY.contact}`);
      await card.getByTestId('add-contact').click();
      await expect(card.getByTestId('contact-phone')).toHaveAttribute('aria-invalid', 'true');
      await expect(card.getByTestId('contact-name')).toHaveValue(`Crisis line ${CANARY.contact}`);
      await card.getByTestId('contact-phone').fill('+33 1 45 39 40 00');
      await card.getByTestId('add-contact').click();
      await card.getByTestId('edit-contacts').click();
      await expect(card.getByTestId('contact-list')).toContainText(CANARY.contact);
      await expect(card.getByTestId('contact-list')).toContainText('+33 1 45 39 40 00');
      await expectAccessible(page);
      await saveScreenshot(`${language}-safety-card`, page, { fullPage: false });
      await card.getByTestId('incident-note').click();
      const incident = page.getByTestId('quick-note');
      await expect(incident).toBeVisible();
      await expect(incident.getByTestId('quick-note-incident')).toBeChecked();
      await incident.getByTestId('quick-note-body').fill(`${words.incident} ${CANARY.incident}`);
      await expect(incident.getByTestId('note-save')).toHaveAttribute('data-save', 'saved');
      await incident.getByTestId('quick-note-done').click();
      // The room never saw any of it.
      for (const text of [CANARY.quick, CANARY.incident, CANARY.contact])
        await expect(display.page.locator('body')).not.toContainText(text);

      // ---- notes outside the session ----
      await shell.goTo('notes');
      await expect(page.getByTestId('note-row')).toHaveCount(2);
      await page.getByTestId('new-note').click();
      const editor = page.getByTestId('note-editor');
      await editor.getByTestId('note-group').selectOption({ label: words.group });
      await editor.getByTestId('note-member').selectOption({ label: words.members[1] });
      await editor.getByTestId('note-body').fill(`${words.note} ${CANARY.note}`);
      // Another member's name in a member's note: initials are offered, and used.
      await expect(editor.getByTestId('use-initials')).toHaveCount(1);
      await editor.getByTestId('use-initials').click();
      await expect(editor.getByTestId('note-body')).not.toHaveValue(new RegExp(words.members[0]));
      await expect(editor.getByTestId('note-body')).toHaveValue(
        new RegExp(`${words.members[0].slice(0, 1)}\\.`),
      );
      await editor.getByTestId('note-tags').fill('follow-up, lift');
      await expect(editor.getByTestId('note-save')).toHaveAttribute('data-save', 'saved');
      await expect(page.getByTestId('note-row')).toHaveCount(3);
      await expectAccessible(page);
      await saveScreenshot(`${language}-notes-journey`);

      // Search: the note by a variant spelling, the quick note by its words.
      await page.getByTestId('notes-search').fill(words.search);
      await expect(page.getByTestId('note-row')).toHaveCount(1);
      await expect(page.getByTestId('note-row')).toContainText(words.note.slice(0, 20));
      await page.getByTestId('notes-search').fill(CANARY.quick);
      await expect(page.getByTestId('note-row')).toHaveCount(1);
      await page.getByTestId('notes-search').fill('');
      await page.getByTestId('notes-show').selectOption('incident');
      await expect(page.getByTestId('note-row')).toHaveCount(1);
      await expect(page.getByTestId('note-row')).toContainText(words.incident.slice(0, 20));
      await page.getByTestId('notes-show').selectOption('all');
      await page.getByTestId('notes-tag').selectOption('lift');
      await expect(page.getByTestId('note-row')).toHaveCount(1);

      // The safety card from the navigation too.
      await page.getByTestId('open-safety').click();
      await expect(page.getByTestId('safety-card')).toBeVisible();
      await page.getByTestId('close-safety').click();

      await display.page.close();
      expect(await closeAndScan(Object.values(CANARY))).toEqual([]);
    });
  });
}
