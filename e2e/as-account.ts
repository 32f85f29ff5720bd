import { type Browser, type Page } from '@playwright/test';

import { E2E } from './env';

/** Do `body` in a fresh browser context signed in as another account (a second operator, a viewer, the admin), then close it. */
export async function asAccount<T>(browser: Browser, account: 'admin' | 'operator2' | 'viewer', body: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ storageState: E2E.storage[account] });
  try {
    return await body(await context.newPage());
  } finally {
    await context.close();
  }
}
