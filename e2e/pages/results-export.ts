import { type Locator, type Page, expect } from '@playwright/test';

import { downloaded } from './audit-log';

/** The Export menu of a launch's page: CSV or JSON of every instance's result, with or without output. */
export class ResultsExport {
  readonly toggle: Locator;
  readonly panel: Locator;
  readonly includeOutput: Locator;

  constructor(private readonly page: Page) {
    this.toggle = page.getByRole('button', { name: 'Export' });
    this.panel = page.getByRole('group', { name: 'Export results' });
    this.includeOutput = this.panel.getByRole('checkbox', { name: /Include output/ });
  }

  async download(format: 'CSV' | 'JSON', options: { output?: boolean } = {}): Promise<{ name: string; text: string }> {
    if (!(await this.panel.isVisible())) await this.toggle.click();
    await expect(this.panel).toBeVisible();
    await this.includeOutput.setChecked(options.output ?? false);
    // With output, the file comes once the background read is done: allow for it on a busy machine.
    const [file] = await Promise.all([this.page.waitForEvent('download', { timeout: 90_000 }), this.panel.getByRole('link', { name: `Download ${format}` }).click()]);
    return downloaded(file);
  }
}
