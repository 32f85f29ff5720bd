import { startReceiver } from '@/lib/notify/test-receiver';
import { verifySignature } from '@/lib/notify/sign';

import { E2E } from '../env';
import { expect, REGION, test } from '../fixtures';
import { NotificationsPage } from '../pages/notifications-page';

/**
 * Issue 16: an admin points a generic webhook at a receiver; when a launch finishes, the
 * receiver gets one signed delivery, and the launch page lists it as delivered with 200.
 */
test.use({ storageState: E2E.storage.admin });

const SECRET = 'whsec-e2e-notifications-0123456789';

test('a finished launch is posted once, signed, to the webhook an admin added, and listed on its page as delivered', async ({ page, operatorApi, sandbox }) => {
  test.setTimeout(180_000);
  const receiver = await startReceiver();
  const name = `On-call receiver ${Date.now().toString(36)}`;
  const notifications = new NotificationsPage(page);
  try {
    await notifications.goto();
    await notifications.addWebhook({ name, kind: 'Generic JSON', url: receiver.url, secret: SECRET, scope: 'All launches' });
    const item = notifications.webhook(name);
    // The URL is shown as its host only, and the secret never comes back.
    await expect(item).toContainText(`${new URL(receiver.url).origin}/…`);
    await expect(item).toContainText('signed');
    await expect(page.getByText(SECRET)).toHaveCount(0);
    expect(await page.content()).not.toContain(SECRET);

    // "Send test" posts a sample at once and says what the receiver answered.
    await expect(await notifications.sendTest(name)).toHaveText('Delivered: the receiver answered 200.');
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]?.body ?? '{}')).toMatchObject({ test: true, event: 'launch.succeeded' });
    receiver.received.length = 0;

    const [instanceId] = await operatorApi.instanceIds('web-prod-192');
    const { answer } = await sandbox.serialised(async () =>
      operatorApi.launch({ regionId: REGION, commandId: await operatorApi.commandId('health-check.sh'), instanceIds: [instanceId ?? ''], repeatMode: 'Once', frequency: '', parameters: [], username: '', windowsPasswordName: '' }),
    );
    if (!answer.ok) throw new Error(`The launch was refused: ${answer.message}`);
    const { launchId } = answer.data as { launchId: string };

    // The launch page lists the delivery once the outbox has posted it.
    await page.goto(`/invocations/launches/${launchId}`);
    const deliveries = page.getByRole('table', { name: 'Webhook deliveries' });
    const row = deliveries.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('Delivered', { timeout: 90_000 });
    await expect(row).toContainText('Launch succeeded everywhere');
    await expect(row.getByRole('cell', { name: '200', exact: true })).toBeVisible();
    await expect(deliveries.getByRole('row', { name: new RegExp(name) })).toHaveCount(1);

    // The receiver got exactly one request for this launch, and its signature checks out.
    const forLaunch = receiver.received.filter((request) => request.body.includes(launchId));
    expect(forLaunch).toHaveLength(1);
    const [delivery] = forLaunch;
    const header = (key: string) => String(delivery?.headers[key] ?? '');
    expect(verifySignature(SECRET, { timestamp: header('x-invokedeck-timestamp'), signature: header('x-invokedeck-signature') }, delivery?.body ?? '', Math.floor(Date.now() / 1000))).toBe(true);
    expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({
      event: 'launch.succeeded',
      launch: { id: launchId, commandName: 'health-check.sh', status: 'Success', createdBy: E2E.operator.username },
      counts: { Success: 1 },
      url: `${E2E.baseUrl}/invocations/launches/${launchId}`,
    });
  } finally {
    await notifications.goto();
    await notifications.delete(name);
    await receiver.close();
  }
});
