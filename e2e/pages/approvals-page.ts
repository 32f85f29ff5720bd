import { type Locator, type Page, expect } from '@playwright/test';

/** /admin/approvals: the rules that make a launch wait for a second operator. */
export class ApprovalRulesPage {
  readonly addForm: Locator;
  readonly rules: Locator;

  constructor(private readonly page: Page) {
    this.addForm = page.getByRole('form', { name: 'Add an approval rule' });
    this.rules = page.getByRole('list', { name: 'Approval rules' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/approvals');
    await expect(this.page.getByRole('heading', { name: 'Approvals', level: 1 })).toBeVisible();
  }

  /** Fill the form as an admin would; the rule then shows in the list, in words. */
  async addRule(rule: { region: string; moreThan?: number; tagKey?: string; tagValue?: string }, words: string): Promise<void> {
    await this.addForm.getByLabel('Region').selectOption(rule.region);
    if (rule.moreThan !== undefined) await this.addForm.getByLabel('More than this many instances').fill(String(rule.moreThan));
    if (rule.tagKey !== undefined) await this.addForm.getByLabel('Tag key').fill(rule.tagKey);
    if (rule.tagValue !== undefined) await this.addForm.getByLabel('Tag value').fill(rule.tagValue);
    await expect(this.addForm).toContainText(`${words} will need approval.`);
    await this.addForm.getByRole('button', { name: 'Add rule' }).click();
    await expect(this.addForm.getByRole('status')).toContainText('Rule added.');
    await expect(this.rule(words)).toBeVisible();
  }

  rule(words: string): Locator {
    return this.rules.getByRole('listitem', { name: words, exact: true });
  }

  /** Remove a rule through its confirmation, which names it. */
  async removeRule(words: string): Promise<void> {
    await this.rule(words).getByRole('button', { name: `Remove the rule: ${words}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Remove this approval rule?' });
    await expect(dialog).toContainText(words);
    await dialog.getByRole('button', { name: 'Remove rule' }).click();
    await expect(this.rule(words)).toHaveCount(0);
  }
}

/** The approval panel at the top of a launch's page. */
export class ApprovalPanel {
  readonly root: Locator;
  readonly state: Locator;
  readonly comment: Locator;
  readonly approveButton: Locator;
  readonly rejectButton: Locator;
  readonly confirmDialog: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Approval', exact: true });
    this.state = this.root.getByText(/^(Awaiting approval|Approved|Rejected|Expired)$/);
    this.comment = this.root.getByLabel('Comment');
    this.approveButton = this.root.getByRole('button', { name: 'Approve', exact: true });
    this.rejectButton = this.root.getByRole('button', { name: 'Reject', exact: true });
    this.confirmDialog = page.getByRole('dialog', { name: 'Approve and send this launch?' });
  }

  /** Approve with a comment, through the confirmation; returns what the confirmation said. */
  async approve(comment: string): Promise<string> {
    await this.comment.fill(comment);
    await this.approveButton.click();
    await expect(this.confirmDialog).toBeVisible();
    const said = (await this.confirmDialog.textContent()) ?? '';
    await this.confirmDialog.getByRole('button', { name: 'Approve and send' }).click();
    await expect(this.state).toHaveText('Approved', { timeout: 30_000 });
    return said;
  }

  async reject(comment: string): Promise<void> {
    await this.comment.fill(comment);
    await this.rejectButton.click();
    await expect(this.state).toHaveText('Rejected', { timeout: 30_000 });
  }
}
