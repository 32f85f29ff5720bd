import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './server';
import { ecsClient, failure } from './testing/clients';
import { advance, setClock, testSandbox } from './testing/harness';
import { decode, invocation, results } from './testing/invocations';
import { commandIds, instanceIds, pick } from './testing/lookup';

let sandbox: RunningSandbox;
let client: ReturnType<typeof ecsClient>;
let instances: Map<string, string>;
let commands: Map<string, string>;

beforeAll(async () => {
  sandbox = await testSandbox({ seedHistory: false });
  client = ecsClient(sandbox);
  instances = await instanceIds(client);
  commands = await commandIds(client);
  await setClock(sandbox, '2026-12-07T10:00:00Z');
});
afterAll(() => sandbox.close());

const schedule = async (names: string[], fields: Partial<$Ecs.RunCommandRequest> = {}) =>
  (await client.runCommand(new $Ecs.RunCommandRequest({ regionId: 'cn-shanghai', type: 'RunShellScript', commandContent: 'echo v1', repeatMode: 'Period', frequency: 'rate(5m)', instanceId: pick(instances, ...names), ...fields }))).body?.invokeId ?? '';

const modify = (invokeId: string, fields: Partial<$Ecs.ModifyInvocationAttributeRequest>) =>
  client.modifyInvocationAttribute(new $Ecs.ModifyInvocationAttributeRequest({ regionId: 'cn-shanghai', invokeId, ...fields }));

describe('ModifyInvocationAttribute', () => {
  it('changes a running schedule’s frequency and content in place: earlier runs keep v1, later ones run v2 on the new rate', async () => {
    const invokeId = await schedule(['web-prod-030']);
    await advance(sandbox, '11m');
    const changed = await modify(invokeId, { frequency: 'rate(2m)', commandContent: 'echo v2' });
    expect(changed.body?.commandId).toMatch(/^c-sh0/);
    await advance(sandbox, '6m');
    const { rows } = await results(client, { invokeId, includeHistory: true });
    // rate() counts from the original creation: 5m, 10m, then every 2 minutes (12m, 14m, 16m).
    expect(rows.map((row) => decode(row.output))).toEqual(['v2\n', 'v2\n', 'v2\n', 'v1\n', 'v1\n']);
    const found = await invocation(client, invokeId);
    expect([found.frequency, decode(found.commandContent), found.invocationStatus]).toEqual(['rate(2m)', 'echo v2', 'Scheduled']);
  });

  it('changes parameters and adds instances, which run only what fires after they joined', async () => {
    const invokeId = await schedule(['web-prod-031'], { commandContent: 'echo hello {{who}}', enableParameter: true, parameters: { who: 'one' } });
    await advance(sandbox, '6m');
    await modify(invokeId, { parameters: { who: 'two' }, instanceId: pick(instances, 'web-prod-032') });
    await advance(sandbox, '5m');
    const found = await invocation(client, invokeId);
    expect(found.parameters).toBe('{"who":"two"}');
    expect(found.instances.map((i) => [i.instanceId, i.repeats])).toEqual([[instances.get('web-prod-031'), 2], [instances.get('web-prod-032'), 1]]);
    const added = await results(client, { invokeId, instanceId: instances.get('web-prod-032'), includeHistory: true });
    expect(added.rows.map((row) => decode(row.output))).toEqual(['hello two\n']);
    const first = await results(client, { invokeId, instanceId: instances.get('web-prod-031'), includeHistory: true });
    expect(first.rows.map((row) => decode(row.output))).toEqual(['hello two\n', 'hello one\n']);
  });

  it('answers with Alibaba’s codes: unknown InvokeId, a one-off run, a stopped schedule, a bad frequency, an old agent', async () => {
    const unknown = await failure(modify('t-sh0nosuchinvoke', { frequency: 'rate(10m)' }));
    expect([unknown.code, unknown.statusCode]).toEqual(['InvalidInvokeId.NotFound', 400]);
    const once = await client.invokeCommand(new $Ecs.InvokeCommandRequest({ regionId: 'cn-shanghai', commandId: commands.get('health-check.sh'), instanceId: pick(instances, 'web-prod-033') }));
    const notSchedule = await failure(modify(once.body?.invokeId ?? '', { commandContent: 'echo x' }));
    expect([notSchedule.code, notSchedule.statusCode]).toEqual(['InvalidOperation.InvocationNotModifiable', 403]);
    const stopped = await schedule(['web-prod-034']);
    await client.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: 'cn-shanghai', invokeId: stopped }));
    const afterStop = await failure(modify(stopped, { frequency: 'rate(10m)' }));
    expect([afterStop.code, afterStop.statusCode]).toEqual(['InvalidOperation.InvocationNotModifiable', 403]);
    const live = await schedule(['web-prod-035']);
    const badRate = await failure(modify(live, { frequency: 'rate(30s)' }));
    expect([badRate.code, badRate.statusCode]).toEqual(['InvalidParam.Frequency', 403]);
    const oldAgent = await schedule(['worker-prod-07'], { frequency: '0 */5 * * * ?' });
    const tooOld = await failure(modify(oldAgent, { commandContent: 'echo new' }));
    expect([tooOld.code, tooOld.statusCode]).toEqual(['InvalidOperation.CloudAssistantVersionUnsupported', 403]);
    const stoppedHost = await failure(modify(live, { instanceId: pick(instances, 'web-prod-037') }));
    expect([stoppedHost.code, stoppedHost.statusCode]).toEqual(['InvalidInstance.NotMatch', 403]);
  });
});
