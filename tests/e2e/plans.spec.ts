/**
 * Groups and session plans, in English and in Arabic: a group with its members, a plan from
 * every template, editing and reordering with the keyboard alone (and by dragging), duplicating,
 * planning the next session, undoing deletions, and nothing typed left in clear on disk.
 */
import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { PlanEditorPage } from './pages/PlanEditorPage';
import { LABEL } from './pages/VaultPage';
import { expect, test } from './support/fixtures';

const TEMPLATES = [
  'peer-support',
  'twelve-step-style',
  'smart-style',
  'grief-circle',
  'chronic-illness',
  'clinic-skills',
] as const;

const WORDS = {
  en: {
    group: 'Tuesday evening circle',
    member: 'Sam',
    renamed: 'Opening words',
    template: 'Our Tuesday format',
  },
  ar: {
    group: 'دائرة مساء الثلاثاء',
    member: 'سلمى',
    renamed: 'كلمة الافتتاح',
    template: 'صيغة الثلاثاء',
  },
} as const;

for (const language of ['en', 'ar'] as const) {
  test.describe(`groups and plans in ${language}`, () => {
    test.use({ locale: language === 'ar' ? 'ar' : 'en-US' });
    const words = WORDS[language];

    test('creates a group with members and a plan from each template', async ({
      page,
      expectAccessible,
      saveScreenshot,
    }) => {
      const shell = new AppShell(page, expectAccessible);
      const groups = new GroupsPage(page);
      await shell.open('groups');
      expect(await shell.direction()).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await saveScreenshot(`${language}-groups-empty`);

      await groups.createGroup(words.group, 'grief');
      await expect(shell.heading).toBeFocused();
      // The group starts with the default ground rules of its language.
      await expect(page.getByTestId('group-rules').locator('input')).toHaveCount(6);

      await groups.addMember(words.member);
      await groups.addMember('Lee');
      // A full name gets a gentle hint, not a refusal.
      await page.getByTestId('new-member-name').fill('Marie Dupont');
      await expect(page.getByTestId('new-member-name')).toHaveAccessibleDescription(/.+/);
      await page.getByTestId('new-member-name').fill('');
      await groups.member('Lee').getByTestId('member-pronouns').fill('they/them');
      await groups.member('Lee').getByTestId('member-newcomer').uncheck();

      // The usual time accepts how people write it, and says so when it isn't a time.
      const time = page.getByTestId('group-time');
      await time.fill('25:00');
      await time.press('Tab');
      await expect(time).toHaveAttribute('aria-invalid', 'true');
      await time.fill('18h30');
      await time.press('Tab');
      await expect(time).toHaveValue('18:30');
      await expect(time).not.toHaveAttribute('aria-invalid');
      await page.getByTestId('group-day').selectOption('2');
      await expectAccessible(page);

      const editor = new PlanEditorPage(page);
      for (const template of TEMPLATES) {
        const look = async () => {
          await expectAccessible(page);
          await saveScreenshot(`${language}-new-plan-dialog`);
        };
        await groups.newPlan(
          `built-in:${template}`,
          template === 'peer-support' ? { beforeCreate: look } : {},
        );
        expect((await editor.titles()).length).toBeGreaterThan(3);
        // Every built-in template fits its intended length, and starts at the group's time.
        await expect(editor.timing).toHaveAttribute('data-fit', 'exact');
        await expect(page.getByTestId('plan-start')).toHaveValue('18:30');
        await expect(page.locator('h1')).toHaveAttribute('lang', language);
        if (template === 'peer-support') {
          await expectAccessible(page);
          await saveScreenshot(`${language}-plan-editor`);
        }
        await groups.backToGroup();
      }
      await expect(groups.planRows).toHaveCount(TEMPLATES.length);
      await saveScreenshot(`${language}-group`);

      // Everything is still there after locking and opening the vault again.
      await page.reload();
      await shell.open('groups');
      await groups.openGroup(words.group);
      await expect(groups.planRows).toHaveCount(TEMPLATES.length);
      await expect(groups.members).toHaveCount(2);
      await expect(groups.member('Lee').getByTestId('member-pronouns')).toHaveValue('they/them');
      await expect(groups.member('Lee').getByTestId('member-newcomer')).not.toBeChecked();
      await expect(page.getByTestId('group-time')).toHaveValue('18:30');

      // Archive: the group moves under the archived ones, plans and all.
      await page.getByTestId('archive-group').click();
      await page.locator('.breadcrumb a').first().click();
      await expect(groups.card(words.group)).toHaveCount(0);
      await page.locator('.disclosure').click();
      await expect(groups.card(words.group)).toHaveCount(1);
      await groups.openGroup(words.group);
      await page.getByTestId('archive-group').click();

      // Delete asks first; Escape keeps the group; confirming deletes it, and undo restores it.
      await page.getByTestId('delete-group').click();
      await expect(page.getByTestId('delete-group-dialog')).toBeVisible();
      await expectAccessible(page);
      await saveScreenshot(`${language}-delete-group-dialog`);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('delete-group-dialog')).toHaveCount(0);
      await expect(page.getByTestId('delete-group')).toBeFocused();
      await page.getByTestId('delete-group').click();
      await page.getByTestId('confirm-delete-group').click();
      await expect(groups.cards).toHaveCount(0);
      await page.getByTestId('undo').click();
      await expect(groups.card(words.group)).toHaveCount(1);
      await groups.openGroup(words.group);
      await expect(groups.planRows).toHaveCount(TEMPLATES.length);
    });

    test('keeps every edit when the facilitator leaves the screen or locks the vault', async ({
      page,
      expectAccessible,
    }) => {
      const shell = new AppShell(page, expectAccessible);
      const groups = new GroupsPage(page);
      const editor = new PlanEditorPage(page);
      await shell.open('groups');
      await groups.createGroup(words.group);
      await groups.newPlan('built-in:smart-style');
      const planUrl = page.url();

      // Text that can't be stored yet, and text that can, then straight to another screen.
      const start = page.getByTestId('plan-start');
      await start.fill('25:00');
      await start.press('Tab');
      await expect(start).toHaveAttribute('aria-invalid', 'true');
      const item = await editor.openDetails(0);
      await item.getByTestId('item-script').fill('Words typed a moment ago');
      await shell.goTo('settings');
      await page.goto(planUrl);
      await expect(start).toHaveValue('25:00');
      await expect(start).toHaveAttribute('aria-invalid', 'true');
      await editor.openDetails(0);
      await expect(editor.item(0).getByTestId('item-script')).toHaveValue(
        'Words typed a moment ago',
      );

      // Typing, then locking at once (the shortcut): the edit is written before the keys go.
      await page.getByTestId('plan-venue').fill('Room 12, second floor');
      // Locking reloads the page once the edit is written: wait for that fresh page.
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('ControlOrMeta+l')]);
      await shell.waitUntilLocked();
      await shell.open('groups');
      await page.goto(planUrl);
      await expect(page.getByTestId('plan-venue')).toHaveValue('Room 12, second floor');
      await editor.openDetails(0);
      await expect(editor.item(0).getByTestId('item-script')).toHaveValue(
        'Words typed a moment ago',
      );
      // The start time that was never valid was never stored: the last valid one is.
      await expect(start).toHaveValue(/^\d{2}:\d{2}$/);

      // Save this plan as the facilitator's own template, and start a new plan from it.
      const itemCount = await editor.items.count();
      await editor.action('save-template');
      const save = page.getByTestId('save-template-dialog');
      await save.getByTestId('template-name').fill(words.template);
      await save.getByTestId('confirm-save-template').click();
      await expect(save.getByRole('status')).toContainText(words.template);
      await page.keyboard.press('Escape');
      await expect(save).toHaveCount(0);
      await groups.backToGroup();
      await page.getByTestId('new-plan').click();
      await groups.savedTemplate(words.template).check();
      await expectAccessible(page);
      await page.getByTestId('create-plan').click();
      await expect(editor.title).toHaveValue(words.template);
      await expect(editor.items).toHaveCount(itemCount);
      await expect(page.getByTestId('plan-venue')).toHaveValue('');
      await editor.openDetails(0);
      await expect(editor.item(0).getByTestId('item-script')).toHaveValue(
        'Words typed a moment ago',
      );

      // A saved template can be deleted from the dialog, and the deletion undone.
      await groups.backToGroup();
      await page.getByTestId('new-plan').click();
      const dialog = page.getByTestId('new-plan-dialog');
      await dialog
        .locator('.template-option')
        .filter({ hasText: words.template })
        .getByTestId('delete-template')
        .click();
      await expect(groups.savedTemplate(words.template)).toHaveCount(0);
      // The app's undo bar is behind the modal dialog: the dialog offers its own.
      await dialog.getByTestId('undo-template').click();
      await expect(groups.savedTemplate(words.template)).toHaveCount(1);
      await expect(dialog.getByTestId('undo-template')).toHaveCount(0);
    });

    test('edits and reorders a plan by keyboard alone, duplicates it and plans the next session', async ({
      page,
      expectAccessible,
      saveScreenshot,
      closeAndScan,
    }) => {
      const stamp = Date.now().toString(36);
      const canaries = {
        alias: `AliasCanary${stamp}`,
        goal: `goal-canary-${stamp}-هدف`,
        script: `script-canary-${stamp}-نص`,
        note: `private-canary-${stamp}-ملاحظة`,
      };
      const shell = new AppShell(page, expectAccessible);
      const groups = new GroupsPage(page);
      const editor = new PlanEditorPage(page);
      await shell.open('groups');
      await groups.createGroup(words.group);
      await groups.addMember(canaries.alias);
      await groups.newPlan('built-in:peer-support', { date: '2027-03-02' });

      const before = await editor.titles();
      const startsBefore = await editor.starts();
      expect(before.length).toBeGreaterThan(4);

      // Rename the first item by keyboard.
      const firstTitle = editor.item(0).getByTestId('item-title');
      await firstTitle.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(words.renamed);
      await page.keyboard.press('Tab');
      await expect(firstTitle).toHaveValue(words.renamed);

      // A zero duration is refused at the field, in the facilitator's language; 20 is taken.
      const minutes = editor.item(0).getByTestId('item-minutes');
      await minutes.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('0');
      await page.keyboard.press('Tab');
      await expect(minutes).toHaveAttribute('aria-invalid', 'true');
      await expect(editor.item(0).locator('.field-error')).toBeVisible();
      await saveScreenshot(`${language}-plan-invalid-minutes`);
      await minutes.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('20');
      await page.keyboard.press('Tab');
      await expect(minutes).not.toHaveAttribute('aria-invalid');
      // The next item now starts later, and the plan runs over.
      await expect(editor.timing).toHaveAttribute('data-fit', 'over');
      expect((await editor.starts())[1]).not.toBe(startsBefore[1]);

      // An empty title is refused too; the last title is kept.
      await firstTitle.fill('');
      await firstTitle.press('Tab');
      await expect(firstTitle).toHaveAttribute('aria-invalid', 'true');
      await firstTitle.fill(words.renamed);
      await firstTitle.press('Tab');

      // A start time that isn't a time; then one written the French way.
      const start = page.getByTestId('plan-start');
      await start.fill('7 heures');
      await start.press('Tab');
      await expect(start).toHaveAttribute('aria-invalid', 'true');
      await start.fill('19h15');
      await start.press('Tab');
      await expect(start).toHaveValue('19:15');

      // Reorder with Alt+↓ twice: the item moves, keeps the focus, and the move is announced.
      await editor.moveWithKeyboard(0, 'down', 2);
      const moved = await editor.titles();
      expect(moved[2]).toBe(words.renamed);
      expect(moved[0]).toBe(before[1]);
      await expect(editor.announcement).toContainText(words.renamed);
      await expect(editor.item(2).getByTestId('item-title')).toBeFocused();
      // And with the move-up button, from the keyboard.
      await editor.item(2).getByTestId('move-up').focus();
      await page.keyboard.press('Enter');
      expect((await editor.titles())[1]).toBe(words.renamed);
      await expect(editor.item(1).getByTestId('move-up')).toBeFocused();

      // The script and the private notes, opened from the keyboard.
      await editor.item(1).getByTestId('item-details').focus();
      await page.keyboard.press('Enter');
      await expect(editor.item(1).getByTestId('item-details')).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      await editor.item(1).getByTestId('item-script').fill(canaries.script);
      await editor.item(1).getByTestId('item-prep').fill(canaries.note);
      await page.getByTestId('plan-goals').getByRole('button').last().press('Enter');
      await page.keyboard.type(canaries.goal);
      await page.keyboard.press('Tab');
      await editor.waitUntilSaved();
      await expectAccessible(page);
      await saveScreenshot(`${language}-plan-editing`);
      const edited = await editor.titles();

      // Drag an item by its handle with the mouse.
      await editor.item(0).getByTestId('drag-handle').hover();
      await page.mouse.down();
      const target = await editor.item(3).boundingBox();
      if (!target) throw new Error('no target');
      await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, {
        steps: 8,
      });
      await page.mouse.up();
      await expect.poll(async () => (await editor.titles())[3]).toBe(edited[0]);
      const dragged = await editor.titles();
      expect(dragged.slice(0, 3)).toEqual(edited.slice(1, 4));

      // Duplicate: a new plan with the same agenda, opened in the editor.
      const planUrl = page.url();
      await editor.action('duplicate-plan');
      await expect(page).not.toHaveURL(planUrl);
      expect(await editor.titles()).toEqual(dragged);
      await expect(editor.item(0)).toBeVisible();

      // Plan the next session: a week later, same agenda, without the private notes.
      await editor.action('plan-next');
      await expect(page.getByTestId('plan-date')).toHaveValue('2027-03-09');
      expect(await editor.titles()).toEqual(dragged);
      const index = dragged.indexOf(words.renamed);
      await editor.openDetails(index);
      await expect(editor.item(index).getByTestId('item-prep')).toHaveValue('');
      await expect(editor.item(index).getByTestId('item-script')).toHaveValue(canaries.script);

      // Remove an item, then undo with the Undo button.
      const count = (await editor.titles()).length;
      await editor.item(0).getByTestId('remove-item').click();
      await expect(editor.items).toHaveCount(count - 1);
      await expect(editor.undoButton).toBeVisible();
      await expectAccessible(page);
      await saveScreenshot(`${language}-plan-undo`);
      await editor.undoButton.click();
      await expect(editor.items).toHaveCount(count);
      expect(await editor.titles()).toEqual(dragged);

      // Delete this plan; undo brings it back to the group's list (Ctrl+Z this time).
      await editor.action('delete-plan');
      await expect(page.getByTestId('new-plan')).toBeVisible();
      await expect(groups.planRows).toHaveCount(2);
      await page.locator('body').press('ControlOrMeta+z');
      await expect(groups.planRows).toHaveCount(3);
      await expect(editor.undoButton).toBeHidden();

      // Delete a member and undo.
      await groups.member(canaries.alias).getByTestId('remove-member').click();
      await expect(groups.members).toHaveCount(0);
      await editor.undoButton.click();
      await expect(groups.member(canaries.alias)).toHaveCount(1);
      await expect(page.locator('[data-testid="save-indicator"][data-save="saved"]')).toHaveCount(
        1,
      );

      const hits = await closeAndScan([...Object.values(canaries), LABEL]);
      expect(hits.filter((hit) => hit.canary !== LABEL)).toEqual([]);
      // The positive control: the vault's label is stored in clear, and the scan finds it.
      expect(hits.some((hit) => hit.canary === LABEL)).toBe(true);
    });
  });
}
