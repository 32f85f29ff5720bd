import { type Page, expect } from '@playwright/test';

export class AdminPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/admin');
    await expect(this.page.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible();
  }

  async addOperator(account: { username: string; displayName: string; password: string }, role: 'viewer' | 'operator' | 'admin'): Promise<void> {
    const form = this.page.locator('form', { has: this.page.getByRole('button', { name: 'Add operator' }) });
    await form.getByLabel('Username', { exact: true }).fill(account.username);
    await form.getByLabel('Name', { exact: true }).fill(account.displayName);
    await form.getByLabel('Role').selectOption(role);
    await form.getByLabel('Initial password').fill(account.password);
    await form.getByRole('button', { name: 'Add operator' }).click();
    await expect(form.getByRole('status')).toContainText(`Account "${account.username}" created`);
  }

  row(username: string) {
    return this.page.getByRole('row', { name: new RegExp(username) });
  }
}
