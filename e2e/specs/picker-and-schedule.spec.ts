import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { WEEKDAYS } from '../pages/launch-page';

/**
 * Issue 15, item 8: the instance picker selects every match even while its pages load, shows
 * tags on the rows, narrows to the selection, and fits a phone; the schedule builder searches
 * time zones (the region's first), proposes an interval the command's timeout allows, puts
 * each error on the field that caused it, and reads in 24-hour time, in the Summary too.
 */
test.use({ storageState: E2E.storage.operator });

test('“Select all matching” right after opening selects every eligible instance of the region, not the first page', async ({ launchPage: form, page, operatorApi }) => {
  const fleet = (await operatorApi.instances()).length;
  expect(fleet, 'a fleet of several DescribeInstances pages').toBeGreaterThan(200);

  // The pages after the first are held back until the button has been pressed, so the
  // picker is caught mid-way, as a quick operator on a large fleet would catch it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/ecs\/instances\?.*nextToken=/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/invoke');
  await expect(form.instances.getByRole('option').first()).toBeVisible({ timeout: 30_000 });
  await expect(form.instancesLoading).toBeVisible();
  await form.selectAllMatching();
  // The first page: 100 ECS instances and the region's few managed ones.
  await expect(form.pickerNotice).toHaveText(new RegExp(`^Loading 1\\d\\d of ${fleet.toLocaleString('en-US')}… every match is selected once all have arrived\\.Cancel$`));
  await expect(form.pickerNotice.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(form.selectionCount).toHaveText(/ 0 selected$/);
  release();

  await expect(form.pickerNotice).toHaveText(/^Added [\d,]+ instances\./, { timeout: 30_000 });
  await expect(form.instancesLoading).toHaveCount(0);
  const line = (await form.selectionCount.textContent()) ?? '';
  const [, total = '', eligible = '', selected = ''] = /^([\d,]+) instances · ([\d,]+) eligible · ([\d,]+) selected$/.exec(line) ?? [];
  expect(total).toBe(fleet.toLocaleString('en-US'));
  expect(selected, 'every eligible instance is selected').toBe(eligible);
  expect(Number(selected.replace(/,/g, ''))).toBeGreaterThan(100);
  await expect(form.pickerNotice).toHaveText(new RegExp(`^Added ${eligible} instances\\.`));
  await expect(form.summary('Instances')).toHaveText(new RegExp(`^${selected} instances in \\d+ batches$`));
});

test('“Selected only” narrows the list to the selection, is reached by keyboard and counts it', async ({ launchPage: form, page }) => {
  await form.goto();
  await form.chooseCommand('health-check.sh');
  await form.selectInstances('web-prod-001', 'web-prod-002', 'web-prod-003');
  await expect(form.selectedOnlyToggle).toHaveAccessibleName('Selected only 3');
  await expect(form.selectedOnlyToggle).toHaveAttribute('aria-pressed', 'false');

  // Tab from the last filter, Space to press it.
  await form.eligibilityFilter.focus();
  await page.keyboard.press('Tab');
  await expect(form.selectedOnlyToggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(form.selectedOnlyToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(form.instances.getByRole('option')).toHaveCount(3);
  await expect(form.selectionCount).toHaveText('3 match · 3 eligible · 3 selected');

  // A row unticked here stays in view (unticked), so a slip can be undone where it happened.
  await form.instance('web-prod-002').click();
  await expect(form.instance('web-prod-002')).toHaveAttribute('aria-selected', 'false');
  await expect(form.instances.getByRole('option')).toHaveCount(3);
  await expect(form.selectedOnlyToggle).toHaveAccessibleName('Selected only 2');

  await form.selectedOnlyToggle.press('Enter');
  await expect(form.selectedOnlyToggle).toHaveAttribute('aria-pressed', 'false');
  await expect(form.selectionCount).toHaveText(/^[\d,]+ instances · [\d,]+ eligible · 2 selected$/);
});

test('rows show their tags, every one of them for the row the keyboard is on, and tags still search', async ({ launchPage: form, page }) => {
  await form.goto();
  await form.searchInstances('web-prod-001');
  const row = form.instance('web-prod-001');
  await expect(form.tagChips(row)).toHaveText(['env=prod', 'role=web', 'team=storefront']);
  await expect(row.getByText('+1', { exact: true })).toBeVisible();
  // The fourth, cost-center, is in the row's tooltip and, for the keyboard, below the list.
  await expect(row.getByTitle(/cost-center=cc-\d+/).first()).toBeAttached();
  await expect(page.getByText(/^cost-center=cc-\d+$/)).toHaveCount(0);
  await form.instanceSearch.press('ArrowDown');
  await expect(form.instances).toBeFocused();
  await expect(page.getByText(/^cost-center=cc-\d+$/)).toBeVisible();

  await form.searchInstances('team=storefront env=prod');
  await expect(form.selectionCount).toHaveText(/^214 match · /);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('each row shows the name and whether the command can run there, and nothing scrolls sideways', async ({ launchPage: form, page }) => {
    await form.goto();
    await form.chooseCommand('health-check.sh');
    await form.searchInstances('web-prod-03');
    await expect(form.instance('web-prod-031').getByText('web-prod-031', { exact: true })).toBeVisible();
    await expect(form.instance('web-prod-031').getByText('Eligible', { exact: true })).toBeVisible();
    await expect(form.instance('web-prod-037').getByText('web-prod-037', { exact: true })).toBeVisible();
    // The status column folds away on a phone; the reason it cannot run stays.
    await expect(form.instance('web-prod-037').getByText('Stopped', { exact: true }).filter({ visible: true })).toBeVisible();
    await expect(form.selectedOnlyToggle).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const list = await form.instances.boundingBox();
    expect(list && list.x >= 0 && list.x + list.width <= 390, 'the list fits the screen').toBe(true);
  });
});

test('the time zone is searched and chosen by keyboard, the region’s zone suggested first', async ({ launchPage: form, page }) => {
  await form.goto();
  await form.chooseCommand('health-check.sh');
  await form.chooseRepeatMode('Period');

  await form.timeZone.focus();
  await page.keyboard.press('ArrowDown');
  await expect(form.timeZone).toHaveAttribute('aria-expanded', 'true');
  await expect(form.timeZones.getByRole('group', { name: 'Suggested' }).getByRole('option').first()).toHaveAccessibleName('Asia/Shanghai');

  // Typing narrows the list; Enter takes the active zone.
  await form.timeZone.fill('singap');
  await expect(form.timeZones.getByRole('option')).toHaveCount(1);
  await expect(form.timeZone).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(form.timeZone).toHaveValue('Asia/Singapore');
  await expect(form.timeZone).toHaveAttribute('aria-expanded', 'false');
  await expect(form.frequency).toHaveValue(/ Asia\/Singapore$/);

  // Arrows walk the list; Escape puts back the zone that was chosen.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(form.timeZone).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(form.timeZone).toHaveAttribute('aria-expanded', 'false');
  await expect(form.timeZone).toHaveValue('Asia/Singapore');

  // A name that is no zone is refused on the zone field, and the schedule keeps its zone.
  await form.timeZone.fill('Mars/Olympus');
  await page.keyboard.press('Tab');
  await expect(form.timeZone).toHaveAttribute('aria-invalid', 'true');
  await expect(form.timeZone).toHaveAccessibleDescription('Time zone: no zone is called “Mars/Olympus”; pick one from the list. The schedule stays in Asia/Singapore.');
  await expect(form.timeZone).toHaveValue('Asia/Singapore');
  await expect(form.frequency).toHaveValue(/ Asia\/Singapore$/);
});

test('the builder proposes an interval the command’s timeout allows, and puts each error on the field that caused it', async ({ launchPage: form }) => {
  test.setTimeout(120_000);
  await form.goto();
  // A 10-minute timeout: every 5 minutes would start a run before the last one may end.
  await form.chooseCommand('deploy-service.ps1');
  await form.chooseRepeatMode('Period');
  await form.schedule.selectOption({ label: 'Every N minutes' });
  await expect(form.interval('Minutes')).toHaveValue('10');
  await expect(form.interval('Minutes')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.frequency).toHaveValue(/^0 \*\/10 \* \* \* \? \S+$/);
  await expect(form.scheduleWords).toHaveText(/^Every 10 minutes \(/);

  await form.interval('Minutes').fill('5');
  await expect(form.interval('Minutes')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.interval('Minutes')).toHaveAccessibleDescription(
    'Frequency: runs come as close as 5 minutes, which is shorter than the task timeout (10 minutes); choose a longer interval or a shorter Timeout.',
  );
  await expect(form.frequency).not.toHaveAttribute('aria-invalid', 'true');

  // No weekday: said on the group of days.
  await form.schedule.selectOption({ label: 'Weekly on chosen days' });
  for (const day of WEEKDAYS) await form.day(day).setChecked(false);
  await expect(form.days).toHaveAttribute('aria-invalid', 'true');
  await expect(form.days).toHaveAccessibleDescription('Frequency: choose at least one weekday.');
  await form.day('WED').check();
  await expect(form.days).not.toHaveAttribute('aria-invalid', 'true');

  // An unfinished time: said on the Time.
  await form.time.fill('');
  await expect(form.time).toHaveAttribute('aria-invalid', 'true');
  await expect(form.time).toHaveAccessibleDescription(/^Frequency: the time \(empty\) must be HH:mm/);

  // In 24-hour time, in the builder and in the Summary.
  await form.time.fill('14:30');
  await expect(form.time).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.scheduleWords).toHaveText(/^At 14:30, only on Wednesday \(/);
  await expect(form.summary('When')).toHaveText(/^At 14:30, only on Wednesday \(/);
  const runs = await form.nextRunRows();
  expect(runs).toHaveLength(5);
  for (const [scheduled] of runs) expect(scheduled).toMatch(/^Wed \d{1,2} [A-Z][a-z]{2}( \d{4})? 14:30 /);
});
