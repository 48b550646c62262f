import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Backups: the warning in the app's frame and the section in Settings, by test ids. */
export class BackupPage {
  constructor(readonly page: Page) {}

  get warning(): Locator {
    return this.page.getByTestId('backup-warning');
  }

  get warningRegion(): Locator {
    return this.page.getByTestId('backup-warning-region');
  }

  get warningAction(): Locator {
    return this.page.getByTestId('backup-warning-action');
  }

  get status(): Locator {
    return this.page.getByTestId('backup-status');
  }

  get lastBackup(): Locator {
    return this.page.getByTestId('backup-last');
  }

  get section(): Locator {
    return this.page.locator('section.backup-settings');
  }

  async expectStatus(kind: 'ok' | 'due' | 'overdue' | 'failed' | 'not-set-up' | 'off') {
    await expect(this.status).toHaveAttribute('data-kind', kind);
  }

  /** Presses the warning's button and resolves to the file the browser downloads. */
  async downloadFromWarning(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.warningAction.click();
    return download;
  }
}
