import 'server-only';

import { unstable_rethrow } from 'next/navigation';
import { type z } from 'zod';

import { type ActionResult } from '@/lib/action-result';
import { invalid } from '@/lib/errors';
import { zodFieldErrors } from '@/lib/zod-errors';

import { type Access, authorize, toFailure } from './guard';
import { type SessionUser } from './sessions';

export interface ActionContext<A extends Access> {
  user: A extends 'public' ? SessionUser | null : SessionUser;
}

/**
 * The one wrapper every server action goes through (STYLE.md §4): check the session and
 * role, parse the input with the schema, run, and return a typed result. It never throws
 * at the client; Next's redirect/notFound signals pass through.
 */
export function defineAction<A extends Access, S extends z.ZodType, T>(
  config: { name: string; access: A; schema: S },
  handler: (input: z.output<S>, context: ActionContext<A>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const user = await authorize(config.access);
      const parsed = await config.schema.safeParseAsync(input);
      if (!parsed.success) {
        const fieldErrors = zodFieldErrors(parsed.error);
        throw invalid(firstMessage(fieldErrors) ?? 'Some fields need attention.', fieldErrors);
      }
      const data = await handler(parsed.data, { user } as ActionContext<A>);
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      return toFailure(error, config.name);
    }
  };
}

function firstMessage(fieldErrors: Record<string, string[]>): string | undefined {
  return Object.values(fieldErrors)[0]?.[0];
}
