import * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { type Page, expect, test } from '@playwright/test';

import { E2E } from '../env';
import { SANDBOX_KEYS } from '../fixtures';
import { InvocationsListPage } from '../pages/invocations-list-page';
import { LaunchPage } from '../pages/launch-page';

/**
 * Journeys 4, 7 and 8 on the invocations list: an operator launches through the real form,
 * watches a status move without reloading, finds launches by repeat mode, status and command,
 * pages with Older/Newer (and the URL reopens the same page), and looks up an InvokeId that
 * was created directly in the sandbox, outside InvokeDeck.
 */
test.describe.configure({ mode: 'serial' });
test.use({ storageState: E2E.storage.operator });

const COMMAND = 'rotate-logs.sh';
const INSTANCES = 'web-prod-00'; // web-prod-001…009: running, eligible, one batch
const ONCE_LAUNCHES = 21; // one more than a page

let lastInvokeId = '';
let periodInvokeId = '';

/** Open the launch form with the command and instances chosen. */
async function prepareForm(page: Page): Promise<void> {
  await page.goto('/invoke');
  await page.getByRole('radiogroup', { name: 'Command' }).getByRole('radio', { name: new RegExp(COMMAND.replace('.', '\\.')) }).check();
  await page.getByLabel('Search instances').fill(INSTANCES);
  const instances = page.getByRole('listbox', { name: 'Instances' });
  await expect(instances.getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: 'Select all matching' }).click();
  await expect(instances.getByRole('option', { selected: true })).toHaveCount(9);
}

/** Review and launch what the form holds; returns the new InvokeId. */
async function launch(page: Page): Promise<string> {
  const batches = page.getByRole('list', { name: 'Batches' });
  const before = (await batches.count()) ? await batches.getByRole('link').first().textContent() : null;
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('button', { name: /^Launch on \d+ instances?$/ }).click();
  await expect(batches.getByRole('link').first()).not.toHaveText(before ?? '', { timeout: 20_000 });
  await expect(batches.getByRole('link').first()).toHaveText(/^t-/);
  return (await batches.getByRole('link').first().textContent()) ?? '';
}

test('an operator launches through the form and watches the new launch reach Success without reloading', async ({ page }) => {
  test.setTimeout(240_000);
  await prepareForm(page);
  await page.getByRole('radiogroup', { name: 'Repeat mode' }).getByRole('radio', { name: /^Period/ }).check();
  // The builder starts at weekdays 02:00; journey 1's schedule only needs Shanghai's clock.
  await new LaunchPage(page).chooseTimeZone('Asia/Shanghai');
  await expect(page.getByRole('textbox').and(page.locator('input[value="0 0 2 ? * MON-FRI Asia/Shanghai"]'))).toBeVisible();
  periodInvokeId = await launch(page);
  await page.getByRole('radiogroup', { name: 'Repeat mode' }).getByRole('radio', { name: /^Once/ }).check();
  for (let n = 0; n < ONCE_LAUNCHES; n++) lastInvokeId = await launch(page);

  const list = new InvocationsListPage(page);
  await list.goto();
  const row = list.rowOf(lastInvokeId);
  await expect(row).toBeVisible();
  await expect(list.status(row)).toHaveText(/^(Pending|Running)$/);
  await expect(row).toContainText(COMMAND);
  await expect(row).toContainText('priya');
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  await expect(list.status(row)).toHaveText('Success', { timeout: 45_000 });
  expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
});

test('the operator finds launches by repeat mode and status, and a filter that matches nothing says so', async ({ page }) => {
  const list = new InvocationsListPage(page);
  await list.goto();
  await list.filter('Repeat mode', 'Period');
  const period = list.rowOf(periodInvokeId);
  await expect(list.cell(period, 'Repeat')).toContainText('Monday through Friday');
  for (const row of await list.rows.all()) await expect(list.cell(row, 'Repeat')).toContainText(/^Period/);
  // Its first poll brings the schedule's real state (the list was never open on it before).
  await expect(list.status(period)).toHaveText('Scheduled', { timeout: 20_000 });

  await list.filter('Status', 'Scheduled');
  await expect(page).toHaveURL(/status=Scheduled/);
  await expect(page).toHaveURL(/repeat=Period/);
  await expect(list.rowOf(periodInvokeId)).toBeVisible();
  await list.clearFilters();

  await list.filter('Command', new RegExp(`^${COMMAND.replace('.', '\\.')}`));
  await list.filter('Status', 'Success');
  await expect(list.rowOf(lastInvokeId)).toBeVisible();
  for (const status of await list.rows.locator('[data-status]').allTextContents()) expect(status).toBe('Success');

  await list.filter('Status', 'Stopped');
  await expect(page.getByRole('heading', { name: 'No launches match these filters' })).toBeVisible();
  await expect(list.table).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: 'Clear filters' }).last().click();
  await expect(page).toHaveURL(/\/invocations$/);
  await expect(list.rowOf(lastInvokeId)).toBeVisible();
});

test('Older and Newer page through the launches, and the URL reopens the same page', async ({ page }) => {
  const list = new InvocationsListPage(page);
  await list.goto();
  await list.filter('Command', new RegExp(`^${COMMAND.replace('.', '\\.')}`));
  await list.filter('Operator', 'priya');
  await expect(list.rows).toHaveCount(20);
  await expect(list.pagerLink('Newer')).toHaveAttribute('aria-disabled', 'true');
  const newestInvokeId = (row: number) => list.rows.nth(row).getByRole('link', { name: /^t-/ }).first();
  const firstPage = await newestInvokeId(0).textContent();

  await list.pagerLink('Older').click();
  await expect(page).toHaveURL(/after=/);
  await expect(list.rows.first()).not.toContainText(firstPage ?? '');
  const secondPage = page.url();
  // Compare the rows by their InvokeIds: the relative "launched" time ticks between reads.
  const idsOf = () => list.rows.evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('a')].map((link) => link.textContent).filter((text) => text?.startsWith('t-')).join(' ')));
  const secondRows = await idsOf();
  expect(secondRows.length).toBeGreaterThan(0);

  await page.goto(secondPage);
  await expect(list.rows.first()).toBeVisible();
  expect(await idsOf()).toEqual(secondRows);
  await expect(list.filters.getByLabel('Operator', { exact: true })).toHaveValue('priya');

  await list.pagerLink('Newer').click();
  await expect(list.rows).toHaveCount(20);
  await expect(newestInvokeId(0)).toHaveText(firstPage ?? '');
});

test('"Look up an InvokeId" checks the shape, then opens one created directly in the sandbox', async ({ page }) => {
  const list = new InvocationsListPage(page);
  await list.goto();
  await list.lookUp('hz0jdf-not-an-id');
  await expect(page.getByText(/is not an InvokeId: those are t- then letters and digits/)).toBeVisible();
  await expect(page).toHaveURL(/\/invocations$/);

  const invokeId = await invokeOutsideInvokeDeck();
  await list.lookUp(invokeId, 'cn-shanghai');
  await expect(page).toHaveURL(`/invocations/${invokeId}?region=cn-shanghai`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(invokeId);
  await expect(page.getByText('(not through InvokeDeck)')).toBeVisible();
});

test.describe('as a viewer', () => {
  test.use({ storageState: E2E.storage.viewer });

  test('a viewer browses and filters the same list', async ({ page }) => {
    const list = new InvocationsListPage(page);
    await list.goto();
    await expect(list.rows.first()).toBeVisible();
    await list.filter('Repeat mode', 'Once');
    await expect(list.rowOf(lastInvokeId)).toBeVisible();
    await expect(page.getByLabel('Look up an InvokeId')).toBeEditable();
  });
});

/** InvokeCommand through the official SDK, signed with the suite's sandbox key pair. */
async function invokeOutsideInvokeDeck(): Promise<string> {
  const { accessKeyId, accessKeySecret } = SANDBOX_KEYS;
  // CommonJS compiled from TS: depending on the loader the class is the default export or its `.default`.
  const loaded = $Ecs.default as unknown as { default?: typeof $Ecs.default };
  const Ecs = typeof loaded.default === 'function' ? loaded.default : $Ecs.default;
  const client = new Ecs(
    new $OpenApiUtil.Config({ accessKeyId, accessKeySecret, regionId: 'cn-shanghai', endpoint: E2E.sandboxUrl.replace(/^http:\/\//, ''), protocol: 'http', readTimeout: 15_000 }),
  );
  const commands = await client.describeCommands(new $Ecs.DescribeCommandsRequest({ regionId: 'cn-shanghai', name: 'health-check.sh' }));
  const commandId = commands.body?.commands?.command?.[0]?.commandId;
  const instances = await client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-shanghai', instanceName: 'db-prod-01', maxResults: 10 }));
  const instanceId = instances.body?.instances?.instance?.[0]?.instanceId;
  if (!commandId || !instanceId) throw new Error('The sandbox has no health-check.sh or no db-prod-01');
  const invoked = await client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId, instanceId: [instanceId] }));
  const invokeId = invoked.body?.invokeId;
  if (!invokeId) throw new Error('InvokeCommand through the SDK returned no InvokeId');
  return invokeId;
}
