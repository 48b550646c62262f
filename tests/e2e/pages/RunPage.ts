import { expect, type Locator, type Page } from '@playwright/test';
import { PresenterPage } from './PresenterPage';

export class RunPage {
  constructor(readonly page: Page) {}

  get roomDisplayButton(): Locator {
    return this.page.locator('#room-check-title').locator('..').getByRole('button');
  }

  get status(): Locator {
    return this.page.getByTestId('room-display-status');
  }

  /** Opens the room display; resolves to the new display window (a popup or a desktop window). */
  async openRoomDisplay(): Promise<PresenterPage> {
    const opened = this.page.context().waitForEvent('page');
    await this.roomDisplayButton.click();
    const display = await opened;
    await display.waitForLoadState();
    await expect(this.status).not.toBeEmpty();
    return new PresenterPage(display);
  }

  async closeRoomDisplay(): Promise<void> {
    await this.roomDisplayButton.click();
  }
}
