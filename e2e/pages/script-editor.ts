import { type Locator, type Page, expect } from '@playwright/test';

/**
 * The script editor of the launch form's Script choice, as a person meets it: a text box named
 * by its label, with the `{{…}}` it recognises marked (each mark says what it is in its title).
 */
export class ScriptEditor {
  readonly textbox: Locator;
  /** `{{name}}` marks: values asked for when the script runs. */
  readonly parameters: Locator;
  /** `{{ACS::…}}` marks: filled in by Cloud Assistant. */
  readonly builtIns: Locator;
  /** Double braces that are not a parameter and stay as written. */
  readonly literals: Locator;

  constructor(
    readonly page: Page,
    label = 'Script',
  ) {
    this.textbox = page.getByRole('textbox', { name: label, exact: true });
    this.parameters = this.textbox.getByTitle(/^Parameter:/);
    this.builtIns = this.textbox.getByTitle(/^Built-in parameter:/);
    this.literals = this.textbox.getByTitle(/^Not a parameter:/);
  }

  /** The code editor has replaced the plain text area shown while it loads. */
  async ready(): Promise<void> {
    await expect(this.textbox).toHaveAttribute('contenteditable', 'true', { timeout: 30_000 });
  }

  /** Click the field's label (the editor is named by it). */
  async clickLabel(): Promise<void> {
    const labelId = await this.textbox.getAttribute('aria-labelledby');
    expect(labelId, 'the editor is named by its label').toBeTruthy();
    await this.page.locator(`[id="${labelId}"]`).click();
  }

  /** Click into the script and type, a key at a time, as a person would. */
  async type(text: string): Promise<void> {
    await this.textbox.click();
    await this.page.keyboard.type(text);
  }

  /** The script as shown, line by line (white space kept). */
  async lines(): Promise<string[]> {
    return (await this.textbox.innerText()).split('\n');
  }
}
