import { type Locator, type Page, expect } from '@playwright/test';

/** The canary's fields in the launch form's Advanced section. */
export async function setCanary(page: Page, canary: { pause: 'first' | 'every'; firstBatch?: number }): Promise<void> {
  await page.getByLabel('Canary', { exact: true }).selectOption(canary.pause);
  if (canary.firstBatch !== undefined) {
    await page.getByLabel('First batch', { exact: true }).selectOption('instances');
    await page.getByLabel('First batch: instances').fill(String(canary.firstBatch));
  }
}

/** The canary panel on a launch's page: where it waits, Resume and Abort, and who let it go on. */
export class CanaryPanel {
  readonly root: Locator;
  readonly resumeButton: Locator;
  readonly abortButton: Locator;
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('region', { name: /^(Paused after batch \d+|Canary)$/ });
    this.resumeButton = this.root.getByRole('button', { name: 'Resume', exact: true });
    this.abortButton = this.root.getByRole('button', { name: 'Abort', exact: true });
    this.history = this.root.getByRole('list', { name: 'Canary history' });
  }

  /** Wait until the launch pauses (its first batch has to finish first). */
  async expectPaused(afterBatch: number, timeout = 120_000): Promise<void> {
    await expect(this.page.getByRole('heading', { name: `Paused after batch ${afterBatch}` })).toBeVisible({ timeout });
  }

  async resume(): Promise<void> {
    await this.resumeButton.click();
    await expect(this.resumeButton).toHaveCount(0, { timeout: 30_000 });
  }

  /** Abort through its confirmation; returns what the confirmation said. */
  async abort(): Promise<string> {
    await this.abortButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'Abort the rest of this launch?' });
    const said = (await dialog.textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Abort the rest' }).click();
    await expect(this.abortButton).toHaveCount(0, { timeout: 30_000 });
    return said;
  }
}
