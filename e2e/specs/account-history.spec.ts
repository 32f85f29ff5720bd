import * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';

import { E2E } from '../env';
import { AppApi, expect, REGION, SANDBOX_KEYS, Sandbox, test } from '../fixtures';
import { AccountHistoryPage } from '../pages/account-history-page';

/**
 * Issue 14, item 10: the account's whole history. Invocations made straight with the SDK
 * (outside InvokeDeck) show in the whole-account view marked as such, the filters narrow them
 * through DescribeInvocations, Older and Newer walk its NextToken pages, and the one InvokeDeck
 * launched is recognised and leads to its launch. A viewer reads it all.
 */
test.describe.configure({ mode: 'serial' });
test.use({ storageState: E2E.storage.viewer });

/** One more than a page of the view (lib/launches/account-history.ts: HISTORY_PAGE_SIZE). */
const OUTSIDE = 21;
const RUN = Math.random().toString(36).slice(2, 8);
const COMMAND = `history-${RUN}.sh`;
const TAG = { key: 'team', value: `history-${RUN}` };

let commandId = '';
let instances: string[] = [];
/** Made with the SDK, newest first. */
const outside: string[] = [];
let ours = { launchId: '', invokeId: '' };

function sdk() {
  // CommonJS compiled from TS: depending on the loader the class is the default export or its `.default`.
  const loaded = $Ecs.default as unknown as { default?: typeof $Ecs.default };
  const Ecs = typeof loaded.default === 'function' ? loaded.default : $Ecs.default;
  return new Ecs(new $OpenApiUtil.Config({ ...SANDBOX_KEYS, regionId: REGION, endpoint: E2E.sandboxUrl.replace(/^http:\/\//, ''), protocol: 'http', readTimeout: 15_000 }));
}

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(120_000);
  const [control, operator] = await Promise.all([playwright.request.newContext(), playwright.request.newContext({ baseURL: E2E.baseUrl, storageState: E2E.storage.operator })]);
  const sandbox = new Sandbox(control);
  const api = new AppApi(operator);
  commandId = await sandbox.createCommand({ name: COMMAND, type: 'RunShellScript', content: 'echo "made outside InvokeDeck"' });
  instances = await api.instanceIds('web-prod-140', 'web-prod-141');

  // The oldest: one launch through InvokeDeck.
  const { answer } = await sandbox.serialised(() =>
    api.launch({ regionId: REGION, commandId, instanceIds: instances, repeatMode: 'Once', frequency: '', parameters: [], username: '', windowsPasswordName: '' }),
  );
  if (!answer.ok) throw new Error(`The launch was refused: ${answer.message}`);
  const launchId = (answer.data as { launchId: string }).launchId;
  ours = { launchId, invokeId: (await api.sentLaunch(launchId)).batches[0]?.invokeId ?? '' };
  expect(ours.invokeId).toMatch(/^t-/);

  // Then a page and one more straight through the SDK, as a script or the console would; the newest on its own instance, tagged.
  const client = sdk();
  for (let n = 0; n < OUTSIDE; n++) {
    const newest = n === OUTSIDE - 1;
    const invoked = await client.invokeCommand(
      new $Ecs.InvokeCommandRequest({ regionId: REGION, commandId, instanceId: [instances[newest ? 1 : 0] ?? ''], ...(newest && { tag: [new $Ecs.InvokeCommandRequestTag(TAG)] }) }),
    );
    outside.unshift(invoked.body?.invokeId ?? '');
  }
  await Promise.all([control.dispose(), operator.dispose()]);
});

test('an invocation made outside InvokeDeck shows in the whole account, marked as such, and opens its InvokeId page', async ({ page }) => {
  const history = new AccountHistoryPage(page);
  await history.open();
  await expect(page.getByRole('link', { name: `Whole account in ${REGION}` })).toHaveAttribute('aria-current', 'page');
  await history.filterBy({ Command: COMMAND });
  const row = history.rowOf(outside[0] ?? '');
  await expect(history.cell(row, 'Source')).toHaveText('Made outside InvokeDeck');
  await expect(history.cell(row, 'Command')).toContainText(COMMAND);
  await expect(history.cell(row, 'Repeat')).toHaveText('Once');
  await expect(history.cell(row, 'Instances')).toContainText('1');
  await expect(history.status(row)).toHaveText(/^(Pending|Running|Success)$/);

  await row.getByRole('link', { name: COMMAND }).click();
  await expect(page).toHaveURL(new RegExp(`/invocations/${outside[0]}\\?region=${REGION}$`));
  await expect(page.getByText(outside[0] ?? '', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(COMMAND).first()).toBeVisible();
});

test('the filters narrow the account through DescribeInvocations, and one that matches nothing says so', async ({ page }) => {
  const history = new AccountHistoryPage(page);
  await history.open();
  await history.filterBy({ Command: COMMAND, Instance: instances[1] });
  // The newest from outside and InvokeDeck's launch, which also ran there.
  await expect(history.rows).toHaveCount(2);
  await expect(history.rowOf(outside[0] ?? '')).toBeVisible();
  await expect(history.rowOf(ours.invokeId)).toBeVisible();

  await history.filterBy({ Tag: `${TAG.key}=${TAG.value}` });
  await expect(history.rows).toHaveCount(1);
  await expect(history.rowOf(outside[0] ?? '')).toBeVisible();

  await history.filterBy({ Command: commandId });
  await history.choose('Status', 'Failed');
  await expect(page.getByRole('heading', { name: 'No invocations match these filters' })).toBeVisible();
  await expect(page).toHaveURL(/status=Failed/);
  await page.getByRole('link', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/invocations\\?source=account&region=${REGION}$`));
});

test('Older and Newer walk the API pages, and InvokeDeck’s own launch leads to its launch', async ({ page }) => {
  const history = new AccountHistoryPage(page);
  await history.open();
  await history.filterBy({ Command: COMMAND });
  await expect(history.rows).toHaveCount(20);
  await expect(history.pager()).toContainText('Page 1 · 20 invocations');
  await expect(history.rowOf(ours.invokeId)).toHaveCount(0);

  await history.pagerLink('Older').click();
  await expect(page).toHaveURL(/token=/);
  await expect(history.pager()).toContainText('Page 2 · 2 invocations');
  await expect(history.rows.first()).toContainText(outside[OUTSIDE - 1] ?? '');
  const mine = history.rowOf(ours.invokeId);
  await expect(history.cell(mine, 'Source')).toHaveText('InvokeDeck launch · priya');
  await expect(history.cell(mine, 'Instances')).toContainText('2');
  // The URL reopens the same API page.
  await page.reload();
  await expect(history.pager()).toContainText('Page 2 · 2 invocations');
  await expect(history.pager().getByText('Older')).toHaveAttribute('aria-disabled', 'true');

  await history.pagerLink('Newer').click();
  await expect(history.pager()).toContainText('Page 1 · 20 invocations');
  await expect(history.rowOf(outside[0] ?? '')).toBeVisible();

  await history.pagerLink('Older').click();
  await history.rowOf(ours.invokeId).getByRole('link', { name: COMMAND }).click();
  await expect(page).toHaveURL(new RegExp(`/invocations/launches/${ours.launchId}$`));
});

test('when Alibaba does not answer, the view names its error and offers to read again', async ({ page, sandbox }) => {
  test.setTimeout(120_000);
  const history = new AccountHistoryPage(page);
  await history.open();
  await history.filterBy({ Command: COMMAND });
  const here = page.url();
  await sandbox.withFaults({ DescribeInvocations: { internalError: 1 } }, async () => {
    await page.goto(here);
    await expect(page.getByRole('heading', { name: /^Could not read the account's invocations: / })).toBeVisible({ timeout: 60_000 });
  });
  await page.getByRole('link', { name: 'Try again' }).click();
  await expect(history.pager()).toContainText('Page 1 · 20 invocations');
});
