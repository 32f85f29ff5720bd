import { E2E } from '../env';
import { type AppApi, type LaunchDraft, REGION, expect, test } from '../fixtures';

/**
 * Issue 4: the server action is a public endpoint and checks every rule again against ECS.
 * These drafts are what the form cannot produce (it has no way to rename a parameter, type a
 * Frequency outside Period, or pick an ineligible row), sent the way a script would send
 * them. Each is valid but for one thing: the action refuses it with exactly one field error,
 * on that field, and no InvokeCommand reaches the sandbox.
 */
test.use({ storageState: E2E.storage.operator });

async function draftFor(api: AppApi, command: string, hosts: string[], changes: Partial<LaunchDraft> = {}): Promise<LaunchDraft> {
  return {
    regionId: REGION,
    commandId: await api.commandId(command),
    instanceIds: await api.instanceIds(...hosts),
    repeatMode: 'Once',
    frequency: '',
    parameters: [],
    username: '',
    windowsPasswordName: '',
    ...changes,
  };
}

const PATCH_PARAMETERS = [
  { name: 'packages', value: 'nginx', secret: false },
  { name: 'image_tag', value: 'stable', secret: false },
  { name: 'registry_token', value: 'reg-token-server-rules', secret: true },
];

interface Case {
  rule: string;
  command: string;
  hosts: string[];
  changes: Partial<LaunchDraft>;
  field: string;
  message: string | RegExp;
}

const CASES: Case[] = [
  {
    rule: 'ParameterKey.Duplicate: a parameter given twice (names ignore case)',
    command: 'patch-web.sh',
    hosts: ['web-prod-170'],
    changes: { parameters: [...PATCH_PARAMETERS, { name: 'PACKAGES', value: 'openssl', secret: false }] },
    field: 'parameters.3.name',
    message: 'Parameter "PACKAGES" is given twice (names ignore case). Remove one.',
  },
  {
    rule: 'ParameterKey.ExceedLimit: a parameter name of 65 characters',
    command: 'patch-web.sh',
    hosts: ['web-prod-171'],
    changes: { parameters: [...PATCH_PARAMETERS, { name: 'k'.repeat(65), value: 'v', secret: false }] },
    field: 'parameters.3.name',
    message: `Parameter name "${'k'.repeat(24)}…" is 65 characters; the limit is 64. Shorten it.`,
  },
  {
    rule: 'Parameter.NotMatched: a parameter the command does not declare',
    command: 'patch-web.sh',
    hosts: ['web-prod-172'],
    changes: { parameters: [...PATCH_PARAMETERS, { name: 'channel', value: 'beta', secret: false }] },
    field: 'parameters.3.name',
    message: 'Parameter "channel" is not declared by command patch-web.sh. Its parameters are: packages, image_tag, registry_token. Remove it.',
  },
  {
    rule: 'Parameter.Disabled: parameters for a command created without them',
    command: 'health-check.sh',
    hosts: ['web-prod-173'],
    changes: { parameters: [{ name: 'verbose', value: 'yes', secret: false }] },
    field: 'parameters',
    message: 'Parameters: command health-check.sh was created without custom parameters, so it takes none. Remove the 1 parameter.',
  },
  {
    rule: 'a Frequency with Repeat mode Once',
    command: 'health-check.sh',
    hosts: ['web-prod-174'],
    changes: { repeatMode: 'Once', frequency: 'rate(5m)' },
    field: 'frequency',
    message: 'Frequency is only used when Repeat mode is Period (now Once). Clear it, or choose Period.',
  },
  {
    rule: 'MissingParam.Frequency: Period without a Frequency',
    command: 'health-check.sh',
    hosts: ['web-prod-174'],
    changes: { repeatMode: 'Period', frequency: '' },
    field: 'frequency',
    message: 'Frequency is required when Repeat mode is Period. Build a schedule, or enter a cron expression, rate() or at().',
  },
  {
    rule: 'InvalidParam.Frequency: every 5 seconds',
    command: 'health-check.sh',
    hosts: ['web-prod-174'],
    changes: { repeatMode: 'Period', frequency: '*/5 * * * * ? Asia/Shanghai' },
    field: 'frequency',
    message: 'Frequency: runs come as close as 5 seconds apart; Cloud Assistant needs at least 10 seconds between runs.',
  },
  {
    rule: 'a Windows password name for a Linux command',
    command: 'patch-web.sh',
    hosts: ['web-prod-175'],
    changes: { parameters: PATCH_PARAMETERS, windowsPasswordName: 'svc-deploy-password' },
    field: 'windowsPasswordName',
    message: 'Windows password name is only for Windows commands, and this is a Linux shell command. Clear it.',
  },
  {
    rule: 'no Windows password name for a Windows command as another user',
    command: 'deploy-service.ps1',
    hosts: ['win-app-prod-02'],
    changes: { parameters: [{ name: 'version', value: '2024.11.3', secret: false }], username: 'svc-deploy' },
    field: 'windowsPasswordName',
    message: /^Windows password name is required to run as "svc-deploy"/,
  },
  {
    rule: 'Username.ExceedLimit: 256 characters',
    command: 'health-check.sh',
    hosts: ['web-prod-176'],
    changes: { username: 'u'.repeat(256) },
    field: 'username',
    message: 'Username is 256 characters; the limit is 255. Use a shorter user name.',
  },
  {
    rule: 'a Timeout under 10 seconds',
    command: 'health-check.sh',
    hosts: ['web-prod-176'],
    changes: { timeout: 5 },
    field: 'timeout',
    message: 'Timeout must be at least 10 seconds (it is 5).',
  },
  {
    rule: 'InvalidInstance.NotMatch: a Stopped instance',
    command: 'health-check.sh',
    hosts: ['web-prod-037'],
    changes: {},
    field: 'instanceIds.0',
    message: /^Instance i-[a-z0-9]+ \(web-prod-037\) cannot run this command: Stopped\. Remove it from the selection\.$/,
  },
  {
    rule: 'InvalidInstance.NotMatch: a Linux shell command on a Windows instance',
    command: 'health-check.sh',
    hosts: ['win-app-prod-03'],
    changes: {},
    field: 'instanceIds.0',
    message: /^Instance i-[a-z0-9]+ \(win-app-prod-03\) cannot run this command: Windows instance, Linux shell command\. Remove it from the selection\.$/,
  },
];

for (const { rule, command, hosts, changes, field, message } of CASES) {
  test(`the launch action refuses ${rule}, on ${field}`, async ({ operatorApi, sandbox }) => {
    const draft = await draftFor(operatorApi, command, hosts, changes);
    const mark = await sandbox.mark();
    const { answer } = await operatorApi.launch(draft);
    expect(answer).toMatchObject({ ok: false, code: 'INVALID', status: 422 });
    const fieldErrors = answer.ok ? {} : (answer.fieldErrors ?? {});
    expect(Object.keys(fieldErrors)).toEqual([field]);
    expect(fieldErrors[field]?.[0]).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message);
    expect(await sandbox.invokeCommands(mark, { instanceIds: draft.instanceIds })).toEqual([]);
  });
}

test('a refusal found by the server names the Alibaba code it stands for (InvalidInstance.NotMatch)', async ({ operatorApi, sandbox }) => {
  const draft = await draftFor(operatorApi, 'health-check.sh', ['web-prod-037']);
  const mark = await sandbox.mark();
  const { answer } = await operatorApi.launch(draft);
  expect(answer.ok).toBe(false);
  // The operator searches Alibaba's docs by code: the answer must carry it, not only our INVALID.
  expect(JSON.stringify(answer)).toContain('InvalidInstance.NotMatch');
  expect(await sandbox.invokeCommands(mark, { instanceIds: draft.instanceIds })).toEqual([]);
});

test('the same draft, made valid, is accepted: the refusals above are about their one field', async ({ operatorApi, sandbox }) => {
  const draft = await draftFor(operatorApi, 'patch-web.sh', ['web-prod-177'], { parameters: PATCH_PARAMETERS });
  const mark = await sandbox.mark();
  const sent = await sandbox.serialised(async () => {
    const { answer } = await operatorApi.launch(draft);
    // Recorded at once; the server sends it in the background.
    expect(answer).toMatchObject({ ok: true, data: { instanceCount: 1, sendStatus: 'queued' } });
    return operatorApi.sentLaunch((answer as { data: { launchId: string } }).data.launchId);
  });
  expect(sent).toMatchObject({ sendStatus: 'sent', batches: [{ status: 'sent', invokeId: expect.stringMatching(/^t-/) as unknown }] });
  expect(await sandbox.invokeCommands(mark, { instanceIds: draft.instanceIds })).toHaveLength(1);
});
