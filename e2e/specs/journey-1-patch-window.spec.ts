import { E2E } from '../env';
import { expect, instanceIdsOf, test } from '../fixtures';

/**
 * Journey 1, "Tonight's patch window": Priya runs patch-web.sh on every running Linux web
 * server tagged env=prod, role=web in cn-shanghai, every weekday at 02:00 Shanghai time, as
 * user deploy. Tag filter, select all eligible (the two stopped ones skipped), the weekly
 * builder, the words (24-hour, also in the Summary) and next runs named by weekday, 212
 * instances in 5 batches, five InvokeIds.
 */
test.use({ storageState: E2E.storage.operator });

const FREQUENCY = '0 0 2 ? * MON-FRI Asia/Shanghai';
const WORDS = 'At 02:00, Monday through Friday (Asia/Shanghai)';
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

test('Priya schedules patch-web.sh on every prod web server, weekdays at 02:00 Shanghai time, as deploy', async ({ launchPage: form, sandbox, page }) => {
  // A long journey with a launch of five batches at its end.
  test.setTimeout(120_000);
  await form.goto();
  await expect(page.getByTestId('current-user')).toContainText(E2E.operator.displayName);
  await expect(form.region).toHaveValue('cn-shanghai');
  await form.chooseCommand('patch-web.sh');
  await form.fillParameters({ registry_token: 'reg-token-journey-1' });

  // The tag filter finds 214 web servers, of which 212 can take the command.
  await form.searchInstances('env=prod role=web');
  await expect(form.selectionCount).toHaveText('214 match · 212 eligible · 0 selected');
  await form.selectAllMatching();
  await expect(form.pickerNotice).toHaveText(/^Added 212 instances\. Skipped 2 instances that are not eligible\./);
  await expect(form.pickerNotice.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(form.selectionCount).toHaveText('214 match · 212 eligible · 212 selected');
  // The two skipped ones are the stopped ones, shown as ineligible with their reason.
  await form.eligibilityFilter.selectOption({ label: 'Not eligible only' });
  await expect(form.instances.getByRole('option')).toHaveCount(2);
  for (const name of ['web-prod-037', 'web-prod-158']) {
    await expect(form.instance(name)).toHaveAccessibleName(/, Stopped, .*not eligible: Stopped/);
    await expect(form.instance(name)).toHaveAttribute('aria-selected', 'false');
  }
  await form.eligibilityFilter.selectOption({ label: 'Eligible or not' });

  await form.chooseRepeatMode('Period');
  await form.buildWeekly({ days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], time: '02:00', timeZone: 'Asia/Shanghai' });
  await expect(form.frequency).toHaveValue(FREQUENCY);
  await expect(form.scheduleWords).toHaveText(WORDS);
  await expect(form.summary('When')).toHaveText(WORDS);
  // The next runs say their weekday: five of Monday to Friday, at 02:00 Shanghai time.
  const runs = (await form.nextRunRows()).map(([scheduled]) => scheduled ?? '');
  expect(runs).toHaveLength(5);
  for (const scheduled of runs) expect(scheduled).toMatch(/^(Mon|Tue|Wed|Thu|Fri) \d{1,2} [A-Z][a-z]{2}( \d{4})? 02:00 GMT\+8$/);
  // Every instance stays eligible under the schedule (their agents are recent enough).
  await expect(form.selectionCount).toHaveText('214 match · 212 eligible · 212 selected');

  await form.username.fill('deploy');
  await expect(form.summary('Instances')).toHaveText('212 instances in 5 batches');

  const review = await form.review();
  await expect(review.blastRadius).toContainText('212 instances, 5 batches');
  await expect(review.blastRadius).toContainText('env=prod: 212');
  await expect(review.root.getByText(WORDS, { exact: true })).toBeVisible();
  // The review lists the same five runs by date; each date falls on the weekday the form named.
  await expect(review.root.getByRole('listitem')).toHaveCount(5);
  const reviewed = await review.root.getByRole('listitem').allTextContents();
  expect(
    reviewed.map((text) => {
      const [, date = '', time = ''] = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}):00 Asia\/Shanghai \(GMT\+8\)$/.exec(text.trim()) ?? [];
      const day = new Date(`${date}T00:00:00Z`);
      return `${WEEKDAY_NAMES[day.getUTCDay()]} ${day.getUTCDate()} ${MONTH_NAMES[day.getUTCMonth()]} ${time} GMT+8`;
    }),
  ).toEqual(runs.map((run) => run.replace(/ \d{4} /, ' ')));
  await expect(review.root.getByRole('definition').filter({ hasText: /^deploy$/ })).toBeVisible();
  await expect(review.requestParameter('Username')).toHaveText('deploy');
  await expect(review.requestParameter('Frequency')).toHaveText(FREQUENCY);
  await expect(review.confirmButton).toHaveText('Launch on 212 instances');
  const launchId = ((await review.requestParameter('ClientToken').textContent()) ?? '').replace(/-b0$/, '');

  const mark = await sandbox.mark();
  await review.launch();
  await expect(form.result.headline).toHaveText('Launched on 212 instances in 5 batches');
  const invokeIds = await form.result.invokeIds();
  expect(new Set(invokeIds).size).toBe(5);

  const calls = await sandbox.invokeCommands(mark, { launchId });
  expect(calls).toHaveLength(5);
  for (const call of calls) {
    expect(call.code).toBe('OK');
    expect(call.params).toMatchObject({ RepeatMode: 'Period', Frequency: FREQUENCY, Username: 'deploy' });
  }
  expect(calls.map((call) => instanceIdsOf(call).length).sort((a, b) => a - b)).toEqual([12, 50, 50, 50, 50]);
});
