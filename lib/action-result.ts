/**
 * What every server action and route handler returns: a typed result, never a throw at
 * the client. `code` is ours (UNAUTHENTICATED, FORBIDDEN, INVALID, …) or Alibaba's own
 * code passed through unchanged so an operator can search it.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: string;
      status: number;
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** Alibaba's RequestId when the error came from the ECS API. */
      requestId?: string;
    };

export type ActionFailure = Extract<ActionResult<never>, { ok: false }>;
