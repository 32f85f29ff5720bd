import { expect, test } from '@playwright/test';

import { LaunchPage } from '../pages/launch-page';
import { LoginPage } from '../pages/login-page';
import { REPLICAS, type ReplicaSet, startReplicas } from '../replicas';

/**
 * Two replicas on one PostgreSQL behave as one service: a session made on one works on the
 * other, and a launch made on one, whose replica is killed with SIGKILL while it sends, is
 * dispatched, observed and shown to the end by the other, each instance run once.
 */
test.describe.configure({ mode: 'serial' });

let replicas: ReplicaSet | undefined;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  replicas = await startReplicas();
});

test.afterAll(async () => {
  await replicas?.stop();
});

const control = (path: string, init: RequestInit = {}) =>
  fetch(`${REPLICAS.sandboxUrl}${path}`, { ...init, headers: { authorization: `Bearer ${REPLICAS.controlToken}`, 'content-type': 'application/json' } }).then((response) => response.json() as Promise<Record<string, unknown>>);

test('a launch made on one replica, killed mid-launch, is finished and shown by the other', async ({ browser }) => {
  test.setTimeout(240_000);
  const first = await browser.newContext({ baseURL: REPLICAS.url(0) });
  const page = await first.newPage();
  await new LoginPage(page).goto();
  await new LoginPage(page).signIn(REPLICAS.admin.username, REPLICAS.admin.password);
  await expect(page).toHaveURL(/\/invoke$/);

  // The session lives in PostgreSQL: the other replica knows it.
  const second = await browser.newContext({ baseURL: REPLICAS.url(1), storageState: await first.storageState() });
  const other = await second.newPage();
  await other.goto('/invocations');
  await expect(other.getByRole('heading', { name: 'Invocations', level: 1 })).toBeVisible();
  await expect(other.getByTestId('current-user')).toContainText(REPLICAS.admin.username);

  // One batch at a time, each call slow: the launch is still going when its replica dies.
  await control('/_sandbox/faults', { method: 'PUT', body: JSON.stringify({ InvokeCommand: { latencyMs: 1_500 } }) });
  const before = (await control('/_sandbox')).invocations as number;
  const form = new LaunchPage(page);
  await form.goto();
  await form.chooseCommand('health-check.sh');
  await form.searchInstances('web-prod-1');
  await form.selectAllMatching();
  await form.openAdvanced();
  await page.getByLabel('Concurrency', { exact: true }).selectOption('batches');
  await page.getByLabel('Concurrency: batches at a time').fill('1');
  const review = await form.review();
  await expect(review.root).toContainText('1 batch at a time');
  const launchId = ((await review.requestParameter('ClientToken').first().textContent()) ?? '').replace(/-b0$/, '');
  await review.confirmButton.click();
  await expect(page.getByTestId('launch-result')).toBeVisible();

  const sent = async () => ((await (await other.request.get(`/api/launches/${launchId}?instances=0`)).json()) as { data: { batches: { status: string }[] } }).data.batches;
  await expect.poll(async () => (await sent()).filter((batch) => batch.status === 'sent').length, { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
  expect((await sent()).some((batch) => batch.status === 'pending')).toBe(true);
  replicas?.kill(0);

  // The other replica takes over: it sends what is left, observes, and shows the launch to the end.
  await other.goto(`/invocations/launches/${launchId}`);
  const progress = other.getByRole('progressbar', { name: 'Batches sent' });
  const total = (await sent()).length;
  expect(total).toBeGreaterThanOrEqual(2);
  await expect(progress).toHaveAttribute('aria-valuetext', `${total} of ${total} batches sent`, { timeout: 120_000 });
  await expect(other.getByRole('heading', { level: 1 }).locator('xpath=..').locator('[data-status]')).toHaveText('Success', { timeout: 120_000 });
  // One invocation per batch: whatever was in flight when the replica died went out once.
  expect(((await control('/_sandbox')).invocations as number) - before).toBe(total);
  await control('/_sandbox/faults', { method: 'DELETE' });
  await first.close();
  await second.close();
});
