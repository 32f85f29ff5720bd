import { readFile } from 'node:fs/promises';

import { type Download, type Locator, type Page, expect } from '@playwright/test';

/** What a download saved, as text, with the name the server gave it. */
export async function downloaded(download: Download): Promise<{ name: string; text: string }> {
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** The admin page's audit log: its filter form, its entries, and its downloads. */
export class AuditLog {
  readonly filter: Locator;
  readonly entries: Locator;

  constructor(private readonly page: Page) {
    this.filter = page.getByRole('form', { name: 'Filter the audit log' });
    this.entries = page.getByRole('list', { name: 'Audit log' }).getByRole('listitem');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/admin${query}`);
    await expect(this.page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  }

  /** Fill the filter as a person would, and show it. */
  async narrow(fields: { person?: string; action?: string; target?: string; from?: string; to?: string }): Promise<void> {
    if (fields.person !== undefined) await this.filter.getByLabel('Person').selectOption(fields.person);
    if (fields.action !== undefined) await this.filter.getByLabel('Action').selectOption(fields.action);
    if (fields.target !== undefined) await this.filter.getByLabel('Target').fill(fields.target);
    if (fields.from !== undefined) await this.filter.getByLabel('From (UTC)').fill(fields.from);
    if (fields.to !== undefined) await this.filter.getByLabel('To (UTC)').fill(fields.to);
    await this.filter.getByRole('button', { name: 'Show' }).click();
  }

  async download(format: 'CSV' | 'JSON'): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('link', { name: `Download ${format}` }).click()]);
    return downloaded(file);
  }
}
