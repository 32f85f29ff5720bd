import { type APIRequestContext, type Locator, type Page, expect } from '@playwright/test';

import { E2E } from '../env';

/** The launch form as the preset specs drive it: fill it, save it, read it back. */
export class PresetForm {
  constructor(readonly page: Page) {}

  async gotoLaunch(): Promise<void> {
    await this.page.goto('/invoke');
    await expect(this.page.getByRole('heading', { name: 'Launch a command', level: 1 })).toBeVisible();
  }

  /**
   * Wait until the form has its commands and every page of instances from ECS: on a crowded
   * machine the page alone took 40 s to start its scripts.
   */
  async waitUntilLoaded(): Promise<void> {
    await expect(this.page.getByRole('radiogroup', { name: 'Command' }).getByRole('radio').first()).toBeVisible({ timeout: 60_000 });
    await expect(this.page.getByRole('region', { name: 'Instances', exact: true }).getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
  }

  async chooseRegion(regionId: string): Promise<void> {
    await this.page.getByLabel('Region').selectOption(regionId);
  }

  async chooseCommand(name: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${name.replace(/\./g, '\\.')}`) }).check();
  }

  commandRadio(name: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name.replace(/\./g, '\\.')}`) });
  }

  /** The picker's row for an instance, found by searching its name. */
  async instanceRow(name: string): Promise<Locator> {
    await this.page.getByLabel('Search instances').fill(name);
    const row = this.page.getByRole('option', { name: new RegExp(`^${name},`) });
    await expect(row).toBeVisible();
    return row;
  }

  async selectInstances(names: readonly string[]): Promise<void> {
    for (const name of names) {
      const row = await this.instanceRow(name);
      await row.click();
      await expect(row).toHaveAttribute('aria-selected', 'true');
    }
    await this.page.getByLabel('Search instances').fill('');
  }

  /** A parameter's value field; its label is the name, with "required" after it when the command says so. */
  parameter(name: string): Locator {
    return this.page.getByLabel(new RegExp(`^${name}\\s*(required)?$`));
  }

  /** The schedule builder's Frequency input (its label's `for` does not reach it yet: reported to the lead). */
  frequency(): Locator {
    return this.page.getByLabel('Frequency').or(this.page.locator('input[id$="-frequency"]'));
  }

  async schedule(frequency: string): Promise<void> {
    await this.page.getByRole('radio', { name: /^Period/ }).check();
    await this.frequency().fill(frequency);
  }

  async openAdvanced(): Promise<void> {
    const advanced = this.page.locator('details', { has: this.page.getByText('Advanced', { exact: true }) });
    if ((await advanced.getAttribute('open')) === null) await advanced.locator('summary').click();
  }

  summaryValue(label: string): Locator {
    return this.page.locator('aside dl > div', { has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  toolbar(): Locator {
    return this.page.locator('aside');
  }

  /** "Save as preset" from the toolbar; returns the preset's link as the page shows it. */
  async saveAsPreset(name: string, description: string): Promise<string> {
    await this.toolbar().getByRole('button', { name: /^Save as (new )?preset$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Description').fill(description);
    await dialog.getByRole('button', { name: 'Save preset' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.toolbar().getByRole('status').filter({ hasText: `Saved as “${name}”` })).toBeVisible();
    return this.toolbar().getByTestId('preset-link').inputValue();
  }

  /** "Copy link" (or "Copy link to this form"): the short link the server made, as copied and as shown. */
  async copyFormLink(name: 'Copy link' | 'Copy link to this form'): Promise<string> {
    // Its name says "Copied" for a moment once the link is made and copied.
    const button = this.toolbar().getByRole('button', { name: new RegExp(`^${name}( Copied)?$`) });
    await expect(button).not.toContainText('Copied');
    await button.click();
    await expect(button).toContainText('Copied');
    const link = await this.toolbar().getByTestId('form-link').inputValue();
    expect(await this.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    return link;
  }

  async review(): Promise<Locator> {
    await this.toolbar().getByRole('button', { name: 'Review' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Review launch' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}

/** The presets list, a preset's page and its history. */
export class PresetsPage {
  readonly form: PresetForm;

  constructor(readonly page: Page) {
    this.form = new PresetForm(page);
  }

  async gotoList(query?: string): Promise<void> {
    await this.page.goto(query ? `/presets?q=${encodeURIComponent(query)}` : '/presets');
    await expect(this.page.getByRole('heading', { name: 'Presets', level: 1 })).toBeVisible();
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async gotoPreset(link: string, name: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await this.form.waitUntilLoaded();
  }

  /** A shared form's link: the launch form, filled in from it. */
  async openFormLink(link: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.page.getByRole('heading', { name: 'Launch a command', level: 1 })).toBeVisible();
    await this.form.waitUntilLoaded();
  }

  notice(title: string | RegExp): Locator {
    return this.page.locator('form > div').first().getByText(title);
  }

  async gotoHistory(slug: string): Promise<void> {
    await this.page.goto(`/presets/${slug}/versions`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^History of/ })).toBeVisible();
  }

  version(n: number): Locator {
    return this.page.getByRole('listitem', { name: `Version ${n}`, exact: true });
  }

  async readClipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}

/** The sandbox's control endpoints and the app's instance list, for setting up the world. */
export async function instanceIdsByName(request: APIRequestContext, names: readonly string[], region = 'cn-shanghai'): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let token = '';
  do {
    const response = await request.get(`/api/ecs/instances?region=${region}${token ? `&nextToken=${encodeURIComponent(token)}` : ''}`);
    const body = (await response.json()) as { ok: boolean; data: { instances: { name: string; instanceId: string }[]; nextToken: string | null } };
    for (const instance of body.data.instances) if (names.includes(instance.name)) found.set(instance.name, instance.instanceId);
    token = body.data.nextToken ?? '';
  } while (token && found.size < names.length);
  return found;
}

export async function sandboxControl(request: APIRequestContext, path: string, body?: unknown): Promise<void> {
  const response = await request.post(`${E2E.sandboxUrl}${path}`, { data: body ?? {}, headers: { authorization: `Bearer ${E2E.sandboxControlToken}` } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
}
