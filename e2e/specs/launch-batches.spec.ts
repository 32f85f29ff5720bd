import { E2E } from '../env';
import { expect, instanceIdsOf, test } from '../fixtures';

/**
 * Issue 4: more than 50 instances are split into batches of at most 50, each its own
 * InvokeCommand with its own ClientToken and InvokeId, recorded together as one launch.
 */
test.use({ storageState: E2E.storage.operator });

test('a launch on 120 instances is sent as 3 batches and comes back with 3 InvokeIds', async ({ launchPage: form, sandbox }) => {
  await form.goto();
  await form.chooseCommand('health-check.sh');

  // web-prod-001…099 (037 is stopped), 100…119, then 120 and 121 by hand: 120 instances.
  await form.searchInstances('web-prod-0');
  await form.selectAllMatching();
  await expect(form.pickerNotice).toHaveText(/^Added 98 instances\. Skipped 1 instance that is not eligible\./);
  for (const prefix of ['web-prod-10', 'web-prod-11']) {
    await form.searchInstances(prefix);
    await form.selectAllMatching();
    await expect(form.pickerNotice).toHaveText(/^Added 10 instances\./);
  }
  await form.selectInstances('web-prod-120', 'web-prod-121');
  await expect(form.selectionCount).toHaveText(/ 120 selected$/);
  await expect(form.section('Instances').getByText(/^Skipped|cannot be selected/)).toHaveCount(0);

  const review = await form.review();
  await expect(review.blastRadius).toContainText('120 instances, 3 batches');
  await expect(review.root).toContainText("Each batch is one InvokeCommand call against the daily limit: the account's own quota (DescribeAccountAttributes).");
  const firstToken = (await review.requestParameter('ClientToken').textContent()) ?? '';
  const launchId = firstToken.replace(/-b0$/, '');
  expect(firstToken).toMatch(/^[0-9a-f-]{36}-b0$/);
  await expect(review.confirmButton).toHaveText('Launch on 120 instances');

  const mark = await sandbox.mark();
  await review.launch();

  await expect(form.result.headline).toHaveText('Launched on 120 instances in 3 batches');
  await expect(form.result.batches).toHaveCount(3);
  await expect(form.result.batch(1)).toContainText('50 instances');
  await expect(form.result.batch(2)).toContainText('50 instances');
  await expect(form.result.batch(3)).toContainText('20 instances');
  const invokeIds = await form.result.invokeIds();
  expect(invokeIds).toHaveLength(3);
  expect(new Set(invokeIds).size).toBe(3);
  for (const invokeId of invokeIds) expect(invokeId).toMatch(/^t-[a-z0-9]+$/);

  // The sandbox saw exactly three InvokeCommand calls for this launch, each with its own token.
  const calls = await sandbox.invokeCommands(mark, { launchId });
  expect(calls.map((call) => call.code)).toEqual(['OK', 'OK', 'OK']);
  expect(calls.map((call) => call.params.ClientToken).sort()).toEqual([`${launchId}-b0`, `${launchId}-b1`, `${launchId}-b2`]);
  expect(calls.map((call) => instanceIdsOf(call).length).sort((a, b) => a - b)).toEqual([20, 50, 50]);
  expect(new Set(calls.flatMap(instanceIdsOf)).size).toBe(120);
});
