import 'server-only';

import { unstable_rethrow } from 'next/navigation';
import { type z } from 'zod';

import { type ActionResult } from '@/lib/action-result';
import { invalid } from '@/lib/errors';
import { ensureRequestId, withContext } from '@/lib/observability/context';
import { endpointFinished, idsOf, requestIdForThisRequest } from '@/lib/observability/endpoint';
import { zodFieldErrors } from '@/lib/zod-errors';

import { type Access, authorize, toFailure } from './guard';
import { type SessionUser } from './sessions';

export interface ActionContext<A extends Access> {
  user: A extends 'public' ? SessionUser | null : SessionUser;
}

export interface ActionConfig<A extends Access, S extends z.ZodType> {
  name: string;
  access: A;
  schema: S;
}

/**
 * Parse the input with the schema and run the handler for a caller already authorised:
 * a typed result, never a throw (Next's redirect/notFound signals pass through). Tests
 * call it directly with the user they act as.
 */
export async function runAction<A extends Access, S extends z.ZodType, T>(
  config: ActionConfig<A, S>,
  handler: (input: z.output<S>, context: ActionContext<A>) => Promise<T>,
  input: unknown,
  context: ActionContext<A>,
): Promise<ActionResult<T>> {
  // Everything the action logs, ECS calls included, carries this request's ID.
  return withContext({ reqId: ensureRequestId() }, async () => {
    const started = performance.now();
    let result: ActionResult<T>;
    try {
      // Async: some schemas check with the server (is this region one of ours?).
      const parsed = await config.schema.safeParseAsync(input);
      if (!parsed.success) {
        const fieldErrors = zodFieldErrors(parsed.error);
        throw invalid(firstMessage(fieldErrors) ?? 'Some fields need attention.', fieldErrors);
      }
      result = { ok: true, data: await handler(parsed.data, context) };
    } catch (error) {
      unstable_rethrow(error);
      result = toFailure(error, config.name);
    }
    endpointFinished('action', config.name, result, started, idsOf(input));
    return result;
  });
}

/**
 * The one wrapper every server action goes through (STYLE.md §4): check the session and
 * role, parse the input with the schema, run, and return a typed result.
 */
export function defineAction<A extends Access, S extends z.ZodType, T>(
  config: ActionConfig<A, S>,
  handler: (input: z.output<S>, context: ActionContext<A>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) =>
    withContext({ reqId: await requestIdForThisRequest() }, async () => {
      const started = performance.now();
      let user: SessionUser | null;
      try {
        user = await authorize(config.access);
      } catch (error) {
        unstable_rethrow(error);
        const failure = toFailure(error, config.name);
        endpointFinished('action', config.name, failure, started, {});
        return failure;
      }
      return runAction(config, handler, input, { user } as ActionContext<A>);
    });
}

function firstMessage(fieldErrors: Record<string, string[]>): string | undefined {
  return Object.values(fieldErrors)[0]?.[0];
}
