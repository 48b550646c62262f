import { expect, type Locator, type Page } from '@playwright/test';
import { VaultPage } from './VaultPage';

export type Area = 'groups' | 'run' | 'notes' | 'icebreakers' | 'settings';
export const AREAS: readonly Area[] = ['groups', 'run', 'notes', 'icebreakers', 'settings'];

/** The app's frame: navigation, headings, language and direction. Language-neutral locators. */
export class AppShell {
  constructor(
    readonly page: Page,
    private readonly checkAccessible: (page: Page) => Promise<void>,
  ) {}

  /** Opens the app at an area, creating (first run) or unlocking the vault on the way. */
  async open(area: Area = 'groups'): Promise<void> {
    await this.page.goto(`/#/${area}`);
    await new VaultPage(this.page).ensureOpen();
    await this.waitUntilReady();
    await this.checkAccessible(this.page);
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('html[data-ready="true"]')).toHaveCount(1);
    await expect(this.page.locator('nav')).toBeVisible();
    await expect(this.heading).toBeVisible();
  }

  async waitUntilLocked(): Promise<void> {
    await new VaultPage(this.page).expectPhase('locked');
    await expect(this.page.locator('nav')).toHaveCount(0);
  }

  async lock(): Promise<void> {
    await this.page.getByTestId('lock').click();
    await new VaultPage(this.page).expectPhase('locked');
  }

  navLink(area: Area): Locator {
    return this.page.locator(`nav a[href="#/${area}"]`);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Moves to an area through the navigation, as the facilitator would, and checks the screen. */
  async goTo(area: Area): Promise<void> {
    await this.navLink(area).click();
    await expect(this.navLink(area)).toHaveAttribute('aria-current', 'page');
    await expect(this.heading).toBeFocused();
    await this.checkAccessible(this.page);
  }

  async direction(): Promise<string | null> {
    return this.page.locator('html').getAttribute('dir');
  }

  async language(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
