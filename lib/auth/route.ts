import 'server-only';

import { type z } from 'zod';

import { invalid } from '@/lib/errors';
import { withContext } from '@/lib/observability/context';
import { endpointFinished, idsOf, requestIdForThisRequest } from '@/lib/observability/endpoint';
import { zodFieldErrors } from '@/lib/zod-errors';

import { type Access, authorize, toFailure } from './guard';
import { type SessionUser } from './sessions';

interface RouteContext<P> {
  params: Promise<P>;
}

/**
 * The route-handler twin of defineAction: session and role checked, query string parsed
 * with the schema, JSON out. Failures answer with their HTTP status and the same shape.
 */
export function defineRoute<S extends z.ZodType, T, P = Record<string, string>>(
  config: { name: string; access: Exclude<Access, 'public'>; query: S },
  handler: (input: { query: z.output<S>; params: P; user: SessionUser; request: Request }) => Promise<T>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  const run = async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const user = await authorize(config.access);
      if (!user) throw new Error('authorize returned no user for a protected route');
      const parsed = await config.query.safeParseAsync(Object.fromEntries(new URL(request.url).searchParams));
      if (!parsed.success) throw invalid('The query string is not valid.', zodFieldErrors(parsed.error));
      const data = await handler({ query: parsed.data, params: await context.params, user, request });
      // A download answers with its own Response (its body streamed, its own headers).
      if (data instanceof Response) return data;
      return Response.json({ ok: true, data }, { headers: { 'Cache-Control': 'no-store' } });
    } catch (error) {
      const failure = toFailure(error, config.name);
      return Response.json(failure, { status: failure.status, headers: { 'Cache-Control': 'no-store' } });
    }
  };
  // Every line the handler logs, ECS calls included, carries the request's ID.
  return async (request, context) =>
    withContext({ reqId: await requestIdForThisRequest() }, async () => {
      const started = performance.now();
      const response = await run(request, context);
      const result = response.ok ? { ok: true as const } : { ok: false as const, code: String(response.status), status: response.status };
      endpointFinished('route', config.name, result, started, idsOf(await context.params));
      return response;
    });
}
