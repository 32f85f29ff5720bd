import { asAccount } from '../as-account';
import { E2E } from '../env';
import { expect, instanceIdsOf, test } from '../fixtures';
import { AuditLog } from '../pages/audit-log';
import { CanaryPanel, setCanary } from '../pages/canary-panel';
import { InvocationPage } from '../pages/invocation-page';

/**
 * Issue 17, item 4: canary batches, as OOS's FirstBatchPause. An operator launches on twelve
 * hosts with a first batch of two and a pause; the two run, the launch says Paused and sends
 * nothing more; a second operator resumes it and every host runs once; the audit log says who.
 * (e2e/specs/canary.spec.ts is the secrets canary, a different thing.)
 */
test.use({ storageState: E2E.storage.operator });

const HOSTS = Array.from({ length: 12 }, (_, i) => `web-prod-${String(121 + i).padStart(3, '0')}`);
const RATE = 'All batches at once; pause after the first batch of 2 instances (17%) for a person to resume';


test('a canary runs its first batch, pauses for a person, and a second operator resumes it to every host', async ({ browser, page, launchPage: form, sandbox }) => {
  test.setTimeout(360_000);
  await form.goto();
  await form.chooseCommand('health-check.sh');
  const ids = await form.selectInstances(...HOSTS);
  await form.openAdvanced();
  await setCanary(page, { pause: 'first', firstBatch: 2 });
  await expect(page.getByText('Pause after the first batch of 2 instances (17%) for a person to resume.')).toBeVisible();

  const review = await form.review();
  await expect(review.blastRadius).toContainText('12 instances, 2 batches');
  await expect(review.root).toContainText(RATE);
  const launchId = ((await review.requestParameter('ClientToken').first().textContent()) ?? '').replace(/-b0$/, '');
  const mark = await sandbox.mark();
  await review.confirmButton.click();
  await expect(form.result.root).toBeVisible();

  // The first two run; the launch pauses and the sandbox hears of nothing more.
  await page.goto(`/invocations/launches/${launchId}`);
  const panel = new CanaryPanel(page);
  await panel.expectPaused(1);
  await expect(new InvocationPage(page).aggregate()).toHaveText('Paused');
  await expect(panel.root).toContainText('2 of 12 instances ran — 2 succeeded, 0 failed.');
  await expect(panel.root).toContainText('Resume sends the remaining 10 instances. Abort sends none of them.');
  expect((await sandbox.invokeCommands(mark, { launchId })).map((call) => call.params.ClientToken)).toEqual([`${launchId}-b0`]);

  // A viewer sees it waiting and has nothing to press.
  await asAccount(browser, 'viewer', async (viewerPage) => {
    await viewerPage.goto(`/invocations/launches/${launchId}`);
    const viewer = new CanaryPanel(viewerPage);
    await viewer.expectPaused(1, 30_000);
    await expect(viewer.root).toContainText('Deciding needs the operator role');
    await expect(viewer.resumeButton).toHaveCount(0);
  });

  // Another operator, not the launcher, resumes it; it completes on every host, each once.
  await asAccount(browser, 'operator2', async (secondPage) => {
    await secondPage.goto(`/invocations/launches/${launchId}`);
    const second = new CanaryPanel(secondPage);
    await second.expectPaused(1, 30_000);
    await second.resume();
    await expect(second.history).toContainText(`resumed by ${E2E.operator2.username} at`);
    await new InvocationPage(secondPage).expectAggregate('Success', 120_000);
  });
  const calls = await sandbox.invokeCommands(mark, { launchId });
  const sentTo = calls.flatMap(instanceIdsOf);
  expect(sentTo.sort()).toEqual([...ids].sort());

  // The launcher's page says who resumed it; so does the audit log, with the results so far.
  await expect(panel.history).toContainText(`Paused after batch 1 at`, { timeout: 30_000 });
  await expect(panel.history).toContainText(`resumed by ${E2E.operator2.username}`);
  await asAccount(browser, 'admin', async (adminPage) => {
    const audit = new AuditLog(adminPage);
    await audit.goto(`?target=${launchId}`);
    await expect(audit.entries.filter({ hasText: `${E2E.operator2.username} resumed launch` })).toContainText('after batch 1: 2 ran, 2 succeeded, 0 failed; 10 left');
    await expect(audit.entries.filter({ hasText: 'paused, for a person to look, launch' })).toBeVisible();
  });

  // Run again keeps the canary: it is part of the launch's rate control.
  await page.getByRole('link', { name: 'Run again' }).click();
  await form.ready();
  await form.openAdvanced();
  await expect(page.getByLabel('Canary', { exact: true })).toHaveValue('first');
  await expect(page.getByLabel('First batch', { exact: true })).toHaveValue('instances');
  await expect(page.getByLabel('First batch: instances')).toHaveValue('2');
});
