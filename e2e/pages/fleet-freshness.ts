import { expect, type Locator, type Page } from '@playwright/test';

/** The picker's line saying how fresh the fleet snapshot is ("Fleet read 20 sec. ago · Refresh"). */
export class FleetFreshnessLine {
  readonly readAt: Locator;
  readonly refreshButton: Locator;
  readonly refreshing: Locator;

  constructor(page: Page) {
    const section = page.getByRole('region', { name: 'Instances', exact: true });
    this.readAt = section.getByText(/^Fleet read /);
    this.refreshButton = section.getByRole('button', { name: 'Refresh', exact: true });
    this.refreshing = section.getByText('Refreshing…', { exact: true });
  }

  /** Press Refresh; the line says Refreshing… until the read lands, then offers Refresh again. */
  async refresh(): Promise<void> {
    await this.refreshButton.click();
    await expect(this.refreshButton).toBeVisible({ timeout: 30_000 });
  }
}
