import type { RuleIssue } from '@/lib/invoke/codes';
import type { InvokeDraft } from '@/lib/invoke/draft';
import type { InvokeContext } from '@/lib/invoke/types';
import { parseFrequency } from '@/lib/schedule/parse-frequency';

/** When it runs: RepeatMode with Frequency, and the Timeout a schedule must leave room for. */
export function scheduleRules(draft: InvokeDraft, context: InvokeContext): RuleIssue[] {
  return [...timeoutRules(draft, context), ...frequencyRules(draft, context)];
}

/**
 * The seed: Period needs a Frequency; and a Frequency sent with any other mode is silently
 * run as Period by the API, so the form refuses it rather than schedule by surprise.
 */
function frequencyRules(draft: InvokeDraft, context: InvokeContext): RuleIssue[] {
  const frequency = draft.frequency.trim();
  if (draft.repeatMode !== 'Period') {
    if (frequency === '') return [];
    return [
      {
        path: ['frequency'],
        code: 'InvalidParameter.Frequency',
        message: `Frequency is only used when Repeat mode is Period (now ${draft.repeatMode}). Clear it, or choose Period.`,
      },
    ];
  }
  if (frequency === '') {
    return [
      {
        path: ['frequency'],
        code: 'MissingParam.Frequency',
        message: 'Frequency is required when Repeat mode is Period. Build a schedule, or enter a cron expression, rate() or at().',
      },
    ];
  }
  const parsed = parseFrequency(frequency, { now: context.now, timeoutSeconds: effectiveTimeout(draft, context) });
  if (parsed.ok) return [];
  // The parser's messages already name the field and say what to change.
  return [{ path: ['frequency'], code: 'InvalidParam.Frequency', message: parsed.message }];
}

function timeoutRules({ timeout }: InvokeDraft, { limits }: InvokeContext): RuleIssue[] {
  if (timeout === undefined) return [];
  if (!Number.isInteger(timeout)) {
    return [{ path: ['timeout'], code: 'InvalidParameter.Timeout', message: 'Timeout must be a whole number of seconds.' }];
  }
  if (timeout < limits.minTimeoutSeconds) {
    return [
      {
        path: ['timeout'],
        code: 'InvalidParameter.Timeout',
        message: `Timeout must be at least ${limits.minTimeoutSeconds} seconds (it is ${timeout}).`,
      },
    ];
  }
  return [];
}

/**
 * The timeout a run will have: the launch's override when it is usable, else the command's.
 * Frequency's minimum interval is measured against it.
 */
function effectiveTimeout({ timeout, commandId }: InvokeDraft, { command, limits }: InvokeContext): number | undefined {
  if (timeout !== undefined && Number.isInteger(timeout) && timeout >= limits.minTimeoutSeconds) return timeout;
  return command?.commandId === commandId ? command.timeout : undefined;
}
