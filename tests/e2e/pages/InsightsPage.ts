import { expect, type Locator, type Page } from '@playwright/test';

/** Text as read, without the invisible marks (FSI, PDI) that isolate names in sentences. */
export function plain(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '').trim();
}

/** A group's insights: four charts, each with its table, and the people to check in with. */
export class InsightsPage {
  constructor(readonly page: Page) {}

  /** From the group's page, by its "Insights" link. */
  async openFromGroup(): Promise<void> {
    await this.page.getByTestId('group-insights').click();
    await expect(this.page.getByTestId('insights-screen')).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1 })).toBeFocused();
  }

  get empty(): Locator {
    return this.page.locator('.empty-state');
  }

  get basedOn(): Locator {
    return this.page.getByTestId('insights-based-on');
  }

  chart(name: 'attendance' | 'voice' | 'overruns' | 'kinds'): Locator {
    return this.page.getByTestId(`${name}-chart`).locator('svg[role="img"]');
  }

  /** Opens a chart's table with the keyboard, as its disclosure is meant to be used. */
  async openTable(name: 'attendance' | 'voice' | 'overruns' | 'kinds'): Promise<Locator> {
    const details = this.page.getByTestId(`${name}-table`);
    if ((await details.getAttribute('open')) === null) {
      await details.locator('summary').focus();
      await this.page.keyboard.press('Enter');
    }
    await expect(details).toHaveAttribute('open', '');
    return details.locator('table');
  }

  async openAllTables(): Promise<void> {
    for (const name of ['attendance', 'voice', 'overruns', 'kinds'] as const)
      await this.openTable(name);
  }

  /** The table's body rows, each as the text of its cells (row header first). */
  async rows(name: 'attendance' | 'voice' | 'overruns' | 'kinds'): Promise<string[][]> {
    const table = await this.openTable(name);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)),
      );
    return rows.map((row) => row.map(plain));
  }

  get stoppedComing(): Locator {
    return this.page.getByTestId('stopped-coming').locator('li');
  }

  get rarelySpeaks(): Locator {
    return this.page.getByTestId('rarely-speaks').locator('li');
  }

  /** "You might check in with …", under each list of people. */
  get suggestions(): Locator {
    return this.page.locator('.insights-suggestion');
  }

  /** The plain text of each element a locator finds. */
  async texts(locator: Locator): Promise<string[]> {
    return (await locator.allTextContents()).map(plain);
  }
}
