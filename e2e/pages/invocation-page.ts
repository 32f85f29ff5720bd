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

  /** The toggle that shows the outputs grouped above the table. */
  groupToggle(): Locator {
    return this.page.getByRole('button', { name: 'Group identical outputs' });
  }

  /** The grouped outputs (of the instances in the chosen status). */
  groupedOutputs(): Locator {
    return this.page.getByRole('region', { name: 'Outputs grouped by text' });
  }

  /** "Group identical outputs", then the groups. */
  async groupOutputs(): Promise<Locator> {
    await this.groupToggle().click();
    await expect(this.groupToggle()).toHaveAttribute('aria-pressed', 'true');
    await expect(this.groupedOutputs()).toBeVisible({ timeout: 30_000 });
    return this.groupedOutputs();
  }

  /** The search over the table's instances (ID, name, IP, error). */
  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search instances' });
  }

  /** A row's exit code cell: a number, or "did not run" for an instance whose command never started. */
  exitCode(instanceId: string): Locator {
    return this.row(instanceId).locator('[data-col="exit-code"]');
  }

  /** A status filter button; its text is the status and its count ("Failed 3", "Not successful 3"). */
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
