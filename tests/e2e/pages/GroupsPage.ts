import { expect, type Locator, type Page } from '@playwright/test';

/** The "Groups & plans" area: the list of groups and one group's page. Language-neutral. */
export class GroupsPage {
  constructor(readonly page: Page) {}

  get cards(): Locator {
    return this.page.getByTestId('group-card');
  }

  card(name: string): Locator {
    return this.cards.filter({ hasText: name });
  }

  async createGroup(name: string, kind?: string): Promise<void> {
    await this.page.getByTestId('new-group').click();
    const dialog = this.page.getByTestId('new-group-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('group-name').fill(name);
    if (kind) await dialog.getByTestId('group-kind').selectOption(kind);
    await dialog.getByTestId('create-group').click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(name);
  }

  async openGroup(name: string): Promise<void> {
    await this.card(name).getByRole('link').click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(name);
  }

  // ---- one group ----

  get members(): Locator {
    return this.page.getByTestId('member');
  }

  member(name: string): Locator {
    return this.members.filter({ has: this.page.locator(`input[value="${name}"]`) });
  }

  async addMember(name: string): Promise<void> {
    await this.page.getByTestId('new-member-name').fill(name);
    await this.page.getByTestId('add-member').click();
    await expect(this.page.getByTestId('new-member-name')).toHaveValue('');
    await expect(this.member(name)).toHaveCount(1);
  }

  get planRows(): Locator {
    return this.page.getByTestId('plan-row');
  }

  planRow(title: string): Locator {
    return this.planRows.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  /**
   * Starts a plan from a template ("built-in:peer-support", "saved:<id>", "blank") and waits for
   * the editor.
   */
  async newPlan(
    template: string,
    options: { language?: string; date?: string; beforeCreate?: () => Promise<void> } = {},
  ): Promise<void> {
    await this.page.getByTestId('new-plan').click();
    const dialog = this.page.getByTestId('new-plan-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId(`template-${template}`).check();
    if (options.language) await dialog.getByTestId('plan-language').selectOption(options.language);
    if (options.date) await dialog.getByTestId('new-plan-date').fill(options.date);
    if (options.beforeCreate) await options.beforeCreate();
    await dialog.getByTestId('create-plan').click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByTestId('agenda')).toBeVisible();
  }

  /** The radio of a saved template in the new-plan dialog, by the template's name. */
  savedTemplate(name: string): Locator {
    return this.page
      .getByTestId('new-plan-dialog')
      .locator('.template-option')
      .filter({ hasText: name })
      .locator('input[type="radio"]');
  }

  async backToGroup(): Promise<void> {
    await this.page.locator('.breadcrumb a').last().click();
    await expect(this.page.getByTestId('new-plan')).toBeVisible();
  }

  async setRule(position: number, text: string): Promise<void> {
    await this.page
      .getByTestId('group-rules')
      .locator('input')
      .nth(position - 1)
      .fill(text);
  }
}
