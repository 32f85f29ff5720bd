import { type Locator, type Page, expect } from '@playwright/test';

const COLUMNS = ['Created', 'Command', 'Status', 'Repeat', 'Instances', 'Source'] as const;

/** The invocations list's whole-account view (`/invocations?source=account`): its source switch, filters, table and pager. */
export class AccountHistoryPage {
  constructor(private readonly page: Page) {}

  /** Open the list and switch its source to the whole account, as an operator would. */
  async open(): Promise<void> {
    await this.page.goto('/invocations');
    await this.page.getByRole('navigation', { name: 'Source' }).getByRole('link', { name: /^Whole account/ }).click();
    await expect(this.page).toHaveURL(/source=account/);
    await expect(this.filters).toBeVisible();
  }

  get filters(): Locator {
    return this.page.getByRole('form', { name: "Filter the account's invocations" });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /^Invocations in [\w-]+, newest first$/ });
  }

  get rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** The row of an InvokeId (shown in every row, as text or as a link). */
  rowOf(invokeId: string): Locator {
    return this.rows.filter({ hasText: invokeId });
  }

  cell(row: Locator, column: (typeof COLUMNS)[number]): Locator {
    return row.getByRole('cell').nth(COLUMNS.indexOf(column));
  }

  status(row: Locator): Locator {
    return row.locator('[data-status]');
  }

  /** Type into the typed filters and apply them together; a field left out is emptied. */
  async filterBy(values: { Command?: string; Instance?: string; Tag?: string }): Promise<void> {
    for (const label of ['Command', 'Instance', 'Tag'] as const) await this.filters.getByLabel(label, { exact: true }).fill(values[label] ?? '');
    const before = this.page.url();
    await this.filters.getByRole('button', { name: 'Apply' }).click();
    await expect(this.page).not.toHaveURL(before);
    await expect(this.filters.getByRole('status')).toHaveText('');
  }

  async choose(label: 'Status' | 'Repeat mode' | 'Runs' | 'Region', option: string): Promise<void> {
    const before = this.page.url();
    await this.filters.getByLabel(label, { exact: true }).selectOption({ label: option });
    await expect(this.page).not.toHaveURL(before);
    await expect(this.filters.getByRole('status')).toHaveText('');
  }

  pager(): Locator {
    return this.page.getByRole('navigation', { name: 'Pages' });
  }

  pagerLink(name: 'Newer' | 'Older'): Locator {
    return this.pager().getByRole('link', { name });
  }
}
