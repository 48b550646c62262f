import { expect, type Locator, type Page } from '@playwright/test';

/** Acceptable in every language's strength check: long, and words the lists don't all hold. */
export const PASSPHRASE = 'lantern meadow pebble violin harbour cobalt';
export const LABEL = 'Tuesday evening groups';

/** The screens before a vault is open, by test ids and roles, so every language works. */
export class VaultPage {
  constructor(readonly page: Page) {}

  get phase(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-vault');
  }

  async expectPhase(phase: 'first-run' | 'locked' | 'recovery-key' | 'unlocked'): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-vault', phase);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get error(): Locator {
    return this.page.locator('.form-error, .field-error').first();
  }

  async fillNewVault(label: string, passphrase: string, confirm = passphrase): Promise<void> {
    await this.page.getByTestId('vault-label').fill(label);
    await this.page.getByTestId('new-passphrase').fill(passphrase);
    await this.page.getByTestId('confirm-passphrase').fill(confirm);
  }

  async submitNewVault(): Promise<void> {
    await this.page.getByTestId('create-vault').click();
  }

  /** Creates a vault and resolves to the recovery key shown once. */
  async create(label = LABEL, passphrase = PASSPHRASE): Promise<string> {
    await this.fillNewVault(label, passphrase);
    await this.submitNewVault();
    await this.expectPhase('recovery-key');
    return (await this.page.getByTestId('recovery-key').textContent()) ?? '';
  }

  async acknowledgeRecoveryKey(): Promise<void> {
    await expect(this.page.getByTestId('recovery-continue')).toBeDisabled();
    // The visible label, as a person would; the input itself is visually hidden.
    await this.page.locator('label.checkbox').click();
    await expect(this.page.getByRole('checkbox')).toBeChecked();
    await this.page.getByTestId('recovery-continue').click();
    await this.expectPhase('unlocked');
  }

  async chooseVault(label: string): Promise<void> {
    await this.page.locator('label.choice', { hasText: label }).click();
    await expect(this.page.getByRole('radio', { name: label })).toBeChecked();
  }

  async tryUnlock(passphrase: string): Promise<void> {
    await this.page.getByTestId('unlock-passphrase').fill(passphrase);
    await this.page.getByTestId('unlock').click();
  }

  async unlock(passphrase = PASSPHRASE): Promise<void> {
    await this.tryUnlock(passphrase);
    await this.expectPhase('unlocked');
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.page.getByTestId('forgot').click();
    await this.page.getByTestId('recovery-key-input').fill(recoveryKey);
    await this.page.getByTestId('new-passphrase').fill(newPassphrase);
    await this.page.getByTestId('confirm-passphrase').fill(newPassphrase);
    await this.page.getByTestId('recover').click();
  }

  /** Whatever state the app opened in, ends with a vault open (creating one on first run). */
  async ensureOpen(): Promise<void> {
    await expect(this.page.locator('html[data-ready="true"]')).toHaveCount(1);
    const phase = await this.phase;
    if (phase === 'first-run') {
      await this.create();
      await this.acknowledgeRecoveryKey();
    } else if (phase === 'locked') {
      await this.unlock();
    }
  }
}
