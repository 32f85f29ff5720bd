import 'server-only';

import { AsyncLocalStorage } from 'node:async_hooks';

import type { EcsAction } from './errors';

/**
 * Who an ECS call is for. `launch`: sending a launch (and the reads made for it, such as the
 * dispatcher's preflight) or a person waiting on the answer; it may spend the whole budget.
 * `background`: loops that read on their own (fleet refresh, observer, output reader); they
 * leave a reserve in the budget so a launch never waits behind them.
 */
export type EcsPriority = 'launch' | 'background';

const current = new AsyncLocalStorage<EcsPriority>();

/** Run `fn` with every ECS call made inside it (however deep) at `priority`. */
export function withEcsPriority<T>(priority: EcsPriority, fn: () => T): T {
  return current.run(priority, fn);
}

/** Writes that send or stop work are launch traffic wherever they are made from. */
const LAUNCH_ACTIONS = new Set<EcsAction>(['InvokeCommand', 'RunCommand', 'StopInvocation']);

/** The priority of a call about to be made: launch writes always; otherwise the caller's, `launch` when none was set. */
export function priorityOf(action: EcsAction): EcsPriority {
  if (LAUNCH_ACTIONS.has(action)) return 'launch';
  return current.getStore() ?? 'launch';
}
