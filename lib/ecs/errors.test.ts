import { describe, expect, it } from 'vitest';

import { AppError } from '@/lib/errors';

import { ERROR_HINTS, hintFor } from './error-hints';
import { CredentialsUnavailableError, EcsError, isTransient, toEcsError } from './errors';

const context = { action: 'InvokeCommand', region: 'cn-shanghai' } as const;

describe('EcsError', () => {
  it('is an AppError carrying Alibaba’s code, status and RequestId, with what to do and Alibaba’s words', () => {
    const error = new EcsError({
      ...context,
      code: 'InvalidCmdId.NotFound',
      status: 404,
      detail: 'The specified command ID does not exist.',
      requestId: 'REQ-1',
      retryable: false,
      fromAlibaba: true,
    });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'InvalidCmdId.NotFound', status: 404, requestId: 'REQ-1', retryable: false });
    expect(error.message).toBe(
      'The command no longer exists (it may have been deleted). Choose the command again. Alibaba said: The specified command ID does not exist.',
    );
    expect(error.detail).toBe('The specified command ID does not exist.');
  });
});

describe('hintFor', () => {
  it('knows the seed’s InvokeCommand codes and the platform’s', () => {
    for (const code of [
      'RegionId.ApiNotSupported', 'InternalError.Dispatch', 'InvalidInstance.NotFound', 'InvalidInstance.NotMatch',
      'InvalidCmdId.NotFound', 'MissingParam.Frequency', 'InvalidParam.Frequency', 'InstanceIds.ExceedLimit',
      'Parameter.Disabled', 'ParameterCount.ExceedLimit', 'ParameterKey.ExceedLimit', 'CmdContent.ExceedLimit',
      'ParameterKey.Duplicate', 'Parameter.NotMatched', 'Username.ExceedLimit', 'InvalidRegionId.NotFound',
      'Invocation.ExceedQuota', 'IdempotentParameterMismatch', 'ServiceUnavailable', 'SignatureDoesNotMatch',
      'InvalidAccessKeyId.NotFound', 'InvalidTimeStamp.Expired', 'NetworkError', 'Timeout',
    ]) {
      expect(ERROR_HINTS[code], code).toBeTruthy();
    }
  });

  it('covers code families and falls back by status', () => {
    expect(hintFor('Throttling.Api', 400)).toBe(ERROR_HINTS.Throttling);
    expect(hintFor('InvalidSecurityToken.Expired', 400)).toBe(ERROR_HINTS['InvalidSecurityToken.Expired']);
    expect(hintFor('InvalidSecurityToken.Mismatch', 400)).toBe(ERROR_HINTS['InvalidSecurityToken.Malformed']);
    expect(hintFor('Something.New', 503)).toBe(ERROR_HINTS.InternalError);
    expect(hintFor('MissingRegionId', 400)).toMatch(/Check the field named in the message/);
  });

  it('speaks of launching again only to a launch: a read that got InternalError.Dispatch is told to try again', () => {
    for (const action of ['InvokeCommand', 'RunCommand']) expect(hintFor('InternalError.Dispatch', 500, action)).toMatch(/launch again; a launch with the same ClientToken/);
    for (const action of ['DescribeCommands', 'DescribeInvocations', 'StopInvocation']) {
      const hint = hintFor('InternalError.Dispatch', 500, action);
      expect(hint, action).not.toMatch(/launch|ClientToken/i);
      expect(hint, action).toMatch(/try again/);
    }
  });
});

describe('isTransient', () => {
  it('is true for throttling, 5xx and ServiceUnavailable only', () => {
    expect(isTransient('Throttling.User', 400)).toBe(true);
    expect(isTransient('InternalError.Dispatch', 500)).toBe(true);
    expect(isTransient('ServiceUnavailable', 503)).toBe(true);
    expect(isTransient('InvalidInstance.NotFound', 404)).toBe(false);
    expect(isTransient('SignatureDoesNotMatch', 400)).toBe(false);
  });
});

describe('toEcsError for failures without an Alibaba answer', () => {
  const url = 'POST http://127.0.0.1:1/?Parameters=%7B%22password%22%3A%22hunter2%22%7D failed.';

  it('turns a read timeout into a retryable Timeout and drops the URL httpx put in the message', () => {
    const raw = Object.assign(new Error(`ReadTimeout(200). ${url}`), { name: 'RequestTimeoutError' });
    const error = toEcsError(raw, context);
    expect(error).toMatchObject({ code: 'Timeout', status: 504, retryable: true });
    expect(`${error.message} ${error.detail}`).not.toContain('hunter2');
  });

  it('turns a refused connection into a retryable NetworkError', () => {
    const raw = Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:1 ${url}`), { code: 'ECONNREFUSED' });
    const error = toEcsError(raw, context);
    expect(error).toMatchObject({ code: 'NetworkError', status: 502, retryable: true, detail: 'Connection failed (ECONNREFUSED).' });
    expect(error.message).not.toContain('hunter2');
  });

  it('turns a reply that is not JSON into InvalidResponse, and a failed credentials chain into CredentialsUnavailable', () => {
    expect(toEcsError(new SyntaxError('Unexpected end of JSON input'), context)).toMatchObject({ code: 'InvalidResponse', retryable: false });
    expect(toEcsError(new CredentialsUnavailableError('x'), context)).toMatchObject({ code: 'CredentialsUnavailable', status: 500 });
    expect(toEcsError('weird', context)).toMatchObject({ code: 'UnknownError', status: 500, retryable: false });
  });
});
