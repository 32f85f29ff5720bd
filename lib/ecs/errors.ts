import 'server-only';

import { AlibabaCloudError } from '@alicloud/openapi-core';

import { AppError } from '@/lib/errors';

import { hintFor } from './error-hints';

export type EcsAction =
  | 'DescribeRegions'
  | 'DescribeInstances'
  | 'DescribeCloudAssistantStatus'
  | 'DescribeCommands'
  | 'InvokeCommand'
  | 'DescribeInvocations'
  | 'DescribeInvocationResults'
  | 'StopInvocation'
  | 'RebootInstance'
  | 'RunCommand'
  | 'CreateCommand'
  | 'ModifyCommand'
  | 'DeleteCommand'
  | 'ModifyInvocationAttribute'
  | 'DescribeManagedInstances'
  | 'DescribeAccountAttributes';

export interface EcsErrorInit {
  /** Alibaba's code unchanged, or ours (NetworkError, Timeout, InvalidResponse, …). */
  code: string;
  status: number;
  /** Alibaba's own message, or a short description of what went wrong on the way. */
  detail: string;
  requestId?: string;
  retryable: boolean;
  retryAfterMs?: number;
  action: EcsAction;
  region: string;
  /** The code and detail came from Alibaba's answer (not from us or the network). */
  fromAlibaba?: boolean;
}

/**
 * The one error the ECS client throws. It is an AppError, so a server action returns its
 * code, status, message and RequestId unchanged. `message` says what to do and ends with
 * Alibaba's own words; `detail` keeps those words alone.
 */
export class EcsError extends AppError {
  readonly detail: string;
  /** A later attempt may succeed (throttling, 5xx, network). Not a promise that it is safe to repeat. */
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly action: EcsAction;
  readonly region: string;
  /** How many attempts were made before giving up; set by the transport. */
  attempts = 1;

  constructor(init: EcsErrorInit) {
    const hint = hintFor(init.code, init.status, init.action);
    const said = !init.detail ? '' : init.fromAlibaba ? ` Alibaba said: ${init.detail}` : ` (${init.detail})`;
    super(init.code, init.status, `${hint}${said}`, undefined, init.requestId);
    this.detail = init.detail;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
    this.action = init.action;
    this.region = init.region;
  }
}

/** The credential chain failed before any request was signed. */
export class CredentialsUnavailableError extends Error {
  override readonly name = 'CredentialsUnavailableError';
}

/** Our own deadline for an attempt passed (see Transport: the SDK's read timer is unreliable on reused connections). */
export class DeadlineError extends Error {
  override readonly name = 'DeadlineError';
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH',
  'ENETDOWN', 'EADDRNOTAVAIL', 'UND_ERR_SOCKET',
]);

interface CallContext {
  action: EcsAction;
  region: string;
}

/** Turn whatever the SDK threw into an EcsError. Never keeps the raw message of a network
 * error: httpx appends the full URL, whose query holds Parameters values and CommandContent. */
export function toEcsError(error: unknown, context: CallContext): EcsError {
  if (error instanceof EcsError) return error;
  const base = { action: context.action, region: context.region };
  if (error instanceof AlibabaCloudError) return fromAlibaba(error, context);
  if (error instanceof CredentialsUnavailableError) {
    return new EcsError({ ...base, code: 'CredentialsUnavailable', status: 500, detail: '', retryable: false });
  }
  if (!(error instanceof Error)) {
    return new EcsError({ ...base, code: 'UnknownError', status: 500, detail: '', retryable: false });
  }
  const systemCode = (error as NodeJS.ErrnoException).code;
  if (error instanceof DeadlineError) {
    return new EcsError({ ...base, code: 'Timeout', status: 504, detail: 'No answer (read timeout).', retryable: true });
  }
  if (error.name === 'RequestTimeoutError' || systemCode === 'ETIMEDOUT') {
    const kind = /^ConnectTimeout/.test(error.message) ? 'connect timeout' : 'read timeout';
    return new EcsError({ ...base, code: 'Timeout', status: 504, detail: `No answer (${kind}).`, retryable: true });
  }
  if ((systemCode && NETWORK_CODES.has(systemCode)) || /socket hang up/i.test(error.message)) {
    const what = systemCode ?? 'socket hang up';
    return new EcsError({ ...base, code: 'NetworkError', status: 502, detail: `Connection failed (${what}).`, retryable: true });
  }
  if (error instanceof SyntaxError) {
    return new EcsError({ ...base, code: 'InvalidResponse', status: 502, detail: 'The reply was not JSON.', retryable: false });
  }
  return new EcsError({ ...base, code: 'UnknownError', status: 500, detail: '', retryable: false });
}

function fromAlibaba(error: AlibabaCloudError, context: CallContext): EcsError {
  const data: unknown = (error as { data?: unknown }).data;
  const body = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const rawCode = typeof body.Code === 'string' ? body.Code : error.code;
  // Only errors raised before any HTTP exchange (InvalidCredentials) lack a status.
  const httpStatus = error.statusCode;
  const status = httpStatus ?? 500;
  // A 4xx/5xx without an Alibaba code came from something else on the way (a proxy, a wrong endpoint).
  const code = rawCode && rawCode !== 'undefined' ? rawCode : 'InvalidResponse';
  const detail = typeof body.Message === 'string' ? body.Message : code === 'InvalidCredentials' ? '' : stripEnvelope(error.message);
  const requestId = error.requestId && error.requestId !== 'undefined' ? error.requestId : undefined;
  const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
  return new EcsError({
    action: context.action,
    region: context.region,
    code,
    status,
    fromAlibaba: code !== 'InvalidResponse' && code !== 'InvalidCredentials',
    detail,
    ...(requestId && { requestId }),
    retryable: httpStatus !== undefined && isTransient(code, httpStatus),
    ...(typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0 && { retryAfterMs: retryAfter }),
  });
}

/** Throttling, any 5xx and ServiceUnavailable: the same request may succeed later. */
export function isTransient(code: string, status: number): boolean {
  return code.includes('Throttling') || status >= 500 || code === 'ServiceUnavailable';
}

/** The SDK formats "code: 400, <Message> request id: <id>"; keep the middle. */
function stripEnvelope(message: string): string {
  return message.replace(/^code: \d+, /, '').replace(/ request id: \S*$/, '').trim();
}

/** A request we refuse before sending it, with the code Alibaba would use. */
export function refused(context: CallContext, code: string, detail: string): EcsError {
  return new EcsError({ ...context, code, status: 400, detail, retryable: false });
}
