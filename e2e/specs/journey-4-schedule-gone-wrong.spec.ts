import { E2E } from '../env';
import { expect, test } from '../fixtures';

/**
 * Journey 4, "A schedule gone wrong", its first half: a Period launch set to run every
 * 5 seconds by mistake cannot be made. The builder refuses intervals under 10 seconds and
 * says why, a typed expression is refused the same way, and nothing reaches the API.
 */
test.use({ storageState: E2E.storage.operator });

test('a schedule every 5 seconds is refused with the reason, and nothing is sent', async ({ launchPage: form, sandbox }) => {
  await form.goto();
  await form.chooseCommand('health-check.sh');
  const instanceIds = await form.selectInstances('web-prod-190', 'web-prod-191');
  const mark = await sandbox.mark();

  await form.chooseRepeatMode('Period');
  await form.schedule.selectOption({ label: 'Every N seconds' });
  const seconds = form.page.getByLabel('Seconds between runs');
  await seconds.fill('5');
  await expect(form.frequency).toHaveAccessibleDescription(
    'Frequency: every 5 seconds is too often; Cloud Assistant needs at least 10 seconds between runs. Choose 10, 12, 15, 20 or 30 seconds.',
  );
  await expect(form.frequency).toHaveValue('');
  await expect(form.scheduleWords).toHaveCount(0);
  await form.reviewRefused();

  // Typing the expression by hand does not get round it.
  await form.frequency.fill('*/5 * * * * ? Asia/Shanghai');
  await expect(form.frequency).toHaveAccessibleDescription('Frequency: runs come as close as 5 seconds apart; Cloud Assistant needs at least 10 seconds between runs.');
  await form.frequency.fill('rate(5s)');
  await expect(form.frequency).toHaveAccessibleDescription('Frequency: rate(5s) is too frequent; a rate must be at least 60 seconds, e.g. rate(1m).');
  await form.reviewRefused();
  expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);

  // The way out the message points to: a number of minutes.
  await form.schedule.selectOption({ label: 'Every N minutes' });
  await form.page.getByLabel('Minutes between runs').fill('1');
  await expect(form.frequency).toHaveValue(/^0 \*\/1 \* \* \* \? \S+$/);
  await expect(form.frequency).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.scheduleWords).toHaveText(/^Every minute \(/);
  const review = await form.review();
  await expect(review.requestParameter('Frequency')).toHaveText(/^0 \*\/1 \* \* \* \? \S+$/);
});
