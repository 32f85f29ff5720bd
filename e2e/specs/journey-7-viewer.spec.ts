import { E2E } from '../env';
import { REGION, expect, test } from '../fixtures';
import { AppShell } from '../pages/app-shell';
import { LaunchPage } from '../pages/launch-page';

/**
 * Journey 7, "Just looking": a viewer's home is the overview; from there they open the launch
 * form and can fill it in, but its Review button does not work, and the server refuses the
 * launch if they call it anyway.
 */
test.use({ storageState: E2E.storage.viewer });

test('a viewer starts at the overview, sees the form, but Review is disabled and the server refuses a launch with 403', async ({ page, viewerApi, sandbox }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page.getByTestId('current-user')).toContainText(E2E.viewer.displayName);
  await new AppShell(page).navigate('Launch');
  const form = new LaunchPage(page);
  await form.ready();
  await form.chooseCommand('health-check.sh');
  const instanceIds = await form.selectInstances('web-prod-192');
  await expect(form.selectionCount).toHaveText(/ 1 selected$/);
  await expect(form.reviewButton).toBeDisabled();
  await expect(page.getByText('Viewers can look but not launch. Ask an admin for the operator role.')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Review launch' })).toHaveCount(0);

  // Anyway: the launch action, called the way the browser would, with a valid draft.
  const mark = await sandbox.mark();
  const { answer } = await viewerApi.launch({
    regionId: REGION,
    commandId: await viewerApi.commandId('health-check.sh'),
    instanceIds,
    repeatMode: 'Once',
    frequency: '',
    parameters: [],
    username: '',
    windowsPasswordName: '',
  });
  expect(answer).toMatchObject({ ok: false, status: 403, code: 'FORBIDDEN' });
  expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);
});
