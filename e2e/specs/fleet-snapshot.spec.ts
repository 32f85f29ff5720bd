import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { FleetFreshnessLine } from '../pages/fleet-freshness';

/**
 * Issue 17, item 1: the picker lists the fleet from a snapshot read in the background, says
 * how fresh it is, and Refresh reads it again: an instance stopped behind InvokeDeck's back
 * shows stopped once the fleet is read again.
 */
test.use({ storageState: E2E.storage.operator });

// A server no other spec names or reaches by a search or tag (web-prod-199 was: journey 1 selects
// every env=prod role=web host, and it saw one stopped when the two ran side by side); started again after the test.
const HOST = 'web-staging-09';

test('the picker says when the fleet was read, and Refresh shows an instance stopped since', async ({ launchPage: form, sandbox, operatorApi, page }) => {
  const [instanceId = ''] = await operatorApi.instanceIds(HOST);
  await form.goto();
  const fleet = new FleetFreshnessLine(page);
  await expect(fleet.readAt).toHaveText(/^Fleet read (just now|\d+ sec\. ago|\d+ min\. ago)$/);
  await expect(fleet.readAt.locator('time')).toHaveAttribute('title', /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
  // The list is virtualised: search brings the row into view.
  await form.searchInstances(HOST);
  await expect(form.instance(HOST)).toHaveAccessibleName(new RegExp(`^${HOST}, ${instanceId}, .*, Running, `));

  await sandbox.power(instanceId, 'stop');
  try {
    await fleet.refresh();
    await expect(form.instance(HOST)).toHaveAccessibleName(new RegExp(`^${HOST}, ${instanceId}, .*, Stopp(ing|ed), `), { timeout: 30_000 });
    await expect(fleet.readAt).toHaveText(/^Fleet read (just now|\d+ sec\. ago)$/);
  } finally {
    await expect(async () => sandbox.power(instanceId, 'start')).toPass({ timeout: 30_000 });
  }
});
