import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { InvocationPage } from '../pages/invocation-page';
import { ScriptEditor } from '../pages/script-editor';

/**
 * Issue 14, item 1: a script run without saving it first (RunCommand) on two instances, its
 * `{{parameter}}` found as it is typed and filled in, the exact request reviewed, and each
 * instance's output read on the launch page.
 */
test.use({ storageState: E2E.storage.operator });

const HOSTS = ['worker-prod-20', 'worker-prod-21'];

test('an ad-hoc script runs on two instances with RunCommand and each output is read back', async ({ launchPage: form, sandbox, operatorApi, page }) => {
  test.setTimeout(180_000);
  await form.goto();
  await form.section('Target').getByRole('radio', { name: 'Script' }).check();
  const editor = new ScriptEditor(page);
  await editor.ready();
  await editor.textbox.click();
  // Inserted as a paste would: the editor's bracket closing is for people typing.
  await page.keyboard.insertText('echo "deployed by {{operator}} on {{ACS::InstanceName}}"');
  const found = form.section('Target').locator('p').filter({ hasText: 'Parameters found:' });
  await expect(found.getByText('{{operator}}', { exact: true })).toBeVisible();
  // The built-in is marked, and is not a parameter to fill in.
  await expect(found.getByText('{{ACS::InstanceName}}', { exact: true })).toBeVisible();
  await expect(form.parameter('operator')).toBeVisible();
  await form.fillParameters({ operator: 'priya' });

  const instanceIds = await form.selectInstances(...HOSTS);
  const review = await form.review();
  await expect(review.root).toContainText('run without saving it');
  await expect(review.requestParameter('Type')).toHaveText('RunShellScript');
  await expect(review.requestParameter('CommandContent')).toHaveText('echo "deployed by {{operator}} on {{ACS::InstanceName}}"');
  await expect(review.root.getByRole('row', { name: /^CommandId\s/ })).toHaveCount(0);
  const cli = await review.showRequestAs('aliyun CLI');
  await expect(cli).toContainText('aliyun ecs RunCommand --region cn-shanghai');

  const mark = await sandbox.mark();
  await review.launch();
  await expect(form.result.headline).toHaveText('Launched on 2 instances in 1 batch');
  const calls = await sandbox.requests(mark, 'RunCommand');
  expect(calls.filter((call) => call.params['InstanceId.1'] === instanceIds[0])).toHaveLength(1);
  expect(await sandbox.requests(mark, 'CreateCommand')).toEqual([]);

  await form.result.openLaunch.click();
  const launch = new InvocationPage(page);
  await expect(page.getByRole('heading', { name: 'Launch of Ad-hoc script', level: 1 })).toBeVisible();
  await launch.expectAggregate('Success', 120_000);
  const [first = '', second = ''] = await operatorApi.instanceIds(...HOSTS);
  await expect(await launch.openOutput(first)).toContainText(`deployed by priya on ${HOSTS[0]}`);
  await expect(await launch.openOutput(second)).toContainText(`deployed by priya on ${HOSTS[1]}`);
});
