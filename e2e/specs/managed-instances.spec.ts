import { InvocationPage } from '../pages/invocation-page';
import { InvocationsListPage } from '../pages/invocations-list-page';
import { expect, REGION, test } from '../fixtures';
import { E2E } from '../env';

/**
 * Issue 14, item 4: managed instances (`mi-`, servers outside ECS registered with Cloud
 * Assistant) are listed in the picker beside ECS instances, launched on, and reviewed like
 * any other. The sandbox seeds four in cn-shanghai: three connected, onprem-legacy-01 not.
 */
test.use({ storageState: E2E.storage.operator });

const ECS_HOST = 'web-prod-177';
const MANAGED_HOST = 'onprem-web-01';

test('the picker lists managed instances beside ECS ones, marked, with the offline one ineligible and why', async ({ launchPage: form, page }) => {
  await form.goto();
  await expect(form.region).toHaveValue(REGION);
  await form.chooseCommand('health-check.sh');

  const kind = page.getByLabel('Kind', { exact: true });
  await kind.selectOption({ label: 'Managed (4)' });
  await expect(form.instances.getByRole('option')).toHaveCount(4);
  // Each row says it is managed in place of an ECS status; its accessible name says so too.
  for (const name of ['onprem-db-01', MANAGED_HOST, 'branch-win-01', 'onprem-legacy-01']) {
    await expect(form.instance(name)).toHaveAccessibleName(/, Managed, .*managed instance outside ECS/);
    // One badge shows at any width: in the Status column, or beside the name when that column is hidden.
    await expect(form.instance(name).getByText('Managed', { exact: true }).filter({ visible: true })).toHaveCount(1);
  }
  await expect(form.instance(MANAGED_HOST)).toContainText('Eligible');
  await expect(form.instance('onprem-legacy-01')).toHaveAttribute('aria-disabled', 'true');
  await expect(form.instance('onprem-legacy-01')).toContainText('Agent not connected');
  await expect(form.instance('branch-win-01')).toContainText('Windows instance, Linux shell command');

  // Clicking the offline one selects nothing and says why (aria-disabled, which Playwright would wait out; a person can still click).
  await form.instance('onprem-legacy-01').click({ force: true });
  await expect(form.pickerNotice).toHaveText(/^mi-[a-z0-9]+ cannot be selected: Agent not connected\.$/);
  await expect(form.selectedInstances()).toHaveCount(0);

  // ECS only leaves them out; the search finds them by the word on their badge.
  await kind.selectOption('ecs');
  await expect(form.instance(MANAGED_HOST)).toHaveCount(0);
  await kind.selectOption('all');
  await form.searchInstances('managed site=dc1');
  await expect(form.instances.getByRole('option')).toHaveCount(3);
});

test('a command launched on a managed and an ECS instance runs on both and is reviewed like any other', async ({ launchPage: form, sandbox, page }) => {
  const command = `hello-managed-${Date.now() % 1_000_000}.sh`;
  await sandbox.createCommand({ name: command, type: 'RunShellScript', content: '#!/bin/bash\necho "hello from $(hostname)"' });
  await form.goto();
  await form.chooseCommand(command);
  const [ecsId = '', managedId = ''] = await form.selectInstances(ECS_HOST, MANAGED_HOST);
  expect(ecsId).toMatch(/^i-/);
  expect(managedId).toMatch(/^mi-/);

  const review = await form.review();
  await expect(review.blastRadius).toContainText('2 instances, 1 batch');
  await expect(review.requestParameter('InstanceId.1')).toHaveText(ecsId);
  await expect(review.requestParameter('InstanceId.2')).toHaveText(managedId);
  const mark = await sandbox.mark();
  await review.launch();
  await expect(form.result.headline).toHaveText('Launched on 2 instances in 1 batch');
  const calls = await sandbox.invokeCommands(mark, { instanceIds: [ecsId, managedId] });
  expect(calls.map((call) => call.code)).toEqual(['OK']);
  const [invokeId = ''] = await form.result.invokeIds();

  // The launch's page: both hosts by name, both Success, the managed one's output readable.
  await form.result.openLaunch.click();
  const launch = new InvocationPage(page);
  await expect(launch.row(managedId)).toContainText(MANAGED_HOST, { timeout: 30_000 });
  await expect(launch.row(ecsId)).toContainText(ECS_HOST);
  for (const instanceId of [ecsId, managedId]) await expect(launch.row(instanceId)).toContainText('Success', { timeout: 60_000 });
  await expect(await launch.openOutput(managedId)).toContainText('hello from web01.dc1.example.internal');

  // The InvokeId's own page, opened from "Look up an InvokeId" as an operator would paste it.
  const list = new InvocationsListPage(page);
  await list.goto();
  await list.lookUp(invokeId, REGION);
  await expect(page).toHaveURL(new RegExp(`/invocations/${invokeId}`));
  const invocation = new InvocationPage(page);
  await expect(invocation.heading()).toHaveText(invokeId);
  await expect(invocation.row(managedId)).toContainText(MANAGED_HOST);
  await expect(invocation.row(managedId)).toContainText('Success');
  await expect(await invocation.openOutput(managedId)).toContainText('hello from web01.dc1.example.internal');
  // Searching the table by the managed host's address finds it, as it does an ECS host.
  await invocation.search().fill('10.20.0.21');
  await expect(invocation.rows()).toHaveCount(1);
  await expect(invocation.row(managedId)).toBeVisible();
});
