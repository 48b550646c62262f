/**
 * The plan editor and the group page in the dark and high-contrast themes (a dim room, low
 * vision): axe finds no serious contrast or naming problem, an overrun and the undo bar included.
 */
import { AppShell } from './pages/AppShell';
import { GroupsPage } from './pages/GroupsPage';
import { PlanEditorPage } from './pages/PlanEditorPage';
import { SettingsPage } from './pages/SettingsPage';
import { expect, test } from './support/fixtures';

test('groups and plans stay readable in the dark and high-contrast themes', async ({
  page,
  expectAccessible,
  saveScreenshot,
}) => {
  const shell = new AppShell(page, expectAccessible);
  const groups = new GroupsPage(page);
  const editor = new PlanEditorPage(page);
  const settings = new SettingsPage(page);
  await shell.open('groups');
  await groups.createGroup('Evening circle');
  await groups.addMember('Sam');
  const groupUrl = page.url();
  await groups.newPlan('built-in:clinic-skills');
  const planUrl = page.url();
  // An overrun, an open item and an undo waiting: every state the eye has to read.
  await editor.item(0).getByTestId('item-minutes').fill('45');
  await editor.item(0).getByTestId('item-minutes').press('Tab');
  await expect(editor.timing).toHaveAttribute('data-fit', 'over');
  await editor.openDetails(1);
  await editor.item(2).getByTestId('remove-item').click();
  await expect(editor.undoButton).toBeVisible();

  for (const theme of ['dark', 'contrast'] as const) {
    await shell.goTo('settings');
    await settings.choose('theme', theme);
    await page.goto(planUrl);
    await expect(editor.timing).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(`en-plan-editor-${theme}`);
    await page.goto(groupUrl);
    await expect(groups.planRows).toHaveCount(1);
    await expectAccessible(page);
    await saveScreenshot(`en-group-${theme}`);
  }
});
