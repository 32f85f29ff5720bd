import { describe, expect, it } from 'vitest';

import { type DraftScript } from '@/lib/invoke/draft';
import { buildInvokeRequests, toQueryParameters } from '@/lib/invoke/request';
import { scriptCommandInfo } from '@/lib/invoke/rules-script';
import { createInvokeSchema } from '@/lib/invoke/schema';
import { testContext } from '@/lib/invoke/test-fixtures';
import { codesFor, issuesFor, validDraft } from '@/lib/invoke/test-issues';

const script = (overrides: Partial<DraftScript> = {}): DraftScript => ({
  type: 'RunShellScript',
  content: 'echo {{who}}',
  enableParameter: true,
  name: '',
  keepCommand: false,
  ...overrides,
});
const scriptContext = (value: DraftScript) => testContext({ command: scriptCommandInfo(value) });
const scriptDraft = (value: DraftScript = script()) => validDraft({ commandId: '', script: value, parameters: [{ name: 'who', value: 'ops', secret: false }] });

describe('an ad-hoc script', () => {
  it('passes with its own {{parameters}}, and is judged as the command RunCommand makes of it', () => {
    expect(issuesFor(scriptDraft(), scriptContext(script()))).toEqual([]);
    expect(scriptCommandInfo(script({ content: 'echo {{a}} {{ b }} {{ACS::InstanceId}} {{a}}' })).parameterNames).toEqual(['a', 'b']);
    expect(scriptCommandInfo(script({ enableParameter: false })).parameterNames).toEqual([]);
  });

  it('names each broken rule with its code', () => {
    const empty = script({ content: ' ' });
    expect(codesFor({ ...scriptDraft(empty), parameters: [] }, scriptContext(empty))).toEqual(['script.content MissingParameter.CommandContent']);
    const kept = script({ keepCommand: true });
    expect(codesFor(scriptDraft(kept), scriptContext(kept))).toEqual(['script.name MissingParameter.Name']);
    const longName = script({ name: 'n'.repeat(129) });
    expect(codesFor(scriptDraft(longName), scriptContext(longName))).toEqual(['script.name InvalidParameter.Name']);
    expect(codesFor({ ...scriptDraft(), commandId: 'c-patch' }, scriptContext(script()))).toContain('commandId InvalidParameter.CommandId');
    const off = script({ enableParameter: false });
    expect(codesFor(scriptDraft(off), scriptContext(off))).toEqual(['parameters Parameter.Disabled']);
    const huge = script({ content: 'x'.repeat(20_000), enableParameter: false });
    expect(codesFor({ ...scriptDraft(huge), parameters: [] }, scriptContext(huge))).toEqual(['script.content CmdContent.ExceedLimit']);
  });

  it('builds RunCommand calls: Type, plain-text content, no CommandId', () => {
    const context = scriptContext(script());
    const draft = createInvokeSchema(context).parse(scriptDraft());
    const [batch] = buildInvokeRequests(draft, context.command!, 'launch-1', context.limits, { executionTags: [{ key: 'invokedeck:launch', value: 'launch-1' }] });
    const pairs = Object.fromEntries(toQueryParameters(batch!.masked));
    expect(pairs).toMatchObject({ Type: 'RunShellScript', ContentEncoding: 'PlainText', CommandContent: 'echo {{who}}', EnableParameter: 'true', 'Tag.1.Key': 'invokedeck:launch' });
    expect(pairs).not.toHaveProperty('CommandId');
  });
});

describe('a tag target', () => {
  const tagDraft = (resourceTags: Array<{ key: string; value: string }>) => validDraft({ instanceIds: [], resourceTags });

  it('needs no instance list and is one call, whatever the quota left beyond it', () => {
    expect(issuesFor(tagDraft([{ key: 'env', value: 'prod' }, { key: 'role', value: '' }]))).toEqual([]);
    const context = testContext({ quota: { used: 4_999, limit: 5_000 } });
    const draft = createInvokeSchema(context).parse(tagDraft([{ key: 'env', value: 'prod' }]));
    const built = buildInvokeRequests(draft, context.command!, 'launch-2', context.limits);
    expect(built.map((batch) => [batch.instanceIds, batch.clientToken])).toEqual([[[], 'launch-2-b0']]);
    expect(Object.fromEntries(toQueryParameters(built[0]!.masked))).toMatchObject({ 'ResourceTag.1.Key': 'env', 'ResourceTag.1.Value': 'prod' });
  });

  it('refuses IDs with tags, more than 10 tags, duplicate, empty and reserved keys, long values', () => {
    expect(codesFor(validDraft({ resourceTags: [{ key: 'env', value: 'prod' }] }))).toEqual(['resourceTags InvalidParameter.ResourceTag']);
    const eleven = Array.from({ length: 11 }, (_, index) => ({ key: `k${index}`, value: '' }));
    expect(codesFor(tagDraft(eleven))).toEqual(['resourceTags InvalidParameter.ResourceTag']);
    expect(codesFor(tagDraft([{ key: 'env', value: 'a' }, { key: 'env', value: 'b' }]))).toEqual(['resourceTags.1.key InvalidParameter.ResourceTag']);
    expect(codesFor(tagDraft([{ key: ' ', value: 'a' }]))).toEqual(['resourceTags.0.key InvalidParameter.ResourceTag']);
    expect(issuesFor(tagDraft([{ key: 'aliyun-x', value: 'a' }]))[0]?.message).toContain('reserved');
    expect(codesFor(tagDraft([{ key: 'env', value: 'v'.repeat(129) }]))).toEqual(['resourceTags.0.value InvalidParameter.ResourceTag']);
    expect(codesFor(tagDraft([{ key: 'env', value: 'https://x' }]))).toEqual(['resourceTags.0.value InvalidParameter.ResourceTag']);
  });
});

describe('the other InvokeCommand fields', () => {
  it('accepts them well formed and sends them as the API names them', () => {
    const draft = validDraft({ containerName: 'web-app', launcher: 'python3 -u {{ACS::ScriptFileName|Ext(".py")}}', terminationMode: 'ProcessTree', ossOutputDelivery: 'oss://ops-logs/invokedeck/', resourceGroupId: 'rg-aek2zexample01' });
    expect(issuesFor(draft)).toEqual([]);
    const context = testContext();
    const [batch] = buildInvokeRequests(createInvokeSchema(context).parse(draft), context.command!, 'launch-3', context.limits);
    expect(Object.fromEntries(toQueryParameters(batch!.masked))).toMatchObject({ ContainerName: 'web-app', TerminationMode: 'ProcessTree', OssOutputDelivery: 'oss://ops-logs/invokedeck/', ResourceGroupId: 'rg-aek2zexample01' });
  });

  it('names each malformed one with its code', () => {
    expect(codesFor(validDraft({ containerId: 'abc' }))).toEqual(['containerId InvalidParameter.ContainerId']);
    expect(issuesFor(validDraft({ containerId: `containerd://${'a'.repeat(64)}` }))).toEqual([]);
    expect(codesFor(validDraft({ containerName: '-bad' }))).toEqual(['containerName InvalidParameter.ContainerName']);
    expect(codesFor(validDraft({ containerName: 'web', username: 'deploy' }))).toEqual(['containerName InvalidParameter.ContainerName']);
    expect(codesFor(validDraft({ launcher: 'x'.repeat(1_025) }))).toEqual(['launcher InvalidParameter.Launcher']);
    expect(codesFor(validDraft({ ossOutputDelivery: 's3://bucket/x' }))).toEqual(['ossOutputDelivery InvalidParameter.OssOutputDelivery']);
    expect(codesFor(validDraft({ resourceGroupId: 'group-1' }))).toEqual(['resourceGroupId InvalidParameter.ResourceGroupId']);
    expect(codesFor(validDraft({ terminationMode: 'Kill' as never }))).toEqual(['terminationMode -']);
  });

  it('keeps a container to shell scripts', () => {
    const context = testContext({ command: scriptCommandInfo(script({ type: 'RunPowerShellScript', enableParameter: false })) });
    const draft = validDraft({ commandId: '', script: script({ type: 'RunPowerShellScript', enableParameter: false }), parameters: [], instanceIds: ['i-win'], containerName: 'web' });
    expect(codesFor(draft, context)).toEqual(['containerName InvalidParameter.ContainerName']);
  });
});
