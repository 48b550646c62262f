import { expect, type Locator, type Page } from '@playwright/test';
import { PresenterPage } from './PresenterPage';

/** Digits in any script, to western. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** "12:05" or "1:02:05" (any digits) in seconds; negative when shown with "+" (overrun). */
export function clockSeconds(text: string): number {
  const western = westernDigits(text).trim();
  const parts = western
    .replace(/[^\d:]/g, '')
    .split(':')
    .map(Number);
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  return western.startsWith('+') ? -seconds : seconds;
}

/** The run screen: setting up, running and summing up a session. Language-neutral locators. */
export class RunPage {
  constructor(readonly page: Page) {}

  get roomDisplayButton(): Locator {
    return this.page.getByTestId('room-display-toggle');
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

  // ---- setting up ----

  get seats(): Locator {
    return this.page.getByTestId('seat');
  }

  seat(name: string): Locator {
    return this.seats.filter({ hasText: name });
  }

  async walkIn(alias: string, newcomer = true): Promise<void> {
    await this.page.getByTestId('walk-in-alias').fill(alias);
    await this.page.getByTestId('walk-in-newcomer').setChecked(newcomer);
    await this.page.getByTestId('walk-in-add').click();
    await expect(this.seat(alias)).toHaveCount(1);
  }

  /** Drags a seat by its handle onto another seat, with the mouse. */
  async dragSeat(from: number, to: number): Promise<void> {
    await this.seats.nth(from).getByTestId('drag-handle').hover();
    await this.page.mouse.down();
    const target = await this.seats.nth(to).boundingBox();
    if (!target) throw new Error('no such seat');
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, {
      steps: 8,
    });
    await this.page.mouse.up();
  }

  async seatNames(): Promise<string[]> {
    return this.seats.locator('.seat-name').allTextContents();
  }

  async start(): Promise<void> {
    await this.page.getByTestId('start-session').click();
    await expect(this.remaining).toBeVisible();
  }

  // ---- live ----

  get remaining(): Locator {
    return this.page.getByTestId('item-remaining');
  }

  get currentTitle(): Locator {
    return this.page.locator('.live-item-title');
  }

  /** The current item's time as shown, in seconds (negative when over). */
  async remainingSeconds(): Promise<number> {
    return clockSeconds((await this.remaining.textContent()) ?? '');
  }

  get announcer(): Locator {
    return this.page.getByTestId('session-announcer');
  }

  get currentSpeaker(): Locator {
    return this.page.getByTestId('current-speaker').locator('.speaker-name');
  }

  get waiting(): Locator {
    return this.page.getByTestId('waiting');
  }

  /** Presses a run-screen shortcut with nothing focused (as after Escape). */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async chooseMode(mode: 'raise-hand' | 'round' | 'priority'): Promise<void> {
    const index = ['raise-hand', 'round', 'priority'].indexOf(mode);
    await this.page.getByTestId('speaking-queue').locator('.choice').nth(index).click();
    await expect(
      this.page.getByTestId('speaking-queue').getByRole('radio').nth(index),
    ).toBeChecked();
  }

  /** Opens "Chimes and cues" on the live screen (it starts folded). */
  async openChimeSettings(): Promise<void> {
    const panel = this.page.locator('.chimes-panel');
    if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) {
      await panel.locator('summary').click();
    }
  }

  async endSession(): Promise<void> {
    await this.page.getByTestId('end-session').click();
    await this.page.getByTestId('confirm-end').click();
    await expect(this.page.getByTestId('session-summary')).toBeVisible();
  }
}
