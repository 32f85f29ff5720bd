import { E2E } from '../env';
import { expect, test } from '../fixtures';

/**
 * Issue 4: a one-off launch of a command with parameters on a few Linux instances, from
 * choosing the command to opening the InvokeId it produced.
 */
test.use({ storageState: E2E.storage.operator });

const HOSTS = ['web-prod-201', 'web-prod-202', 'web-prod-203'];
const TOKEN = 'reg-token-once-spec-7f3a';

test('a one-off launch with parameters runs on the chosen instances and opens its InvokeId', async ({ launchPage: form, sandbox, page }) => {
  await form.goto();
  await form.chooseCommand('patch-web.sh');

  // One field per declared parameter, prefilled with the command's defaults.
  await expect(form.parameter('packages')).toHaveValue('nginx openssl');
  await expect(form.parameter('image_tag')).toHaveValue('stable');
  await expect(form.parameter('registry_token')).toHaveValue('');
  // A credential-looking name starts out secret, and its field is masked.
  await expect(form.secret('registry_token')).toBeChecked();
  await expect(form.parameter('registry_token')).toHaveAttribute('type', 'password');

  await form.fillParameters({ packages: 'nginx', image_tag: '2024.11.3', registry_token: TOKEN });
  // The preview shows the content as it will run: values in place, the secret masked.
  await expect(form.preview).toHaveText(/--only-upgrade nginx\s+echo/);
  await expect(form.preview).toContainText('docker pull registry.cn-shanghai.aliyuncs.com/storefront/web:2024.11.3');
  await expect(form.preview).toContainText('echo "******" | docker login');
  await expect(form.preview).not.toContainText(TOKEN);
  await expect(form.preview).not.toContainText('{{');

  const instanceIds = await form.selectInstances(...HOSTS);
  expect(instanceIds).toHaveLength(3);
  await expect(form.selectionCount).toHaveText(/ 3 selected$/);
  await expect(form.repeatMode('Once')).toBeChecked();

  const review = await form.review();
  await expect(review.blastRadius).toContainText('3 instances, 1 batch');
  await expect(review.root).toContainText('Right after launch');
  await expect(review.requestParameter('CommandId')).toHaveText(/^c-/);
  await expect(review.requestParameter('RepeatMode')).toHaveText('Once');
  await expect(review.requestParameter('Parameters')).toHaveText('{"packages":"nginx","image_tag":"2024.11.3","registry_token":"******"}');
  for (const [index, instanceId] of instanceIds.entries()) await expect(review.requestParameter(`InstanceId.${index + 1}`)).toHaveText(instanceId);
  const cli = await review.showRequestAs('aliyun CLI');
  await expect(cli).toContainText('aliyun ecs InvokeCommand --region cn-shanghai');
  await expect(cli).toContainText("--Parameters '{\"packages\":\"nginx\",\"image_tag\":\"2024.11.3\",\"registry_token\":\"<secret:registry_token>\"}'");
  // The format tabs answer the arrow keys; the PowerShell variant continues lines with a backtick.
  await review.requestFormats.getByRole('tab', { name: 'aliyun CLI' }).press('ArrowRight');
  await expect(review.requestFormats.getByRole('tab', { name: 'PowerShell' })).toBeFocused();
  const powerShell = review.root.getByRole('tabpanel', { name: 'PowerShell' });
  await expect(powerShell).toContainText('aliyun ecs InvokeCommand --region cn-shanghai `');
  await expect(powerShell).toContainText("--Parameters '{\"packages\":\"nginx\",\"image_tag\":\"2024.11.3\",\"registry_token\":\"<secret:registry_token>\"}'");
  await expect(review.root).not.toContainText(TOKEN);

  const mark = await sandbox.mark();
  await expect(review.confirmButton).toHaveText('Launch on 3 instances');
  await review.launch();

  await expect(form.result.headline).toHaveText('Launched on 3 instances in 1 batch');
  await expect(form.result.invokeIdLinks).toHaveCount(1);
  const [invokeId = ''] = await form.result.invokeIds();
  expect(invokeId).toMatch(/^t-[a-z0-9]+$/);

  // Exactly one call reached the API, with the real secret (it goes to Alibaba, never elsewhere).
  // The sandbox's log keeps only the parameter names; Alibaba's record has the values.
  const calls = await sandbox.invokeCommands(mark, { instanceIds });
  expect(calls).toHaveLength(1);
  expect(calls[0]?.code).toBe('OK');
  expect(JSON.parse(calls[0]?.params.Parameters ?? '{}')).toEqual({ packages: '******', image_tag: '******', registry_token: '******' });
  expect(await sandbox.invocationParameters(invokeId)).toEqual({ packages: 'nginx', image_tag: '2024.11.3', registry_token: TOKEN });

  await form.result.invokeIdLinks.first().click();
  await expect(page).toHaveURL(new RegExp(`/invocations/${invokeId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(invokeId);
  await expect(page.getByText('patch-web.sh', { exact: true })).toBeVisible();
});
