import { expect, type Locator, type Page } from '@playwright/test';

/** The room's screen. */
export class PresenterPage {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get clock(): Locator {
    return this.page.locator('.presenter-clock');
  }

  async waitForState(): Promise<void> {
    await expect(this.clock).toBeVisible();
  }

  /** Seconds shown on the big clock (digits in any script). */
  async secondsShown(): Promise<number> {
    const text = (await this.clock.textContent()) ?? '';
    const western = text
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[^\d:]/g, '');
    const parts = western.split(':').map(Number);
    return parts.reduce((total, part) => total * 60 + part, 0);
  }
}
