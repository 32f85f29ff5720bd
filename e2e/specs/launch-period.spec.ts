import { E2E } from '../env';
import { expect, test } from '../fixtures';

/**
 * Issue 4: a Period launch built with the schedule builder. The words (in 24-hour time, as
 * issue 15 asks), the next runs named by weekday (on the schedule's clock, in UTC and on the
 * viewer's), the seed's time-zone notice, and the review showing the same schedule as the form.
 */
test.use({ storageState: E2E.storage.operator, timezoneId: 'Europe/Berlin' });

const FREQUENCY = '0 0 2 ? * MON-FRI Asia/Shanghai';
const WORDS = 'At 02:00, Monday through Friday (Asia/Shanghai)';

/** The next `count` weekdays at 02:00 in Shanghai (UTC+8 all year) after `now`, worked out here, not by the app. */
function weekdaysAtTwoInShanghai(now: Date, count: number): Date[] {
  const runs: Date[] = [];
  const shanghaiToday = new Date(now.getTime() + 8 * 3_600_000);
  for (let day = 0; runs.length < count; day++) {
    const wall = Date.UTC(shanghaiToday.getUTCFullYear(), shanghaiToday.getUTCMonth(), shanghaiToday.getUTCDate() + day, 2, 0, 0);
    const weekday = new Date(wall).getUTCDay();
    const instant = new Date(wall - 8 * 3_600_000);
    if (weekday >= 1 && weekday <= 5 && instant > now) runs.push(instant);
  }
  return runs;
}

function wallClock(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/** A run as the next-runs table names it, "Mon 8 Dec 02:00" (with the year when it is not this one). */
function runName(instant: Date, timeZone: string, withYear: boolean): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}${withYear ? ` ${part('year')}` : ''} ${part('hour')}:${part('minute')}`;
}

test('the schedule builder’s Frequency field has the accessible name "Frequency"', async ({ launchPage: form, page }) => {
  await form.goto();
  await form.chooseCommand('health-check.sh');
  await form.chooseRepeatMode('Period');
  // Issue 4 names the field "Frequency": its label must point at the input.
  await expect(page.getByRole('textbox', { name: 'Frequency', exact: true })).toHaveValue(/ \S+\/\S+$|UTC$/);
});

test('a weekly Mon–Fri 02:00 Asia/Shanghai schedule built with the builder reads right, runs on weekdays and is what the review shows', async ({ launchPage: form, sandbox }) => {
  await form.goto();
  await form.chooseCommand('health-check.sh');
  const instanceIds = await form.selectInstances('web-prod-204', 'web-prod-205');

  await form.chooseRepeatMode('Period');
  await expect(form.schedule).toBeVisible();
  // Start elsewhere so the builder has to write every part of the schedule.
  await form.schedule.selectOption({ label: 'Daily at a time' });
  await form.time.fill('05:30');
  await expect(form.frequency).toHaveValue('0 30 5 * * ? Europe/Berlin');

  await form.buildWeekly({ days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], time: '02:00', timeZone: 'Asia/Shanghai' });
  await expect(form.frequency).toHaveValue(FREQUENCY);
  await expect(form.scheduleWords).toHaveText(WORDS);

  // The next five runs: weekdays at 02:00 in Shanghai, the same instants in UTC and in Berlin.
  const now = new Date();
  const expected = weekdaysAtTwoInShanghai(now, 5);
  const zones = ['Asia/Shanghai', 'UTC', 'Europe/Berlin'];
  const withYear = expected.some((run) => zones.some((zone) => wallClock(run, zone).slice(0, 4) !== String(now.getUTCFullYear())));
  const rows = await form.nextRunRows();
  expect(rows).toEqual(expected.map((run) => [`${runName(run, 'Asia/Shanghai', withYear)} GMT+8`, runName(run, 'UTC', withYear), runName(run, 'Europe/Berlin', withYear)]));
  for (const [scheduled] of rows) expect(scheduled).toMatch(/^(Mon|Tue|Wed|Thu|Fri) /);
  await expect(form.nextRuns.getByRole('columnheader')).toHaveText(['Next runs (Asia/Shanghai)', 'UTC', 'Your time (Europe/Berlin)']);
  await expect(form.section('When').getByText(/^No time zone given/)).toHaveCount(0);

  // Without its zone the schedule runs on each instance's own clock, and the form says so.
  await form.schedule.selectOption({ label: 'Custom expression' });
  await expect(form.timeZone).toBeHidden();
  await form.frequency.fill('0 0 2 ? * MON-FRI');
  await expect(form.scheduleWords).toHaveText("At 02:00, Monday through Friday (on each instance's own clock)");
  await expect(form.section('When').getByText(/^No time zone given: each instance runs this schedule on its own system clock/)).toBeVisible();

  // Typing the zone back reopens the builder on the weekly schedule it came from.
  await form.frequency.fill(FREQUENCY);
  await expect(form.schedule).toHaveValue('weekly');
  await expect(form.timeZone).toHaveValue('Asia/Shanghai');
  await expect(form.time).toHaveValue('02:00');
  for (const day of ['MON', 'TUE', 'WED', 'THU', 'FRI'] as const) await expect(form.day(day)).toBeChecked();
  for (const day of ['SAT', 'SUN'] as const) await expect(form.day(day)).not.toBeChecked();
  await expect(form.section('When').getByText(/^No time zone given/)).toHaveCount(0);

  const review = await form.review();
  const schedule = review.root.getByText(WORDS, { exact: true });
  await expect(schedule).toBeVisible();
  await expect(review.root.getByRole('listitem')).toHaveText(expected.map((run) => `${wallClock(run, 'Asia/Shanghai')} Asia/Shanghai (GMT+8)`));
  await expect(review.requestParameter('RepeatMode')).toHaveText('Period');
  await expect(review.requestParameter('Frequency')).toHaveText(FREQUENCY);
  await expect(review.blastRadius).toContainText('2 instances, 1 batch');

  const mark = await sandbox.mark();
  await review.launch();
  await expect(form.result.headline).toHaveText('Launched on 2 instances in 1 batch');
  await expect(form.result.invokeIdLinks).toHaveCount(1);
  const calls = await sandbox.invokeCommands(mark, { instanceIds });
  expect(calls).toHaveLength(1);
  expect(calls[0]?.params).toMatchObject({ RepeatMode: 'Period', Frequency: FREQUENCY });
});
