import { type Page, expect, test } from '@playwright/test';

import { E2E } from '../env';
import { InvocationPage } from '../pages/invocation-page';

/**
 * Issue 5: what an operator sees after launching, as it happens, and what they can do.
 * Everything runs on the built-in sandbox through the real form and pages.
 */
test.use({ storageState: E2E.storage.operator });

interface Launch {
  command: RegExp;
  search: string;
  parameters?: Record<string, string>;
  period?: { everyMinutes: number };
  repeat?: RegExp;
}

/** Fill the launch form through the UI, launch, and return the InvokeIds of the result. */
async function launch(page: Page, spec: Launch): Promise<string[]> {
  await page.goto('/invoke');
  await page.getByRole('radiogroup', { name: 'Command' }).getByRole('radio', { name: spec.command }).check();
  await page.getByLabel('Search instances').fill(spec.search);
  const instances = page.getByRole('listbox', { name: 'Instances' });
  await expect(instances.getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: 'Select all matching' }).click();
  for (const [name, value] of Object.entries(spec.parameters ?? {})) {
    await page.getByLabel(name, { exact: true }).fill(value);
  }
  if (spec.repeat) await page.getByRole('radiogroup', { name: 'Repeat mode' }).getByRole('radio', { name: spec.repeat }).check();
  if (spec.period) {
    await page.getByRole('radiogroup', { name: 'Repeat mode' }).getByRole('radio', { name: /^Period/ }).check();
    await page.getByLabel('Schedule', { exact: true }).selectOption('every-minutes');
    await page.getByLabel('Minutes between runs').fill(String(spec.period.everyMinutes));
  }
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByTestId('confirm-launch').click();
  const result = page.getByTestId('launch-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  // Recorded at once, then sent by the server: the InvokeIds come with the sending.
  await expect(result.getByRole('status')).not.toHaveText(/^Sending/, { timeout: 30_000 });
  return result.getByRole('link', { name: /^t-/ }).allTextContents();
}

test('statuses move to terminal without a reload', async ({ page }) => {
  const [invokeId] = await launch(page, { command: /health-check\.sh/, search: 'web-prod-00' });
  let navigations = 0;
  page.on('framenavigated', () => navigations++);
  await page.getByRole('link', { name: invokeId ?? '' }).click();
  const invocation = new InvocationPage(page);
  await expect(invocation.heading()).toHaveText(invokeId ?? '');
  navigations = 0;
  await expect(invocation.rows()).toHaveCount(9);
  await invocation.expectAggregate('Success');
  await expect(invocation.rows().filter({ hasText: 'Success' })).toHaveCount(9);
  expect(navigations).toBe(0);
  await expect(page.getByText('Every instance has finished.')).toBeVisible();
});

test('a failed instance’s output says why, and Retry failed opens the form with only that instance', async ({ page }) => {
  const [invokeId] = await launch(page, {
    command: /patch-web\.sh/,
    search: 'web-prod-01',
    parameters: { registry_token: 'tok-review-spec-1' },
  });
  await page.getByRole('link', { name: invokeId ?? '' }).click();
  const invocation = new InvocationPage(page);
  await invocation.expectAggregate('PartialFailed');
  await invocation.filterBy('Failed');
  await expect(invocation.rows()).toHaveCount(1);
  const failed = (await invocation.rows().first().getAttribute('data-instance')) ?? '';
  await expect(invocation.row(failed)).toContainText('ExitCodeNonzero');
  const log = await invocation.openOutput(failed);
  await expect(log).toContainText("You don't have enough free space");

  await page.getByRole('link', { name: 'Retry failed (1)' }).click();
  await expect(page.getByText(/Retrying the 1 failed instance/)).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Command' }).getByRole('radio', { name: /patch-web\.sh/ })).toBeChecked();
  // The list is virtualised: the count line, not the rendered rows, says what is selected.
  await expect(page.getByText(/· 1 selected/)).toBeVisible();
  await expect(page.getByLabel('packages', { exact: true })).toHaveValue('nginx openssl');
  await expect(page.getByLabel('registry_token', { exact: true })).toHaveValue('');
  await expect(page.getByText('Secret: enter it again. It was not saved or shared.')).toBeVisible();
  // The secret must be typed again before the launch can be reviewed.
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByText('registry_token: enter the secret value again')).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('Run again opens the form with every instance of the launch', async ({ page }) => {
  const [invokeId] = await launch(page, { command: /rotate-logs\.sh/, search: 'redis-prod-0' });
  await page.getByRole('link', { name: invokeId ?? '' }).click();
  await new InvocationPage(page).expectAggregate('Success');
  await page.getByRole('link', { name: 'Run again' }).click();
  await expect(page.getByText(/Running launch .* again/)).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Command' }).getByRole('radio', { name: /rotate-logs\.sh/ })).toBeChecked();
  await expect(page.getByText(/· 8 selected/)).toBeVisible();
});

test('output cut by Alibaba shows how much was dropped', async ({ page }) => {
  const [invokeId] = await launch(page, { command: /inventory-packages\.sh/, search: 'db-prod-01' });
  await page.getByRole('link', { name: invokeId ?? '' }).click();
  const invocation = new InvocationPage(page);
  await invocation.expectAggregate('Success');
  const instanceId = (await invocation.rows().first().getAttribute('data-instance')) ?? '';
  await invocation.openOutput(instanceId);
  await expect(page.getByText(/Output cut by Alibaba Cloud: [\d.]+ KB dropped/)).toBeVisible();
});

test('a Period launch can be stopped for all instances, and shows Stopped', async ({ page }) => {
  const [invokeId] = await launch(page, { command: /health-check\.sh/, search: 'worker-prod-2', period: { everyMinutes: 1 } });
  await page.getByRole('link', { name: invokeId ?? '' }).click();
  const invocation = new InvocationPage(page);
  await invocation.expectAggregate(/Scheduled|Running|Pending/);
  await expect(page.getByRole('list', { name: 'Next runs' })).toBeVisible();
  await invocation.stopAll();
  await invocation.expectAggregate('Stopped');
  await expect(page.getByText('Stopped: no further runs.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Stop/ })).toHaveCount(0);
});

test('journey 5: an EveryReboot hook runs when the instance reboots', async ({ page, request }) => {
  const [invokeId] = await launch(page, { command: /register-node\.sh/, search: 'worker-prod-03', repeat: /^Every reboot/ });
  await page.getByRole('link', { name: invokeId ?? '' }).click();
  const invocation = new InvocationPage(page);
  await expect(page.getByText('Runs every time an instance boots.')).toBeVisible();
  const instanceId = (await invocation.rows().first().getAttribute('data-instance')) ?? '';
  await expect(invocation.row(instanceId)).not.toContainText('Success');

  const reboot = await request.post(`${E2E.sandboxUrl}/_sandbox/instances/${instanceId}/power`, {
    data: { action: 'reboot' },
    headers: { authorization: `Bearer ${E2E.sandboxControlToken}` },
  });
  expect(reboot.ok()).toBe(true);
  await expect(invocation.row(instanceId).locator('[data-col="runs"]')).toHaveText(/^[1-9]/, { timeout: 60_000 });
  await invocation.openOutput(instanceId);
  await expect(page.getByRole('list', { name: `Runs on ${instanceId}` }).getByRole('listitem')).not.toHaveCount(0);
});
