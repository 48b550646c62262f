import { expect, type Locator, type Page } from '@playwright/test';

/** The plan editor: details, the timed agenda, goals, ground rules and the plan's actions. */
export class PlanEditorPage {
  constructor(readonly page: Page) {}

  get items(): Locator {
    return this.page.getByTestId('agenda-item');
  }

  item(index: number): Locator {
    return this.items.nth(index);
  }

  async titles(): Promise<string[]> {
    return this.items
      .getByTestId('item-title')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  async starts(): Promise<string[]> {
    return this.items.getByTestId('item-start').allTextContents();
  }

  get title(): Locator {
    return this.page.getByTestId('plan-title');
  }

  get saved(): Locator {
    return this.page.locator('[data-testid="save-indicator"][data-save="saved"]');
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saved).toHaveCount(1);
  }

  get timing(): Locator {
    return this.page.getByTestId('timing-summary');
  }

  async openDetails(index: number): Promise<Locator> {
    const item = this.item(index);
    const toggle = item.getByTestId('item-details');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(item.getByTestId('item-script')).toBeVisible();
    return item;
  }

  /** Moves an item with the keyboard alone: focus in the row, then Alt+↑/↓, `times` times. */
  async moveWithKeyboard(index: number, direction: 'up' | 'down', times = 1): Promise<void> {
    await this.item(index).getByTestId('item-title').focus();
    for (let i = 0; i < times; i += 1) {
      await this.page.keyboard.press(direction === 'up' ? 'Alt+ArrowUp' : 'Alt+ArrowDown');
    }
  }

  get announcement(): Locator {
    return this.page.getByTestId('agenda-announcement');
  }

  async action(
    testId: 'duplicate-plan' | 'plan-next' | 'delete-plan' | 'save-template' | 'print-run-sheet',
  ): Promise<void> {
    await this.page.locator('.toolbar').getByTestId(testId).click();
  }

  get undoButton(): Locator {
    return this.page.getByTestId('undo');
  }
}
