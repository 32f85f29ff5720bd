import { type Locator, type Page, expect } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Commands page (/commands) and a command's page, in the words a person uses for them. */
export class CommandsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly source: Locator;
  readonly newCommandButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Commands', level: 1 });
    this.table = page.getByRole('table', { name: 'Commands' });
    this.search = page.getByLabel('Search', { exact: true });
    this.source = page.getByLabel('Source', { exact: true });
    this.newCommandButton = page.getByRole('button', { name: 'New command' }).first();
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/commands${query}`);
    await expect(this.heading).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
    await expect(this.page).toHaveURL(new RegExp(`q=${escape(encodeURIComponent(text))}`));
  }

  /** Fill the New command dialog and save; the saved command's page opens. */
  async create(command: { name: string; description?: string; type?: 'RunShellScript' | 'RunPowerShellScript' | 'RunBatScript'; content: string; timeout?: string; parameters?: boolean }): Promise<CommandDialog> {
    await this.newCommandButton.click();
    const dialog = new CommandDialog(this.page, 'New command');
    await expect(dialog.root).toBeVisible();
    await dialog.root.getByLabel('Name', { exact: true }).fill(command.name);
    if (command.description) await dialog.root.getByLabel('Description', { exact: true }).fill(command.description);
    if (command.type) await dialog.root.getByLabel('Type', { exact: true }).selectOption(command.type);
    await dialog.root.getByLabel('Content', { exact: true }).fill(command.content);
    if (command.timeout) await dialog.root.getByLabel('Timeout', { exact: true }).fill(command.timeout);
    if (command.parameters) await dialog.root.getByLabel('Enable custom parameters').check();
    return dialog;
  }
}

/** The New command / Edit dialog. */
export class CommandDialog {
  readonly root: Locator;

  constructor(readonly page: Page, title: string | RegExp) {
    this.root = page.getByRole('dialog', { name: title });
  }

  field(label: 'Name' | 'Description' | 'Working directory' | 'Timeout' | 'Content'): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  async save(label: 'Save command' | 'Save changes'): Promise<void> {
    await this.root.getByRole('button', { name: label }).click();
  }
}

/** One command's page: its header actions, content, parameters and launches. */
export class CommandPage {
  readonly content: Locator;
  readonly parameters: Locator;
  readonly launches: Locator;
  readonly launchLink: Locator;
  readonly editButton: Locator;
  readonly deleteButton: Locator;

  constructor(readonly page: Page) {
    this.content = page.getByLabel('Command content');
    this.parameters = page.getByRole('list', { name: 'Parameters' });
    this.launches = page.getByRole('table', { name: 'Launches of this command' });
    this.launchLink = page.getByRole('main').getByRole('link', { name: 'Launch', exact: true });
    this.editButton = page.getByRole('button', { name: 'Edit', exact: true });
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }
}
