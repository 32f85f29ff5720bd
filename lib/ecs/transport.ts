import 'server-only';

import { isRegionId } from '@/lib/invoke/region';
import { observeEcsCall } from '@/lib/observability/metrics';

import { priorityOf } from './budget-priority';
import { DeadlineError, type EcsAction, EcsError, refused, toEcsError } from './errors';
import type { ResolvedOptions } from './options';
import { retryDelay, type RetryRule } from './retry';
import { type SdkClient, SdkClients } from './sdk';

export interface CallSpec {
  action: EcsAction;
  region: string;
  retry: RetryRule;
}

/** What every SDK response body has. */
interface WithRequestId {
  requestId?: string;
}

/** Actions that change something: logged at info. Reads are logged at debug (they are polled). */
const WRITES = new Set<EcsAction>([
  'InvokeCommand', 'StopInvocation', 'RebootInstance', 'RunCommand', 'CreateCommand', 'ModifyCommand', 'DeleteCommand', 'ModifyInvocationAttribute',
]);

/**
 * The one transport: picks the region's SDK client, makes each attempt (the SDK signs each
 * one anew, with a fresh nonce and date), retries what may be retried, turns every failure
 * into an EcsError, and logs one line per attempt. Log lines carry only the action, region,
 * attempt, duration, outcome code, HTTP status and RequestId: never a request parameter.
 */
export class Transport {
  private readonly clients: SdkClients;

  constructor(private readonly options: ResolvedOptions) {
    this.clients = new SdkClients(options);
  }

  /**
   * The longest one attempt may take. The SDK's own read timer (httpx 2.3) does not fire for
   * a request on a reused keep-alive connection (the previous request's timer, which the SDK
   * never clears, clears it instead), so we bound every attempt ourselves.
   */
  private get deadlineMs(): number {
    return this.options.connectTimeoutMs + this.options.readTimeoutMs;
  }

  get defaultRegion(): string {
    return this.options.defaultRegion;
  }

  async call<T extends WithRequestId>(
    spec: CallSpec,
    send: (sdk: SdkClient) => Promise<{ body?: T }>,
  ): Promise<T & { requestId: string }> {
    const { retry, sleep, random } = this.options;
    await this.checkRegion(spec);
    for (let attempt = 1; ; attempt += 1) {
      // Every attempt spends the shared API budget (waiting for it when it is empty): a retry too.
      await this.options.budget?.take(spec.action, priorityOf(spec.action), spec.region);
      const started = performance.now();
      try {
        const response = await withDeadline(send(this.clients.for(spec.region)), this.deadlineMs);
        const body = response.body;
        if (!body) {
          throw new EcsError({ ...spec, code: 'InvalidResponse', status: 502, detail: 'The reply had no body.', retryable: false });
        }
        const requestId = body.requestId ?? '';
        this.log(WRITES.has(spec.action) ? 'info' : 'debug', spec, attempt, started, { outcome: 'OK', requestId });
        return { ...body, requestId };
      } catch (raw) {
        const error = toEcsError(raw, spec);
        error.attempts = attempt;
        // Alibaba's flow control: every replica slows down for this action.
        if (error.code.includes('Throttling')) await this.options.budget?.throttled(spec.action);
        const delay = retryDelay(error, attempt, spec.retry, retry, random);
        this.log('warn', spec, attempt, started, {
          outcome: error.code,
          status: error.status,
          requestId: error.requestId ?? null,
          // Ours, never the raw message (it may hold the URL): "Connection failed (ECONNRESET)."
          ...(error.code === 'NetworkError' || error.code === 'Timeout' ? { detail: error.detail } : {}),
          ...(delay === null ? { final: true } : { retryInMs: delay }),
        });
        if (delay === null) throw error;
        await sleep(delay);
      }
    }
  }

  /**
   * The SDK makes the API host out of the region (ecs.<region>.aliyuncs.com), so a region is
   * checked here, at the one door, before anything is signed: a well-formed, allowed one only.
   */
  private async checkRegion(spec: CallSpec): Promise<void> {
    const context = { action: spec.action, region: isRegionId(spec.region) ? spec.region : '(invalid)' };
    if (!isRegionId(spec.region)) throw refused(context, 'InvalidRegionId.Malformed', 'not a region ID');
    if (spec.region === this.options.defaultRegion || !this.options.regions) return;
    if (!(await this.options.regions.allows(spec.region))) {
      throw refused(context, 'RegionNotAllowed', `${spec.region} is not one of this deployment's regions`);
    }
  }

  /** A warning about a reply that is not a call failure (e.g. a record we cannot map). */
  warn(message: string, fields: Record<string, string | number>): void {
    this.options.logger?.warn(message, fields);
  }

  private log(
    level: 'debug' | 'info' | 'warn',
    spec: CallSpec,
    attempt: number,
    started: number,
    fields: Record<string, string | number | boolean | null>,
  ): void {
    const durationMs = performance.now() - started;
    // Every attempt, logged or not: /api/metrics counts calls by action and outcome.
    observeEcsCall(spec.action, String(fields.outcome), durationMs / 1000);
    this.options.logger?.[level]('ecs call', {
      action: spec.action,
      region: spec.region,
      attempt,
      durationMs: Math.round(durationMs),
      ...fields,
    });
  }
}

/** Rejects with DeadlineError after `ms`; the abandoned attempt's late outcome is ignored. */
function withDeadline<T>(attempt: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`no answer within ${ms} ms`)), ms);
  });
  attempt.catch(() => undefined);
  return Promise.race([attempt, deadline]).finally(() => clearTimeout(timer));
}
