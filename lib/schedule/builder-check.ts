import { findBuilderProblem, type BuilderField, type BuilderProblem, type ScheduleBuilderState, tryBuildFrequency } from '@/lib/schedule/builder';
import { parseFrequency } from '@/lib/schedule/parse-frequency';

/**
 * Where a builder-made schedule breaks the API's rules once the task timeout is known: a
 * gap shorter than the timeout is the interval's fault in the interval modes, the chosen
 * days' in weekly, and the mode's itself where one run a day is already too often.
 */
const TIMEOUT_FIELD: Readonly<Record<Exclude<ScheduleBuilderState['mode'], 'custom'>, BuilderField>> = {
  'every-seconds': 'interval',
  'every-minutes': 'interval',
  'every-hours': 'interval',
  daily: 'mode',
  weekly: 'days',
  monthly: 'mode',
};

/**
 * The first problem with a builder state, on the control that caused it: its own fields
 * first, then the full Frequency rules (timeout included). Null when it can be sent.
 */
export function builderProblem(state: ScheduleBuilderState, options: { timeoutSeconds?: number | undefined; now?: Date } = {}): BuilderProblem | null {
  const own = findBuilderProblem(state);
  if (own || state.mode === 'custom') return own;
  const built = tryBuildFrequency(state);
  if (!built.ok) return { field: 'mode', message: built.message };
  const parsed = parseFrequency(built.frequency, { now: options.now ?? new Date(), ...(options.timeoutSeconds !== undefined ? { timeoutSeconds: options.timeoutSeconds } : {}) });
  return parsed.ok ? null : { field: TIMEOUT_FIELD[state.mode], message: parsed.message };
}
