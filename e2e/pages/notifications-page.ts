import { type Locator, type Page, expect } from '@playwright/test';

/** /admin/notifications: the webhooks an admin sets up. */
export class NotificationsPage {
  readonly addForm: Locator;
  readonly list: Locator;

  constructor(private readonly page: Page) {
    this.addForm = page.getByRole('form', { name: 'Add a webhook' });
    this.list = page.getByRole('list', { name: 'Webhooks' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/notifications');
    await expect(this.page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  }

  async addWebhook(webhook: { name: string; kind: string; url: string; secret?: string; scope: 'All launches' | 'Opt-in' }): Promise<void> {
    const form = this.addForm;
    await form.getByLabel('Name', { exact: true }).fill(webhook.name);
    await form.getByLabel('Kind').selectOption({ label: webhook.kind });
    await form.getByLabel('URL', { exact: true }).fill(webhook.url);
    if (webhook.secret !== undefined) await form.getByLabel(/secret/i).fill(webhook.secret);
    await form.getByRole('radio', { name: new RegExp(`^${webhook.scope}`) }).check();
    await form.getByRole('button', { name: 'Add webhook' }).click();
    await expect(form.getByRole('status')).toContainText(`Webhook "${webhook.name}" saved`);
  }

  webhook(name: string): Locator {
    return this.list.getByRole('listitem', { name, exact: true });
  }

  async sendTest(name: string): Promise<Locator> {
    const item = this.webhook(name);
    await item.getByRole('button', { name: `Send a test to ${name}` }).click();
    return item.getByRole('status');
  }

  async delete(name: string): Promise<void> {
    await this.webhook(name).getByRole('button', { name: `Delete ${name}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Delete ${name}?` });
    await dialog.getByRole('button', { name: 'Delete webhook' }).click();
    await expect(this.webhook(name)).toHaveCount(0);
  }
}
