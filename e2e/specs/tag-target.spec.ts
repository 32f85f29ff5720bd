import { type Page } from '@playwright/test';

import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { InvocationPage } from '../pages/invocation-page';
import { type LaunchPage } from '../pages/launch-page';
import { PresetForm, PresetsPage } from '../pages/presets-page';

/**
 * Issue 14, item 5 and item 6's DryRun: a launch that targets "every instance tagged …" as a
 * rule Alibaba resolves when the call is made. Saved as a preset, it reaches an instance tagged
 * after it was saved; "Check only" reports an instance the tags match but that cannot run it,
 * and nothing runs.
 */
test.use({ storageState: E2E.storage.operator });

// A tag of this run only, so no other spec's instances or counts change.
const WAVE = `w${Date.now().toString(36)}`;

async function targetTags(form: LaunchPage, page: Page, tags: Record<string, string>): Promise<void> {
  const section = form.section('Instances');
  await section.getByRole('radio', { name: 'By tags' }).check();
  const entries = Object.entries(tags);
  for (const [index, [key, value]] of entries.entries()) {
    if (index > 0) await section.getByRole('button', { name: 'Add tag' }).click();
    await page.getByLabel(`Tag ${index + 1} key`).fill(key);
    await page.getByLabel(`Tag ${index + 1} value`).fill(value);
  }
}

test('a tag target saved as a preset follows the fleet: an instance tagged afterwards is reached', async ({ launchPage: form, sandbox, operatorApi, page }) => {
  test.setTimeout(240_000);
  const [first = '', second = '', later = ''] = await operatorApi.instanceIds('worker-staging-05', 'worker-staging-06', 'worker-staging-07');
  await sandbox.tagInstances([first, second], { 'e2e-wave': WAVE });

  await form.goto();
  await form.chooseCommand('health-check.sh');
  await targetTags(form, page, { 'e2e-wave': WAVE });
  const matches = page.getByRole('region', { name: 'Instances the tags match now' });
  await expect(matches).toContainText('2 instances match now');
  await expect(matches).toContainText('worker-staging-05');
  await expect(page.locator('aside')).toContainText(`Tagged e2e-wave=${WAVE}, in 1 call`);

  const presetName = `tagged wave ${WAVE}`;
  const presetLink = await new PresetForm(page).saveAsPreset(presetName, 'Every instance of the wave');

  // Someone tags one more instance from the console; the preset was saved before.
  await sandbox.tagInstances([later], { 'e2e-wave': WAVE });

  await new PresetsPage(page).gotoPreset(presetLink, presetName);
  await expect(form.section('Instances').getByRole('radio', { name: 'By tags' })).toBeChecked();
  await expect(page.getByLabel('Tag 1 key')).toHaveValue('e2e-wave');
  await expect(matches).toContainText('3 instances match now', { timeout: 30_000 });

  const review = await form.review();
  await expect(review.blastRadius).toContainText('3 instances tagged now, 1 batch');
  await expect(review.blastRadius).toContainText(`Every instance tagged e2e-wave=${WAVE} when it is sent`);
  await expect(review.requestParameter('ResourceTag.1.Key')).toHaveText('e2e-wave');
  await expect(review.requestParameter('ResourceTag.1.Value')).toHaveText(WAVE);
  await expect(review.root.getByRole('row', { name: /^InstanceId\.1\s/ })).toHaveCount(0);
  const mark = await sandbox.mark();
  await review.launch();
  await expect(form.result.headline).toHaveText(`Launched on the instances tagged e2e-wave=${WAVE}`);
  const [call] = (await sandbox.requests(mark, 'InvokeCommand')).filter((entry) => entry.params['ResourceTag.1.Value'] === WAVE);
  expect(call?.params).not.toHaveProperty('InstanceId.1');

  await form.result.openLaunch.click();
  const launch = new InvocationPage(page);
  await launch.expectAggregate('Success', 120_000);
  await expect(page.getByText(`3 instances reached by the tags e2e-wave=${WAVE}`)).toBeVisible();
  await expect(launch.rows()).toHaveCount(3);
  await expect(launch.row(later)).toContainText('worker-staging-07');
});

test('Check only sends a DryRun: an ineligible instance the tags match is reported, and nothing runs', async ({ launchPage: form, sandbox, operatorApi, page }) => {
  test.setTimeout(180_000);
  const dryWave = `${WAVE}d`;
  // worker-staging-04's agent is offline: the tags match it, and Alibaba would refuse the whole call.
  const [eligible = '', offline = ''] = await operatorApi.instanceIds('worker-staging-08', 'worker-staging-04');
  await sandbox.tagInstances([eligible, offline], { 'e2e-dry': dryWave });

  await form.goto();
  await form.chooseCommand('health-check.sh');
  await targetTags(form, page, { 'e2e-dry': dryWave });
  const matches = page.getByRole('region', { name: 'Instances the tags match now' });
  await expect(matches).toContainText('2 instances match now · 1 cannot run it');

  const review = await form.review();
  const mark = await sandbox.mark();
  await review.root.getByRole('button', { name: 'Check only' }).click();
  const refusal = review.root.getByRole('alert').filter({ hasText: 'Alibaba would refuse it' });
  await expect(refusal).toBeVisible({ timeout: 30_000 });
  await expect(refusal).toContainText('InvalidInstance.NotMatch');
  await expect(refusal).toContainText(offline);
  const calls = await sandbox.requests(mark, 'InvokeCommand');
  const ours = calls.filter((entry) => entry.params['ResourceTag.1.Value'] === dryWave);
  expect(ours.map((entry) => entry.params.RepeatMode)).toEqual(['DryRun']);
  // Nothing ran: Alibaba has no invocation on either instance.
  const invoked = await sandbox.requests(mark, 'RunCommand');
  expect(invoked.filter((entry) => entry.params['ResourceTag.1.Value'] === dryWave)).toEqual([]);
  await expect(review.root).toBeVisible();
});
