import { E2E } from '../env';
import { expect, test } from '../fixtures';

/**
 * Journey 6, "Windows box as a service account": a PowerShell command on Windows instances as
 * user svc-deploy. The form asks for the Windows password name (the name of the stored
 * secret, never the password), and a shell command cannot be sent to a Windows instance.
 */
test.use({ storageState: E2E.storage.operator });

test('a PowerShell command as svc-deploy needs the Windows password name, and launches with it', async ({ launchPage: form, sandbox }) => {
  await form.goto();
  // A shell command has no Windows password name field at all.
  await form.chooseCommand('health-check.sh');
  await expect(form.windowsPasswordName).toHaveCount(0);

  await form.chooseCommand('deploy-service.ps1');
  await expect(form.windowsPasswordName).toBeVisible();
  await expect(form.username).toHaveAttribute('placeholder', 'System');
  await form.fillParameters({ version: '2024.11.3' });

  await form.osFilter.selectOption({ label: 'Windows' });
  await form.searchInstances('win-app-prod-0');
  await form.selectAllMatching();
  // win-app-prod-09's agent is offline: it is skipped, and says why.
  await expect(form.pickerNotice).toHaveText(/^Added 8 instances\. Skipped 1 instance that is not eligible\./);
  await expect(form.instance('win-app-prod-09')).toHaveAccessibleName(/not eligible: Agent offline/);

  await form.username.fill('svc-deploy');
  await form.reviewRefused();
  await expect(form.windowsPasswordName).toHaveAccessibleDescription(
    'Windows password name is required to run as "svc-deploy" (any user other than System). Enter the name of the OOS encrypted parameter that holds that user\'s password.',
  );

  await form.windowsPasswordName.fill('svc-deploy-password');
  await expect(form.windowsPasswordName).not.toHaveAttribute('aria-invalid', 'true');
  const review = await form.review();
  await expect(review.blastRadius).toContainText('8 instances, 1 batch');
  await expect(review.root.getByRole('definition').filter({ hasText: 'svc-deploy' })).toHaveText('svc-deploy');
  await expect(review.requestParameter('Username')).toHaveText('svc-deploy');
  await expect(review.requestParameter('WindowsPasswordName')).toHaveText('svc-deploy-password');
  const launchId = ((await review.requestParameter('ClientToken').textContent()) ?? '').replace(/-b0$/, '');

  const mark = await sandbox.mark();
  await review.launch();
  await expect(form.result.headline).toHaveText('Launched on 8 instances in 1 batch');
  const [call] = await sandbox.invokeCommands(mark, { launchId });
  expect(call?.params).toMatchObject({ Username: 'svc-deploy', WindowsPasswordName: 'svc-deploy-password' });
});

test('a shell command cannot be sent to Windows instances: they turn ineligible with the reason', async ({ launchPage: form, sandbox }) => {
  await form.goto();
  await form.chooseCommand('disk-usage.ps1');
  const instanceIds = await form.selectInstances('sql-prod-01', 'sql-prod-02');
  await expect(form.selectionCount).toHaveText(/ 2 selected$/);

  // Switching to a Linux shell command: the chosen Windows hosts can no longer take it.
  await form.chooseCommand('health-check.sh');
  await form.searchInstances('sql-prod-0');
  for (const name of ['sql-prod-01', 'sql-prod-02', 'sql-prod-03']) {
    await expect(form.instance(name)).toHaveAccessibleName(/not eligible: Windows instance, Linux shell command/);
    await expect(form.instance(name)).toHaveAttribute('aria-disabled', 'true');
  }
  const notice = form.section('Instances').getByRole('status').filter({ hasText: 'no longer eligible' });
  await expect(notice).toContainText('2 selected instances are no longer eligible: Windows instance, Linux shell command (2).');

  const mark = await sandbox.mark();
  await form.reviewRefused();
  await expect(form.sectionError('Instances')).toHaveText(/cannot run this command: Windows instance, Linux shell command\. Remove it from the selection\.$/);
  expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);

  // A new one cannot be added either; removing the two leaves nothing selected.
  await form.instance('sql-prod-03').click({ force: true });
  await expect(form.instance('sql-prod-03')).toHaveAttribute('aria-selected', 'false');
  await notice.getByRole('button', { name: 'Remove them' }).click();
  await expect(form.selectionCount).toHaveText(/ 0 selected$/);
});
