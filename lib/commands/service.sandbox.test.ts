import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SessionUser } from '@/lib/auth/sessions';
import { listAudit } from '@/lib/db/audit';
import { insertLaunch } from '@/lib/db/launches';
import { describeEachDatabase } from '@/lib/db/test-databases';
import { EcsError, fixedRegions } from '@/lib/ecs';
import { startTestSandbox, type TestSandbox } from '@/lib/ecs/test-sandbox';
import { AppError } from '@/lib/errors';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';
import { loadInvokeContext } from '@/lib/launches/context';

import { type CommandRuleCode } from './codes';
import { loadCommandPage } from './detail';
import { findCommand, listRegionCommands, publicCommandVersions } from './list';
import { commandRules, type CommandFields } from './rules';
import { createCommand, deleteCommand, modifyCommand } from './service';

/** The Commands page's service against the real sandbox, over HTTP with the official SDK. */
const REGION = 'cn-shanghai';
const priya: SessionUser = { userId: 'u-priya', username: 'priya', displayName: 'Priya', role: 'operator' };
const regions = fixedRegions([REGION, 'cn-hangzhou']);

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.close());

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const caught = await promise.then(() => null, (error: unknown) => error);
  if (!(caught instanceof AppError)) throw new Error(`expected an AppError, got ${String(caught)}`);
  return caught;
}

const fields: CommandFields = { name: 'rotate-logs.sh', description: 'Rotate now', type: 'RunShellScript', content: 'logrotate -f /etc/{{conf}}', workingDir: '/var/log', timeout: '120', enableParameter: true };

describeEachDatabase('saving, changing and deleting a command', (db) => {
  const deps = () => ({ db: db(), ecs: t.client(), regions });

  it('creates it as typed, changes only what ModifyCommand allows, deletes it, each audited', async () => {
    const saved = await createCommand(deps(), priya, { regionId: REGION, ...fields });
    expect(saved.commandId).toMatch(/^c-/);
    const created = await findCommand(t.client(), REGION, saved.commandId);
    expect(created).toMatchObject({ name: 'rotate-logs.sh', description: 'Rotate now', type: 'RunShellScript', content: 'logrotate -f /etc/{{conf}}', workingDir: '/var/log', timeout: 120, enableParameter: true, parameterNames: ['conf'], provider: null, version: 1, latest: true });

    await modifyCommand(deps(), priya, { regionId: REGION, commandId: saved.commandId, name: 'rotate-logs-now.sh', description: 'Rotate at once', workingDir: '/var/log', timeout: '300' });
    const modified = await findCommand(t.client(), REGION, saved.commandId);
    expect(modified).toMatchObject({ name: 'rotate-logs-now.sh', description: 'Rotate at once', timeout: 300, workingDir: '/var/log', content: 'logrotate -f /etc/{{conf}}' });
    // An empty description is "unchanged" for ModifyCommand: it is not sent, and the old one stays.
    await t.forget();
    await modifyCommand(deps(), priya, { regionId: REGION, commandId: saved.commandId, name: 'rotate-logs-now.sh', description: '', workingDir: '', timeout: '' });
    expect(await t.requests('ModifyCommand')).toEqual([]);

    const deleted = await deleteCommand(deps(), priya, { regionId: REGION, commandId: saved.commandId });
    expect(deleted.name).toBe('rotate-logs-now.sh');
    expect(await findCommand(t.client(), REGION, saved.commandId)).toBeNull();

    const audit = await listAudit(db(), { limit: 10, target: saved.commandId });
    expect(audit.map((entry) => [entry.action, entry.actorUsername])).toEqual([
      ['command.delete', 'priya'],
      ['command.modify', 'priya'],
      ['command.modify', 'priya'],
      ['command.create', 'priya'],
    ]);
    expect(JSON.parse(audit[2]?.detail ?? '{}')).toMatchObject({ region: REGION, changed: ['name', 'description', 'timeout'] });
  });

  it('refuses to change or delete a public command before asking ECS, and a command it cannot find', async () => {
    const shared = (await listRegionCommands(t.client(), REGION)).commands.find((command) => command.provider);
    if (!shared) throw new Error('the sandbox seeds public commands');
    await t.forget();
    const modify = await refusal(modifyCommand(deps(), priya, { regionId: REGION, commandId: shared.commandId, name: 'mine-now', description: '', workingDir: '', timeout: '' }));
    expect([modify.code, modify.status]).toEqual(['PUBLIC_COMMAND', 403]);
    const remove = await refusal(deleteCommand(deps(), priya, { regionId: REGION, commandId: shared.commandId }));
    expect([remove.code, remove.status]).toEqual(['PUBLIC_COMMAND', 403]);
    expect(remove.message).toContain(shared.name);
    expect([...(await t.requests('ModifyCommand')), ...(await t.requests('DeleteCommand'))]).toEqual([]);
    expect((await refusal(deleteCommand(deps(), priya, { regionId: REGION, commandId: 'c-nosuchcommand' }))).code).toBe('NOT_FOUND');
    expect((await refusal(createCommand(deps(), priya, { regionId: 'eu-central-1', ...fields }))).code).toBe('INVALID');
  });

  it('are found by a launch’s validation, with their parameters', async () => {
    const check = (await listRegionCommands(t.client(), REGION)).commands.find((command) => command.name === 'ACS-ECS-ProcessStateCheck-linux.sh') ?? fail();
    const context = await loadInvokeContext(t.client(), db(), { regionId: REGION, commandId: check.commandId, instanceIds: [] }, DEFAULT_LIMITS);
    expect(context.command).toMatchObject({ commandId: check.commandId, provider: 'AlibabaCloud.ECS.GuestOS', parameterNames: ['processName'] });
  });

  it('lists the launches of every version of a public command, saying which version each ran', async () => {
    const versions = await publicCommandVersions(t.client(), REGION, (await findCommand(t.client(), REGION, await publicIdOf('ACS-ECS-DiskUsageCheck-linux.sh', 2))) ?? fail());
    expect(versions.map((version) => [version.version, version.latest])).toEqual([
      [2, true],
      [1, false],
    ]);
    for (const [minute, version] of [[1, versions[1]], [2, versions[0]]] as const) {
      const id = randomUUID();
      await insertLaunch(db(), launchRow(id, `2034-01-01T00:0${minute}:00.000Z`, version?.commandId ?? ''), [{ id: randomUUID(), batch_index: 0, client_token: id, instance_ids: '[]', secret_box: null }]);
    }
    const page = await loadCommandPage({ db: db(), ecs: t.client(), regions }, versions[1]?.commandId ?? '', undefined);
    expect(page?.regionId).toBe(REGION);
    expect(page?.command).toMatchObject({ version: 1, latest: false, provider: 'AlibabaCloud.ECS.GuestOS', category: 'Diagnose' });
    expect(page?.launches.map((launch) => launch.commandId)).toEqual([versions[0]?.commandId, versions[1]?.commandId]);
  });
});

describe('public commands', () => {
  it('are listed beside the account’s, newest version only', async () => {
    const { commands } = await listRegionCommands(t.client(), REGION);
    const own = commands.filter((command) => !command.provider);
    const shared = commands.filter((command) => command.provider);
    expect(own.length).toBeGreaterThan(0);
    expect(shared.map((command) => command.name).filter((name) => name === 'ACS-ECS-DiskUsageCheck-linux.sh')).toHaveLength(1);
    expect(commands.indexOf(own.at(-1) ?? own[0] ?? fail())).toBeLessThan(commands.indexOf(shared[0] ?? fail()));
    const check = shared.find((command) => command.name === 'ACS-ECS-ProcessStateCheck-linux.sh') ?? fail();
    expect(check.parameterDefinitions[0]).toMatchObject({ name: 'processName', required: true });

  });
});

describe('the rules and the sandbox agree', () => {
  const base: CommandFields = { name: 'mirror.sh', description: '', type: 'RunShellScript', content: 'echo ok', workingDir: '', timeout: '', enableParameter: false };
  const cases: [CommandRuleCode, Partial<CommandFields>, string][] = [
    ['InvalidParameter.Name', { name: 'n'.repeat(129) }, 'InvalidParameter'],
    ['InvalidParameter.Description', { description: 'd'.repeat(513) }, 'InvalidParameter'],
    ['InvalidParameter.WorkingDir', { workingDir: '/'.repeat(201) }, 'InvalidParameter'],
    ['InvalidParameter.Timeout', { timeout: '5' }, 'InvalidParameter'],
    ['CmdContent.ExceedLimit', { content: 'x'.repeat(13_000) }, 'CmdContent.ExceedLimit'],
    ['ParameterCount.ExceedLimit', { enableParameter: true, content: Array.from({ length: 21 }, (_, i) => `echo {{p${i}}}`).join('\n') }, 'ParameterCount.ExceedLimit'],
  ];
  for (const [code, change, sandboxCode] of cases) {
    it(`${code}: refused by our rule and by CreateCommand alike`, async () => {
      const input = { ...base, ...change };
      expect(commandRules(input).map((issue) => issue.code)).toEqual([code]);
      const field = code.split('.')[1] ?? '';
      const caught = await t
        .client()
        .createCommand(REGION, { name: input.name, type: input.type, content: input.content, description: input.description, enableParameter: input.enableParameter, ...(input.workingDir && { workingDir: input.workingDir }), ...(input.timeout && { timeout: Number(input.timeout) }) })
        .then(() => null, (error: unknown) => error);
      expect(caught).toBeInstanceOf(EcsError);
      expect((caught as EcsError).code).toBe(sandboxCode);
      if (sandboxCode === 'InvalidParameter') expect((caught as EcsError).detail).toContain(field);
    });
  }
});

describe('characters are counted as a person counts them', () => {
  it('a name of 128 emoji passes our rule and CreateCommand; 129 fail both', async () => {
    const base: CommandFields = { name: '🚀'.repeat(128), description: '', type: 'RunShellScript', content: 'echo ok', workingDir: '', timeout: '', enableParameter: false };
    expect(commandRules(base)).toEqual([]);
    const { commandId } = await t.client().createCommand(REGION, { name: base.name, type: 'RunShellScript', content: 'echo ok' });
    expect((await findCommand(t.client(), REGION, commandId))?.name).toBe(base.name);
    expect(commandRules({ ...base, name: '🚀'.repeat(129) }).map((issue) => issue.code)).toEqual(['InvalidParameter.Name']);
    const caught = await t.client().modifyCommand(REGION, commandId, { name: '🚀'.repeat(129) }).then(() => null, (error: unknown) => error);
    expect((caught as EcsError).code).toBe('InvalidParameter');
  });
});

function fail(): never {
  throw new Error('expected the sandbox to hold it');
}

async function publicIdOf(name: string, version: number): Promise<string> {
  const { items } = await t.client().describeCommands(REGION, { provider: 'AlibabaCloud', name });
  return items.find((command) => command.version === version)?.commandId ?? fail();
}

function launchRow(id: string, createdAt: string, commandId: string) {
  return {
    id,
    created_at: createdAt,
    created_by: 'u-priya',
    created_by_username: 'priya',
    region_id: REGION,
    command_id: commandId,
    command_name: 'ACS-ECS-DiskUsageCheck-linux.sh',
    command_type: 'RunShellScript',
    repeat_mode: 'Once',
    frequency: null,
    instance_count: 3,
    batch_count: 1,
    draft: '{}',
    preset_id: null,
    rate_control: null,
    request_template: null,
    secrets_expire_at: null,
  };
}
