import { type Locator, type Page, expect } from '@playwright/test';

/**
 * The InvokeId page: aggregate status, the instance table, output, stop. The launch page
 * (`/invocations/launches/<id>`) shows the same parts over every batch, so it reads the same.
 */
export class InvocationPage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The aggregate status badge next to the InvokeId. */
  aggregate(): Locator {
    return this.heading().locator('xpath=..').locator('[data-status]');
  }

  async expectAggregate(status: string | RegExp, timeout = 60_000): Promise<void> {
    await expect(this.aggregate()).toHaveText(status, { timeout });
  }

  row(instanceId: string): Locator {
    return this.page.locator(`tr[data-instance="${instanceId}"]`);
  }

  rows(): Locator {
    return this.page.locator('tr[data-instance]');
  }

  async filterBy(status: string): Promise<void> {
    await this.statusButton(status).click();
  }

  async openOutput(instanceId: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Show output of ${instanceId}` }).click();
    const log = this.page.getByRole('region', { name: `Output of ${instanceId}` });
    await expect(log).toBeVisible();
    return log;
  }

  /** "Group identical outputs", then the groups. */
  async groupOutputs(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Group identical outputs' }).click();
    const groups = this.page.getByRole('region', { name: 'Outputs grouped by text' });
    await expect(groups).toBeVisible({ timeout: 30_000 });
    return groups;
  }

  /** A status filter button; its text is the status and its count ("Failed 3"). */
  statusButton(status: string): Locator {
    return this.page.getByRole('group', { name: 'Filter instances by status' }).getByRole('button', { name: new RegExp(`^${status} \\d+$`) });
  }

  async stopAll(): Promise<void> {
    await this.page.getByRole('button', { name: /^Stop/ }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toContainText(/Stop (t-\S+|this launch \(\d+ InvokeIds?\)) on all \d+ instances?\?/);
    await dialog.getByRole('button', { name: /^Stop all/ }).click();
    await expect(dialog).toBeHidden();
  }
}
