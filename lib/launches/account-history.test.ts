import { describe, expect, it } from 'vitest';

import { EcsError, type EcsInvocation } from '@/lib/ecs';
import { AppError } from '@/lib/errors';

import { historyFailure, historyRequest, keepsFilters, toHistoryRow } from './account-history';
import { historyHref, newerHref, olderHref, pageNumber, parseHistoryQuery } from './account-history-query';

const LAUNCH = '3f2c1e0a-9b8d-4c7e-a6f5-1d2e3c4b5a69';

function invocation(fields: Partial<EcsInvocation>): EcsInvocation {
  return {
    invokeId: 't-ext1',
    commandId: 'c-abc',
    commandName: 'health-check.sh',
    commandType: 'RunShellScript',
    commandDescription: '',
    commandContent: 'echo secret-ish content',
    parameters: { password: 'hunter2' },
    repeatMode: 'Once',
    timed: false,
    frequency: '',
    timeout: 60,
    username: 'root',
    workingDir: '',
    creationTime: '2032-03-01T10:00:00Z',
    invocationStatus: 'Success',
    invokeStatus: 'Finished',
    terminationMode: '',
    launcher: '',
    containerId: '',
    containerName: '',
    tags: [],
    instances: [],
    ...fields,
  };
}

describe('the whole-account view in the URL', () => {
  it('keeps valid filters, drops the rest, and reads a command ID or a name from the same box', () => {
    const query = parseHistoryQuery({ source: 'account', region: 'cn-shanghai', status: 'Exploded', repeat: 'Period', kind: 'timed', command: 'c-7x9', instance: 'mi-0abc', tag: 'env' });
    expect(query.filters).toEqual({ region: 'cn-shanghai', repeat: 'Period', kind: 'timed', command: 'c-7x9', instance: 'mi-0abc' });
    expect(historyRequest(query.filters, undefined)).toEqual({ maxResults: 20, repeatMode: 'Period', timed: true, commandId: 'c-7x9', instanceId: 'mi-0abc' });
    expect(historyRequest({ command: 'ACS-ECS-BulkyDownload', tag: 'env = prod', status: 'PartialFailed', kind: 'once' }, 'tok2')).toEqual({
      maxResults: 20,
      nextToken: 'tok2',
      commandName: 'ACS-ECS-BulkyDownload',
      tags: [{ key: 'env', value: 'prod' }],
      invokeStatus: 'PartialFailed',
      timed: false,
    });
  });

  it('walks NextToken pages forward and back through the trail in the URL', () => {
    const filters = { region: 'cn-shanghai', status: 'Failed' };
    const first = parseHistoryQuery({ source: 'account', ...filters });
    expect([pageNumber(first), newerHref(first)]).toEqual([1, null]);
    const second = parseHistoryQuery(Object.fromEntries(new URL(olderHref(first, 'AAAA2'), 'http://x').searchParams));
    expect([second.token, second.trail, pageNumber(second)]).toEqual(['AAAA2', [], 2]);
    expect(newerHref(second)).toBe(historyHref(filters));
    const third = new URL(olderHref(second, 'AAAA3'), 'http://x').searchParams;
    const parsed = parseHistoryQuery({ source: 'account', region: 'cn-shanghai', status: 'Failed', token: third.get('token') ?? '', back: third.getAll('back') });
    expect([parsed.token, parsed.trail, pageNumber(parsed)]).toEqual(['AAAA3', ['AAAA2'], 3]);
    expect(newerHref(parsed)).toBe(historyHref(filters, { token: 'AAAA2', trail: [] }));
    expect(historyHref(filters)).toBe('/invocations?source=account&region=cn-shanghai&status=Failed');
  });

  it('refuses a token that is not one, and a trail without a token', () => {
    expect(parseHistoryQuery({ token: 'a b<script>', back: 'x' })).toEqual({ filters: {}, trail: [] });
    expect(parseHistoryQuery({ back: ['AAAA2'] })).toEqual({ filters: {}, trail: [] });
  });
});

describe('a row of the account history', () => {
  const own = { byInvokeId: new Map([['t-ours', { launchId: LAUNCH, createdBy: 'priya' }]]), byLaunchId: new Map<string, { launchId: string; createdBy: string }>() };

  it('is marked external unless InvokeDeck sent it, and never carries content or parameters', () => {
    const external = toHistoryRow(invocation({ instances: [{ instanceId: 'i-1' }, { instanceId: 'i-2' }] as EcsInvocation['instances'] }), own);
    expect(external).toEqual({
      invokeId: 't-ext1',
      commandId: 'c-abc',
      commandName: 'health-check.sh',
      commandType: 'RunShellScript',
      repeatMode: 'Once',
      frequency: '',
      status: 'Success',
      instanceCount: 2,
      createdAt: '2032-03-01T10:00:00Z',
      launch: null,
      foreignLaunchTag: null,
    });
    expect(JSON.stringify(external)).not.toMatch(/hunter2|secret-ish/);
    expect(toHistoryRow(invocation({ invokeId: 't-ours' }), own).launch).toEqual({ launchId: LAUNCH, createdBy: 'priya' });
  });

  it('is ours by its launch tag too, and a tag for a launch this deployment does not have is said so', () => {
    const tagged = invocation({ tags: [{ key: 'invokedeck:launch', value: LAUNCH }] });
    expect(toHistoryRow(tagged, { ...own, byLaunchId: new Map([[LAUNCH, { launchId: LAUNCH, createdBy: 'marco' }]]) }).launch?.createdBy).toBe('marco');
    expect(toHistoryRow(tagged, own)).toMatchObject({ launch: null, foreignLaunchTag: LAUNCH });
  });

  it('holds the command name and repeat mode that Alibaba ignores beside an instance', () => {
    const periodic = invocation({ repeatMode: 'Period', commandName: 'rotate-logs.sh' });
    expect(keepsFilters({ instance: 'i-1', repeat: 'Once' }, periodic)).toBe(false);
    expect(keepsFilters({ instance: 'i-1', command: 'health-check.sh' }, periodic)).toBe(false);
    expect(keepsFilters({ instance: 'i-1', command: 'c-abc', repeat: 'Period' }, periodic)).toBe(true);
    expect(keepsFilters({ repeat: 'Once' }, periodic)).toBe(true);
  });
});

describe('a failed read', () => {
  const ecsError = (code: string, retryable: boolean) => new EcsError({ code, status: retryable ? 500 : 403, detail: 'An error occurred.', retryable, action: 'DescribeInvocations', region: 'cn-shanghai', fromAlibaba: true });

  it("keeps Alibaba's code and says a passing failure is safe to read again", () => {
    expect(historyFailure(ecsError('InternalError.Dispatch', true))).toEqual({
      code: 'InternalError.Dispatch',
      message: 'Alibaba Cloud did not answer this read (An error occurred.). Nothing was changed; read again in a moment.',
    });
    const denied = ecsError('Forbidden.RAM', false);
    expect(historyFailure(denied)).toEqual({ code: 'Forbidden.RAM', message: denied.message });
    expect(historyFailure(new AppError('NOT_FOUND', 404, 'gone'))).toEqual({ code: 'NOT_FOUND', message: 'gone' });
    expect(historyFailure(new TypeError('a bug'))).toBeNull();
  });
});
