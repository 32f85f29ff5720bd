import { callServerAction, listServerActions } from '../endpoints';
import { asAccount } from '../as-account';
import { E2E } from '../env';
import { expect, REGION, test } from '../fixtures';
import { ApprovalPanel, ApprovalRulesPage } from '../pages/approvals-page';
import { AuditLog } from '../pages/audit-log';
import { InvocationPage } from '../pages/invocation-page';
import { type LaunchPage } from '../pages/launch-page';

/**
 * Issue 16, item 1: the two-person rule. An admin's rule holds a launch over its threshold as
 * requested; nothing reaches Alibaba until an operator other than the requester approves it,
 * and a rejected one never does. The rule names a tag of this run only, so it can never hold a
 * launch of another spec running beside this one.
 */
test.use({ storageState: E2E.storage.operator });
test.describe.configure({ mode: 'serial' });

const RUN = `a${Date.now().toString(36)}`;
const TAG_KEY = 'e2e-approval';
const RULE = `Launches in ${REGION} with more than 2 instances and any instance tagged ${TAG_KEY}=${RUN}`;
const INSTANCES = ['worker-staging-09', 'worker-staging-10', 'worker-staging-11'];


/** Launch health-check.sh on the run's three tagged instances; answers the launch's ID once the form says it is requested. */
async function requestLaunch(form: LaunchPage): Promise<string> {
  await form.goto();
  await form.chooseCommand('health-check.sh');
  await form.selectInstances(...INSTANCES);
  const review = await form.review();
  await review.launch();
  await expect(form.result.headline).toHaveText('Requested: waiting for approval');
  await expect(form.result.root).toContainText('More than 2 instances (3) and an instance tagged');
  const href = (await form.result.openLaunch.getAttribute('href')) ?? '';
  const launchId = /\/invocations\/launches\/([\w-]+)$/.exec(href)?.[1];
  if (!launchId) throw new Error(`No launch link in the result panel: ${href}`);
  return launchId;
}

test.afterAll(async ({ browser }) => {
  // Whatever happened above, the rule goes, so no later launch of this run is held by it.
  await asAccount(browser, 'admin', async (page) => {
    const rules = new ApprovalRulesPage(page);
    await rules.goto();
    if (await rules.rule(RULE).count()) await rules.removeRule(RULE);
  });
});

test('a launch over the threshold waits: its requester cannot approve it, a second operator does, and it is sent', async ({ browser, page, launchPage: form, sandbox, operatorApi }) => {
  test.setTimeout(300_000);
  await asAccount(browser, 'admin', async (adminPage) => {
    const rules = new ApprovalRulesPage(adminPage);
    await rules.goto();
    await rules.addRule({ region: REGION, moreThan: 2, tagKey: TAG_KEY, tagValue: RUN }, RULE);
    await expect(rules.rule(RULE)).toContainText(`Added by ${E2E.admin.username}`);
  });
  const instanceIds = await operatorApi.instanceIds(...INSTANCES);
  await sandbox.tagInstances(instanceIds, { [TAG_KEY]: RUN });

  const mark = await sandbox.mark();
  const launchId = await requestLaunch(form);
  expect(await sandbox.invokeCommands(mark, { launchId })).toEqual([]);

  // The requester reads the request and cannot decide it.
  await form.result.openLaunch.click();
  const panel = new ApprovalPanel(page);
  await expect(panel.state).toHaveText('Awaiting approval');
  await expect(new InvocationPage(page).aggregate()).toHaveText('Awaiting approval');
  await expect(panel.root).toContainText('Waiting for another operator to approve');
  await expect(panel.root).toContainText(`Requested by${E2E.operator.username} (you)`);
  await expect(panel.approveButton).toHaveCount(0);
  await expect(panel.rejectButton).toHaveCount(0);

  // Everyone sees it waiting above the invocations list.
  await page.goto('/invocations');
  const pending = page.getByRole('region', { name: 'Awaiting approval' });
  await expect(pending.getByRole('link', { name: `health-check.sh on 3 instances, requested by ${E2E.operator.username}` }).first()).toBeVisible();

  await asAccount(browser, 'operator2', async (secondPage) => {
    await secondPage.goto(`/invocations/launches/${launchId}`);
    const second = new ApprovalPanel(secondPage);
    await expect(second.state).toHaveText('Awaiting approval');
    const confirmation = await second.approve('Checked the three hosts');
    expect(confirmation).toContain('health-check.sh will be sent to 3 instances in cn-shanghai');
    await expect(second.root).toContainText(`Approved by${E2E.operator2.username}`);
    await expect(second.root).toContainText('Checked the three hosts');
    await new InvocationPage(secondPage).expectAggregate('Success', 120_000);
  });
  const sent = await sandbox.invokeCommands(mark, { launchId });
  expect(sent).toHaveLength(1);
  expect(sent[0]?.params['InstanceId.3']).toBeDefined();

  await asAccount(browser, 'admin', async (adminPage) => {
    const audit = new AuditLog(adminPage);
    await audit.goto(`?target=${launchId}`);
    await expect(audit.entries.filter({ hasText: `${E2E.operator.username} launched` })).toContainText('approval requested: more than 2 instances (3)');
    await expect(audit.entries.filter({ hasText: `${E2E.operator2.username} approved launch` })).toContainText('Checked the three hosts');
  });
});

test('a rejected launch is never sent; a viewer sees it waiting and cannot decide it', async ({ browser, page, launchPage: form, sandbox, viewerApi }) => {
  test.setTimeout(240_000);
  const mark = await sandbox.mark();
  const launchId = await requestLaunch(form);

  await asAccount(browser, 'viewer', async (viewerPage) => {
    await viewerPage.goto(`/invocations/launches/${launchId}`);
    const panel = new ApprovalPanel(viewerPage);
    await expect(panel.state).toHaveText('Awaiting approval');
    await expect(panel.root).toContainText('Deciding needs the operator role');
    await expect(panel.approveButton).toHaveCount(0);
    await expect(panel.rejectButton).toHaveCount(0);
    await viewerPage.goto('/invocations');
    await expect(viewerPage.getByRole('region', { name: 'Awaiting approval' })).toBeVisible();
  });
  // The server refuses a viewer whatever the page shows.
  const decide = listServerActions().find((action) => action.name === 'decideLaunchAction');
  if (!decide) throw new Error('decideLaunchAction is not in the build');
  const { result } = await callServerAction(viewerApi.request, decide, [{ launchId, decision: 'approve', comment: '' }]);
  expect(result).toMatchObject({ ok: false, status: 403 });

  await asAccount(browser, 'operator2', async (secondPage) => {
    await secondPage.goto(`/invocations/launches/${launchId}`);
    const second = new ApprovalPanel(secondPage);
    // No comment, no rejection: the requester must learn why.
    await second.rejectButton.click();
    await expect(second.root.getByText('Say why it is rejected')).toBeVisible();
    await second.reject('Not during the change freeze');
    await expect(second.root).toContainText(`Rejected by${E2E.operator2.username}`);
    await expect(second.root).toContainText('it was never sent');
  });

  await page.goto(`/invocations/launches/${launchId}`);
  const panel = new ApprovalPanel(page);
  await expect(panel.state).toHaveText('Rejected');
  await expect(panel.root).toContainText('Not during the change freeze');
  await expect(page.getByRole('list', { name: 'Batches' })).toContainText(`Rejected by ${E2E.operator2.username}: Not during the change freeze`);
  expect(await sandbox.invokeCommands(mark, { launchId })).toEqual([]);
  expect((await sandbox.requests(mark, 'InvokeCommand')).filter((entry) => (entry.params.ClientToken ?? '').startsWith(launchId))).toEqual([]);
});
