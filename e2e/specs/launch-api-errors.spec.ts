import { E2E } from '../env';
import { expect, test } from '../fixtures';

/**
 * Issue 4: what only ECS can know. The form was right when it was filled in, but by the time
 * the operator presses Launch the command is gone, an instance has stopped or been released,
 * or Alibaba cannot dispatch. The server finds out, says which field and what to do, with
 * Alibaba's code; a batch Alibaba failed can be resent from the launch page.
 */
test.use({ storageState: E2E.storage.operator });

/** Linux hosts no other spec uses, released one per run of the release test. */
const RELEASE_SPARES = ['worker-dev-sh-0360', 'dev-20', 'dev-18'];

test.describe('changed while the review was open', () => {
  const restarts: string[] = [];
  test.afterEach(async ({ sandbox }) => {
    // Put stopped instances back, so the fleet is as the other specs expect it.
    for (const instanceId of restarts.splice(0)) {
      await expect.poll(async () => (await sandbox.instance(instanceId)).status, { timeout: 15_000 }).toBe('Stopped');
      await sandbox.power(instanceId, 'start');
    }
  });

  test('a command deleted before Launch is refused on the Command field, with InvalidCmdId.NotFound', async ({ launchPage: form, sandbox }, testInfo) => {
    const name = `e2e-doomed-${testInfo.testId}.sh`;
    const commandId = await sandbox.createCommand({ name, type: 'RunShellScript', content: 'echo "this command is deleted before it runs"' });
    await form.goto();
    await form.chooseCommand(name);
    const instanceIds = await form.selectInstances('web-prod-180');
    const review = await form.review();

    await sandbox.deleteCommand(commandId);
    const mark = await sandbox.mark();
    await review.launch();

    await expect(review.root).toBeHidden();
    await expect(form.refusal).toContainText('The launch was not sent');
    await expect(form.commands).toHaveAttribute('aria-invalid', 'true');
    await expect(form.sectionError('Target')).toHaveText(`Command ${commandId} was not found in this region. It may have been deleted; choose another command.`);
    expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);
    // Alibaba's code, so the operator can look it up.
    await expect(form.page.getByText('InvalidCmdId.NotFound')).toBeVisible();
  });

  test('an instance stopped before Launch is refused on the Instances field, with InvalidInstance.NotMatch', async ({ launchPage: form, sandbox }) => {
    await form.goto();
    await form.chooseCommand('health-check.sh');
    // dev-02: a running Linux box no other spec uses; started again after the test.
    const [, doomed = ''] = await form.selectInstances('web-prod-181', 'dev-02');
    expect((await sandbox.instance(doomed)).status).toBe('Running');
    const review = await form.review();

    await sandbox.power(doomed, 'stop');
    restarts.push(doomed);
    const mark = await sandbox.mark();
    await review.launch();

    await expect(review.root).toBeHidden();
    await expect(form.refusal).toContainText('The launch was not sent');
    const message = new RegExp(`^Instance ${doomed} \\(dev-02\\) cannot run this command: Stopp(ing|ed)\\. Remove it from the selection\\.$`);
    await expect(form.sectionError('Instances')).toHaveText(message);
    await expect(form.instances).toHaveAttribute('aria-invalid', 'true');
    expect(await sandbox.invokeCommands(mark, { instanceIds: [doomed] })).toEqual([]);
    await expect(form.page.getByText('InvalidInstance.NotMatch')).toBeVisible();
  });

  test('an instance released before Launch is refused on the Instances field, with InvalidInstance.NotFound', async ({ launchPage: form, sandbox, operatorApi }) => {
    // A release cannot be undone: take the first spare Linux host still running (a retry takes the next).
    const fleet = await operatorApi.instances();
    const spare = RELEASE_SPARES.find((name) => fleet.some((instance) => instance.name === name && instance.status === 'Running'));
    expect(spare, 'a spare host to release is left').toBeDefined();
    await form.goto();
    await form.chooseCommand('health-check.sh');
    const [, doomed = ''] = await form.selectInstances('web-prod-182', spare ?? '');
    const review = await form.review();

    await sandbox.release(doomed);
    const mark = await sandbox.mark();
    await review.launch();

    await expect(review.root).toBeHidden();
    await expect(form.sectionError('Instances')).toHaveText(`Instance ${doomed} was not found in this region. It may have been released; remove it.`);
    expect(await sandbox.invokeCommands(mark, { instanceIds: [doomed] })).toEqual([]);
    await expect(form.page.getByText('InvalidInstance.NotFound')).toBeVisible();
  });
});

test('InternalError.Dispatch from Alibaba shows on the failed batch with what to do, and the launch page resends it', async ({ launchPage: form, sandbox, page }) => {
  const token = 'reg-token-dispatch-spec';
  await form.goto();
  await form.chooseCommand('patch-web.sh');
  await form.fillParameters({ registry_token: token });
  await form.selectInstances('web-prod-183', 'web-prod-184');
  const review = await form.review();
  const launchId = ((await review.requestParameter('ClientToken').textContent()) ?? '').replace(/-b0$/, '');

  const mark = await sandbox.mark();
  // The server tries a batch again after a transient error (twice in this suite, DISPATCH_MAX_ATTEMPTS=2), then gives up.
  await sandbox.withFaults({ InvokeCommand: { internalError: 1 } }, () => review.launch());

  await expect(form.result.headline).toHaveText('0 of 1 batch sent');
  const failed = form.result.batch(1);
  await expect(failed).toContainText('InternalError.Dispatch');
  await expect(failed).toContainText('Wait a minute and launch again');
  await expect(failed.getByRole('link', { name: /^t-/ })).toHaveCount(0);
  // Every attempt reached the sandbox with the batch's one ClientToken, and each was refused.
  const attempts = await sandbox.invokeCommands(mark, { launchId });
  expect(attempts.length).toBeGreaterThan(0);
  expect(new Set(attempts.map((call) => `${call.params.ClientToken} ${call.code}`))).toEqual(new Set([`${launchId}-b0 InternalError.Dispatch`]));

  await form.result.openLaunch.click();
  await expect(page).toHaveURL(new RegExp(`/invocations/launches/${launchId}$`));
  const batches = page.getByRole('list', { name: 'Batches' });
  await expect(batches.getByRole('listitem')).toContainText('InternalError.Dispatch');
  await page.getByRole('button', { name: 'Resend batch 1' }).click();
  const resend = page.getByRole('dialog', { name: 'Resend batch 1?' });
  // Its secret is still kept sealed with the batch (for 24 hours): nothing to type again.
  await expect(resend).not.toContainText('enter them again');
  await expect(resend.getByLabel('registry_token')).toHaveCount(0);

  const resendMark = await sandbox.mark();
  await sandbox.serialised(async () => {
    await resend.getByRole('button', { name: 'Resend', exact: true }).click();
    await expect(resend).toBeHidden({ timeout: 30_000 });
  });
  const invokeIdLink = batches.getByRole('link', { name: /^t-[a-z0-9]+$/ });
  await expect(invokeIdLink).toBeVisible();
  await expect(batches.getByRole('listitem')).not.toContainText('InternalError.Dispatch');
  const resent = await sandbox.invokeCommands(resendMark, { launchId });
  expect(resent.map((call) => [call.params.ClientToken, call.code])).toEqual([[`${launchId}-b0`, 'OK']]);
  // The sealed secret is the one that reached Alibaba (the sandbox's log masks values).
  expect(await sandbox.invocationParameters((await invokeIdLink.textContent()) ?? '')).toMatchObject({ registry_token: token });
});
