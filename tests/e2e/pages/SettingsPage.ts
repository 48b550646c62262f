import { expect, type Locator, type Page } from '@playwright/test';

type Group = 'language' | 'theme' | 'textSize' | 'motion';

/** Settings, located by option values so the same steps work in every language. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  private group(group: Group): Locator {
    const index = { language: 0, theme: 1, textSize: 2, motion: 3 }[group];
    return this.page.getByRole('radiogroup').nth(index);
  }

  async choose(group: Group, value: string): Promise<void> {
    const option = this.group(group).locator(`label:has(input[type="radio"][value="${value}"])`);
    await option.click();
    await expect(option.locator('input')).toBeChecked();
  }

  async chooseLanguage(value: 'system' | 'en' | 'fr' | 'ar'): Promise<void> {
    await this.choose('language', value);
  }

  get version(): Locator {
    return this.page.getByTestId('app-version');
  }

  get hostKind(): Locator {
    return this.page.getByTestId('host-kind');
  }

  checked(group: Group): Locator {
    return this.group(group).locator('input[type="radio"]:checked');
  }
}
