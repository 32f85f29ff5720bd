import { type Locator, type Page, expect } from '@playwright/test';

export type NavTarget = 'Overview' | 'Launch' | 'Invocations' | 'Presets' | 'Admin';

/**
 * The dashboard's header as a person uses it at any width: on a desktop the Main navigation is
 * in the bar; on a phone it sits behind the Menu button, which opens it first.
 */
export class AppShell {
  readonly nav: Locator;
  readonly menuButton: Locator;

  constructor(private readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.menuButton = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  }

  /** The Main navigation, opened from the Menu when the bar does not show it. */
  async openNav(): Promise<Locator> {
    await expect(this.page.getByRole('banner')).toBeVisible();
    if (!(await this.nav.isVisible()) && (await this.menuButton.isVisible())) await this.menuButton.click();
    await expect(this.nav).toBeVisible();
    return this.nav;
  }

  async navigate(to: NavTarget): Promise<void> {
    await (await this.openNav()).getByRole('link', { name: to, exact: true }).click();
  }
}
