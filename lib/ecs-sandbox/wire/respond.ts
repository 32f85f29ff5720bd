import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ApiError } from './api-error';
import { allParams, type ParsedRequest } from './parse-request';
import { toXml } from './xml';

export type ResponseFormat = 'JSON' | 'XML';

/** An Alibaba-style request id: an uppercase UUID. */
export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

/**
 * The format the caller asked for. Only V2 callers choose (the `Format` parameter, any
 * case, XML when absent as the V2 doc says); V3 is always JSON. Undefined when the
 * `Format` value is neither, which is itself an error answered in JSON.
 */
export function responseFormat(request: ParsedRequest): ResponseFormat | undefined {
  const authorization = request.headers.authorization?.[0] ?? '';
  if (authorization.trim().startsWith('ACS3-')) return 'JSON';
  const pairs = allParams(request);
  if (!pairs.some(([name]) => name === 'Signature')) return 'JSON';
  const format = pairs.find(([name]) => name === 'Format')?.[1];
  if (format === undefined || format === '') return 'XML';
  const upper = format.toUpperCase();
  return upper === 'JSON' || upper === 'XML' ? upper : undefined;
}

export function sendSuccess(
  res: ServerResponse,
  format: ResponseFormat,
  action: string,
  requestId: string,
  body: Record<string, unknown>,
): void {
  const payload = { RequestId: requestId, ...body };
  send(res, 200, format, requestId, format === 'XML' ? toXml(`${action}Response`, payload) : JSON.stringify(payload));
}

export function sendError(
  res: ServerResponse,
  format: ResponseFormat,
  requestId: string,
  hostId: string,
  error: ApiError,
): void {
  const payload = {
    RequestId: requestId,
    HostId: hostId,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Ecs&requestId=${requestId}`,
  };
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  send(res, error.status, format, requestId, format === 'XML' ? toXml('Error', payload) : JSON.stringify(payload));
}

function send(res: ServerResponse, status: number, format: ResponseFormat, requestId: string, text: string): void {
  res.statusCode = status;
  res.setHeader('content-type', format === 'XML' ? 'text/xml;charset=utf-8' : 'application/json;charset=utf-8');
  res.setHeader('x-acs-request-id', requestId);
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}
