import { type Locator, type Page, expect } from '@playwright/test';

const COLUMNS = ['Launched', 'Command', 'Status', 'Repeat', 'Region', 'Instances', 'Batches', 'Operator'] as const;

/** The invocations list (`/invocations`): filters, the launch table, its pager and the InvokeId lookup. */
export class InvocationsListPage {
  constructor(private readonly page: Page) {}

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/invocations${search}`);
    await expect(this.page.getByRole('heading', { name: 'Invocations', level: 1 })).toBeVisible();
  }

  get filters(): Locator {
    return this.page.getByRole('form', { name: 'Filter launches' });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Launches, newest first' });
  }

  /** Body rows only (the header row has column headers, not cells). */
  get rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** The row of the launch that holds this InvokeId. */
  rowOf(invokeId: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: invokeId, exact: true }) });
  }

  /** A row's cell under a column header. */
  cell(row: Locator, column: (typeof COLUMNS)[number]): Locator {
    return row.getByRole('cell').nth(COLUMNS.indexOf(column));
  }

  /** The status badge of a row, as the operator reads it. */
  status(row: Locator): Locator {
    return row.locator('[data-status]');
  }

  /** Pick a filter value by its visible label; the URL follows. */
  async filter(label: 'Status' | 'Repeat mode' | 'Command' | 'Region' | 'Operator', option: string | RegExp): Promise<void> {
    const select = this.filters.getByLabel(label, { exact: true });
    const value = await select.locator('option').filter({ hasText: option }).first().getAttribute('value');
    await select.selectOption(value ?? '');
    await expect(this.page).toHaveURL((url) => url.searchParams.has(this.param(label)));
    await expect(this.filters.getByRole('status')).toHaveText('');
  }

  async clearFilters(): Promise<void> {
    await this.filters.getByRole('link', { name: 'Clear filters' }).click();
    await expect(this.page).toHaveURL(/\/invocations$/);
  }

  pagerLink(name: 'Newer' | 'Older'): Locator {
    return this.page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name });
  }

  async lookUp(invokeId: string, region?: string): Promise<void> {
    if (region) await this.page.getByLabel('Region of the InvokeId').selectOption(region);
    await this.page.getByLabel('Look up an InvokeId').fill(invokeId);
    await this.page.getByRole('button', { name: 'Open' }).click();
  }

  private param(label: string): string {
    return { Status: 'status', 'Repeat mode': 'repeat', Command: 'command', Region: 'region', Operator: 'operator' }[label] ?? label;
  }
}
