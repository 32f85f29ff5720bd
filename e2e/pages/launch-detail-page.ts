import { type Locator, type Page, expect } from '@playwright/test';

/**
 * A launch's own page (/invocations/launches/<id>) as an operator reads it: its batches and
 * their InvokeIds, its schedule with the next runs, and "Change schedule" with its dialog.
 */
export class LaunchDetailPage {
  readonly heading: Locator;
  readonly batches: Locator;
  readonly nextRuns: Locator;
  readonly changeScheduleButton: Locator;
  readonly dialog: Locator;
  /** The Frequency field of the change-schedule dialog. */
  readonly frequency: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Launch of / });
    this.batches = page.getByRole('list', { name: 'Batches' });
    this.nextRuns = page.getByRole('list', { name: 'Next runs' });
    this.changeScheduleButton = page.getByRole('button', { name: 'Change schedule' });
    this.dialog = page.getByRole('dialog');
    this.frequency = this.dialog.getByLabel('Frequency', { exact: true });
  }

  async goto(launchId: string): Promise<void> {
    await this.page.goto(`/invocations/launches/${launchId}`);
    await expect(this.heading).toBeVisible();
  }

  /** The InvokeIds its batches link to, in batch order. */
  async invokeIds(): Promise<string[]> {
    return this.batches.getByRole('link', { name: /^t-/ }).allTextContents();
  }

  /** The schedule as the page words it: the Frequency shown as sent to Alibaba Cloud. */
  frequencyShown(frequency: string): Locator {
    return this.page.getByTitle('Frequency, as sent to Alibaba Cloud').filter({ hasText: frequency });
  }

  /** Open the dialog, type a Frequency and confirm; the dialog stays open when it is refused. */
  async changeSchedule(frequency: string): Promise<void> {
    await this.changeScheduleButton.click();
    await expect(this.dialog).toBeVisible();
    await this.frequency.fill(frequency);
    await this.dialog.getByRole('button', { name: 'Change schedule' }).click();
  }
}
