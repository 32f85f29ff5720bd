import { type Locator, type Page, expect } from '@playwright/test';

/** The overview (`/overview`): failures, running and scheduled launches, the 14-day chart and the next-24-hours timeline. */
export class OverviewPage {
  readonly heading: Locator;
  readonly failures: Locator;
  readonly active: Locator;
  readonly chart: Locator;
  readonly numbers: Locator;
  readonly timeline: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Overview', level: 1 });
    this.failures = page.getByRole('list', { name: 'Failed launches' });
    this.active = page.getByRole('list', { name: 'Running and scheduled launches' });
    this.chart = page.getByRole('img', { name: /^Runs from / });
    this.numbers = page.getByRole('table', { name: 'Runs by outcome, day by day' });
    this.timeline = page.getByRole('list', { name: 'Period launches, soonest run first' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/overview');
    await expect(this.heading).toBeVisible();
  }

  /** The page is rendered once per visit: its Refresh link renders it again. */
  async refresh(): Promise<void> {
    await this.page.getByRole('link', { name: 'Refresh' }).click();
    await expect(this.heading).toBeVisible();
  }

  /** A launch in "Failures in the last 24 hours", by its command's name. */
  failure(commandName: string): Locator {
    return this.failures.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: commandName, exact: true }) });
  }

  /** The marks of a Period launch's row on the timeline. */
  nextRuns(commandName: string): Locator {
    return this.page.getByRole('list', { name: `Next runs of ${commandName}`, exact: true }).getByRole('listitem');
  }

  /** Failed runs counted today, as the chart's table gives them (its newest row is today). */
  async failedToday(): Promise<number> {
    if ((await this.numbers.count()) === 0 && (await this.chart.count()) === 0) return 0;
    const summary = this.page.getByText('Show the numbers');
    if (!(await this.numbers.isVisible())) await summary.click();
    const today = this.numbers.getByRole('row').nth(1);
    return Number((await today.getByRole('cell').nth(1).textContent())?.replaceAll(',', ''));
  }
}
