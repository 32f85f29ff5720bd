import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { type LaunchPage } from '../pages/launch-page';

/**
 * Issue 4: every rule of the seed's InvokeCommand tables that the form can enforce is
 * enforced in the browser, shown on the field it concerns, and nothing reaches the API.
 * Each test starts from a draft that is valid but for the one thing it breaks, so the form
 * reports exactly one field; the sandbox's request log proves no InvokeCommand was sent.
 */
test.use({ storageState: E2E.storage.operator });

/** A valid draft of `command` on `hosts`; returns the instance IDs, to check the request log with. */
async function validDraft(form: LaunchPage, command: string, hosts: string[], parameters: Record<string, string> = {}): Promise<string[]> {
  await form.goto();
  await form.chooseCommand(command);
  await form.fillParameters(parameters);
  return form.selectInstances(...hosts);
}

const PATCH = { command: 'patch-web.sh', parameters: { registry_token: 'reg-token-form-errors' } };

test.describe('Frequency', () => {
  test('Period without a Frequency is refused on the Frequency field', async ({ launchPage: form, sandbox }) => {
    const instanceIds = await validDraft(form, 'health-check.sh', ['web-prod-150']);
    const mark = await sandbox.mark();
    await form.chooseRepeatMode('Period');
    await form.schedule.selectOption({ label: 'Custom expression' });
    await form.frequency.fill('');
    await form.reviewRefused();
    await expect(form.frequency).toHaveAccessibleDescription(
      'Frequency is required when Repeat mode is Period. Build a schedule, or enter a cron expression, rate() or at().',
    );
    await expect(form.page.getByText('1 field needs attention.')).toBeVisible();
    expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);
  });

  const INVALID: { what: string; frequency: string; message: string | RegExp }[] = [
    { what: 'a cron hour out of range', frequency: '0 0 25 * * ? Asia/Shanghai', message: 'Frequency: in the hours field, 25 is out of range; use 0–23.' },
    { what: 'text that is no cron', frequency: 'every night', message: /^Frequency: a cron expression has 6 to 8 fields .*; this one has 2\.$/ },
    { what: 'an unknown time zone', frequency: '0 0 2 ? * MON-FRI Mars/Olympus', message: /^Frequency: Mars\/Olympus is not a known IANA time zone/ },
    { what: 'rate(30s)', frequency: 'rate(30s)', message: 'Frequency: rate(30s) is too frequent; a rate must be at least 60 seconds, e.g. rate(1m).' },
    {
      what: 'at() in the past',
      frequency: 'at(2020-01-01 00:00:00 Asia/Shanghai)',
      message: 'Frequency: at(2020-01-01 00:00:00 Asia/Shanghai) is in the past; choose a time in the future.',
    },
    {
      what: 'a cron 5 seconds apart',
      frequency: '*/5 * * * * ? Asia/Shanghai',
      message: 'Frequency: runs come as close as 5 seconds apart; Cloud Assistant needs at least 10 seconds between runs.',
    },
    { what: 'runs closer than the 30 s timeout', frequency: '*/20 * * * * ? Asia/Shanghai', message: /shorter than the task timeout \(30 seconds\)/ },
  ];
  for (const { what, frequency, message } of INVALID) {
    test(`a Frequency with ${what} is refused on the Frequency field`, async ({ launchPage: form, sandbox }) => {
      const instanceIds = await validDraft(form, 'health-check.sh', ['web-prod-151']);
      const mark = await sandbox.mark();
      await form.chooseRepeatMode('Period');
      await form.frequency.fill(frequency);
      // The field judges as it is typed: the error is there before any Review.
      await expect(form.frequency).toHaveAccessibleDescription(message);
      await expect(form.frequency).toHaveAttribute('aria-invalid', 'true');
      await expect(form.scheduleWords).toHaveCount(0);
      await form.reviewRefused();
      await expect(form.page.getByText('1 field needs attention.')).toBeVisible();
      expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);
    });
  }

  // The builder refusing runs every 5 seconds is journey 4: journey-4-schedule-gone-wrong.spec.ts.

  test('a Frequency is never sent with another repeat mode: leaving Period clears it', async ({ launchPage: form }) => {
    await validDraft(form, 'health-check.sh', ['web-prod-153']);
    await form.chooseRepeatMode('Period');
    await form.frequency.fill('rate(5m)');
    await expect(form.scheduleWords).toHaveText('Every 5 minutes, counted from when the task is created');
    await form.chooseRepeatMode('Once');
    await expect(form.frequency).toHaveCount(0);
    const review = await form.review();
    await expect(review.requestParameter('RepeatMode')).toHaveText('Once');
    await expect(review.requestParameter('Frequency')).toHaveCount(0);
    await expect(review.requestParameter('Timed')).toHaveText('false');
  });
});

test.describe('Parameters', () => {
  test('values that take the content over 16 KB in Base64 turn the size meter red and are refused', async ({ launchPage: form, sandbox }) => {
    const instanceIds = await validDraft(form, PATCH.command, ['web-prod-154'], PATCH.parameters);
    const mark = await sandbox.mark();
    expect(await form.sizeMeterColour()).toBe('green');
    // "packages" appears twice in patch-web.sh: 6,600 characters twice is well over 16 KB in Base64.
    await form.parameter('packages').fill('nginx '.repeat(1_100));
    await expect(form.sizeMeter).toHaveAttribute('aria-valuetext', /^(1[7-9]|2\d) KB of 16 KB Base64$/);
    expect(await form.sizeMeterColour()).toBe('red');
    await expect(form.sizeMeter).toHaveAttribute('aria-valuenow', '16384');
    await form.reviewRefused();
    await expect(form.sectionError('Parameters')).toHaveText(
      /^Parameters: with these values the command content is [\d,]+ bytes in Base64, [\d,]+ bytes over the 16,384 bytes limit\. Shorten the values\.$/,
    );
    expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);

    await form.parameter('packages').fill('nginx');
    expect(await form.sizeMeterColour()).toBe('green');
    await expect(form.sectionError('Parameters')).toHaveCount(0);
  });

  test('a required parameter left empty is refused on its field', async ({ launchPage: form, sandbox }) => {
    const instanceIds = await validDraft(form, PATCH.command, ['web-prod-155']);
    const mark = await sandbox.mark();
    await form.reviewRefused();
    await expect(form.parameter('registry_token')).toHaveAccessibleDescription('registry_token is required by command patch-web.sh. Enter a value.');
    expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);
  });

  test.describe('with commands made for the test', () => {
    const created: string[] = [];
    test.afterEach(async ({ sandbox }) => {
      for (const commandId of created.splice(0)) await sandbox.deleteCommand(commandId);
    });

    test('a parameter name over 64 characters is refused on its field (names cannot be edited in the form)', async ({ launchPage: form, sandbox }, testInfo) => {
      const key = `release_channel_${'x'.repeat(49)}`;
      expect(key).toHaveLength(65);
      const name = `e2e-long-key-${testInfo.testId}.sh`;
      created.push(await sandbox.createCommand({ name, type: 'RunShellScript', enableParameter: true, content: `echo "{{${key}}}"` }));
      const instanceIds = await validDraft(form, name, ['web-prod-156'], { [key]: 'beta' });
      const mark = await sandbox.mark();
      // The field carries the name as the command declares it; there is no way to rename it here.
      await expect(form.section('Parameters').getByRole('textbox')).toHaveCount(1);
      await form.reviewRefused();
      await expect(form.parameter(key)).toHaveAccessibleDescription(`Parameter name "${key.slice(0, 24)}…" is 65 characters; the limit is 64. Shorten it.`);
      expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);
    });

    test('more than 10 parameters with values are refused', async ({ launchPage: form, sandbox }, testInfo) => {
      const keys = Array.from({ length: 11 }, (_, index) => `p${index + 1}`);
      const name = `e2e-eleven-${testInfo.testId}.sh`;
      created.push(await sandbox.createCommand({ name, type: 'RunShellScript', enableParameter: true, content: keys.map((key) => `echo {{${key}}}`).join('\n') }));
      const instanceIds = await validDraft(form, name, ['web-prod-157'], Object.fromEntries(keys.map((key) => [key, `v-${key}`])));
      const mark = await sandbox.mark();
      await form.reviewRefused();
      await expect(form.sectionError('Parameters')).toHaveText(
        'Parameters: 11 have values, but at most 10 can be passed in one run. Leave the ones you do not need empty.',
      );
      expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);

      // Empty values are not sent, so ten with values pass.
      await form.parameter('p11').fill('');
      await expect(form.sectionError('Parameters')).toHaveCount(0);
      const review = await form.review();
      await expect(review.requestParameter('Parameters')).toHaveText(JSON.stringify(Object.fromEntries(keys.slice(0, 10).map((key) => [key, `v-${key}`]))));
    });
  });
});

test.describe('Run as', () => {
  test('a Username over 255 characters is refused on the Username field', async ({ launchPage: form, sandbox }) => {
    const instanceIds = await validDraft(form, 'health-check.sh', ['web-prod-159']);
    const mark = await sandbox.mark();
    await form.username.fill('u'.repeat(256));
    await form.reviewRefused();
    await expect(form.username).toHaveAccessibleDescription('Username is 256 characters; the limit is 255. Use a shorter user name.');
    expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);
    await form.username.fill('u'.repeat(255));
    await expect(form.username).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('a Timeout under 10 seconds is refused on the Timeout field', async ({ launchPage: form, sandbox }) => {
    const instanceIds = await validDraft(form, 'health-check.sh', ['web-prod-160']);
    const mark = await sandbox.mark();
    await form.openAdvanced();
    await form.timeout.fill('9');
    await form.reviewRefused();
    await expect(form.timeout).toHaveAccessibleDescription('Timeout must be at least 10 seconds (it is 9).');
    expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);
    await form.timeout.fill('10');
    await expect(form.timeout).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('a Working directory over 200 characters is refused on its field', async ({ launchPage: form, sandbox }) => {
    const instanceIds = await validDraft(form, 'health-check.sh', ['web-prod-161']);
    const mark = await sandbox.mark();
    await form.openAdvanced();
    await form.workingDir.fill(`/${'d'.repeat(200)}`);
    await form.reviewRefused();
    await expect(form.workingDir).toHaveAccessibleDescription('Working directory is 201 characters; the limit is 200. Use a shorter path.');
    expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);
  });

  test('a Windows command as another user than System needs the Windows password name', async ({ launchPage: form, sandbox }) => {
    const instanceIds = await validDraft(form, 'deploy-service.ps1', ['win-app-prod-01'], { version: '2024.11.3' });
    const mark = await sandbox.mark();
    await form.username.fill('svc-deploy');
    await form.reviewRefused();
    await expect(form.windowsPasswordName).toHaveAccessibleDescription(
      'Windows password name is required to run as "svc-deploy" (any user other than System). Enter the name of the OOS encrypted parameter that holds that user\'s password.',
    );
    expect(await sandbox.invokeCommands(mark, { instanceIds })).toEqual([]);
  });

  test('a Linux command has no Windows password name: the field goes away and nothing of it is sent', async ({ launchPage: form }) => {
    await form.goto();
    await form.chooseCommand('deploy-service.ps1');
    await form.windowsPasswordName.fill('svc-deploy-password');
    await form.chooseCommand('patch-web.sh');
    await expect(form.windowsPasswordName).toHaveCount(0);
    await form.fillParameters(PATCH.parameters);
    await form.selectInstances('web-prod-162');
    const review = await form.review();
    await expect(review.requestParameter('CommandId')).toBeVisible();
    await expect(review.requestParameter('WindowsPasswordName')).toHaveCount(0);
  });
});

test.describe('Instances', () => {
  test('an ineligible instance cannot be selected, and the picker says why', async ({ launchPage: form }) => {
    await form.goto();
    await form.chooseCommand('health-check.sh');
    await form.searchInstances('web-prod-037');
    const stopped = form.instance('web-prod-037');
    await expect(stopped).toHaveAttribute('aria-disabled', 'true');
    await expect(stopped).toHaveAccessibleName(/, Stopped, .*not eligible: Stopped/);
    // The row is aria-disabled, which Playwright would wait out; a person can still click it.
    await stopped.click({ force: true });
    await expect(stopped).toHaveAttribute('aria-selected', 'false');
    await expect(form.pickerNotice).toHaveText(/^i-[a-z0-9]+ cannot be selected: Stopped\.$/);
    await expect(form.selectionCount).toHaveText(/ 0 selected$/);

    // A Linux shell command on a Windows instance is refused the same way, with its reason.
    await form.searchInstances('win-app-prod-01');
    await expect(form.instance('win-app-prod-01')).toHaveAccessibleName(/not eligible: Windows instance, Linux shell command/);
    await form.instance('win-app-prod-01').click({ force: true });
    await expect(form.instance('win-app-prod-01')).toHaveAttribute('aria-selected', 'false');
  });
});
