import type { ServerResponse } from 'node:http';
import { Params } from './actions/params';
import { ACTIONS, API_VERSION, MUTATING_ACTIONS } from './actions/registry';
import type { SandboxRuntime } from './runtime';
import { ApiError, platformErrors } from './wire/api-error';
import { authenticate } from './wire/authenticate';
import { allParams, firstHeader, type ParsedRequest } from './wire/parse-request';
import { newRequestId, responseFormat, sendError, sendSuccess } from './wire/respond';

/** The ECS endpoint: verify, inject faults, run the operation, answer in the caller's format. */
export async function handleApiRequest(request: ParsedRequest, res: ServerResponse, runtime: SandboxRuntime): Promise<void> {
  const started = Date.now();
  const requestId = newRequestId();
  const pairs = allParams(request);
  const param = (name: string) => pairs.find(([key]) => key === name)?.[1] ?? '';
  let action = firstHeader(request, 'x-acs-action') ?? param('Action');
  const regionId = param('RegionId');
  const format = responseFormat(request) ?? 'JSON';
  const signature = firstHeader(request, 'authorization')?.startsWith('ACS3-') ? 'v3' : pairs.some(([k]) => k === 'Signature') ? 'v2' : 'none';
  const record = (code: string, status: number, params: Map<string, string> | null) => {
    runtime.requestLog.push({
      time: new Date(started).toISOString(),
      action,
      regionId,
      code,
      status,
      signature,
      method: request.method,
      requestId,
      durationMs: Date.now() - started,
      params: params ? Object.fromEntries(params) : {},
    });
    runtime.log(`${request.method} ${action || '-'} ${regionId || '-'} → ${status} ${code} (${Date.now() - started} ms)`);
  };
  let params: Map<string, string> | null = null;
  try {
    if (request.method !== 'GET' && request.method !== 'POST') throw platformErrors.unsupportedMethod(request.method);
    if (responseFormat(request) === undefined) throw platformErrors.invalidFormat(param('Format'));
    const call = authenticate(request, {
      credentials: runtime.credentials,
      nonces: runtime.nonces,
      wallClockMs: Date.now,
    });
    action = call.action;
    params = call.params;
    const handler = ACTIONS[action];
    if (!handler || call.version !== API_VERSION) throw platformErrors.unknownAction(action, call.version);
    const fault = runtime.faults.decide(action, call.params);
    if (fault.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    if (fault.kind === 'drop') {
      record('ConnectionDropped', 0, params);
      res.socket?.destroy();
      return;
    }
    if (fault.kind === 'throttle') throw platformErrors.throttled(fault.retryAfterMs);
    if (fault.kind === 'internalError') throw platformErrors.internalDispatch();
    if (fault.kind === 'unavailable') throw platformErrors.serviceUnavailable();
    const body = handler({ params: new Params(call.params), ctx: runtime.ctx });
    if (MUTATING_ACTIONS.has(action)) runtime.persist();
    if (fault.kind === 'lostReply') {
      record('ReplyLost', 0, params);
      res.socket?.destroy();
      return;
    }
    sendSuccess(res, format, action, requestId, body);
    record('OK', 200, params);
  } catch (error) {
    const apiError = error instanceof ApiError ? error : platformErrors.internal(error instanceof Error ? error.message : String(error));
    if (!(error instanceof ApiError)) runtime.log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    sendError(res, format, requestId, hostId(regionId), apiError);
    record(apiError.code, apiError.status, params);
  }
}

function hostId(regionId: string): string {
  return /^[a-z]{2}-[a-z0-9-]+$/.test(regionId) ? `ecs.${regionId}.aliyuncs.com` : 'ecs.aliyuncs.com';
}
