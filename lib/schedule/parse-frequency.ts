import { parseCron } from '@/lib/schedule/parse-cron';
import { parseAt, parseRate } from '@/lib/schedule/parse-rate-at';
import type { ParseFrequencyOptions, ParseFrequencyResult } from '@/lib/schedule/types';

/** Longer than any sensible expression; keeps per-keystroke work bounded for pasted junk. */
const MAX_LENGTH = 1024;

const EXAMPLES = '0 0 2 ? * MON-FRI Asia/Shanghai, rate(5m) or at(2030-01-01 00:00:00 UTC)';

/**
 * Parses and validates a Cloud Assistant Frequency (cron, `rate()` or `at()`). The message of a
 * failure is a sentence for an operator: it names the field and says what to change.
 */
export function parseFrequency(text: string, options: ParseFrequencyOptions = {}): ParseFrequencyResult {
  const normalised = text.trim().replace(/\s+/g, ' ');
  if (normalised === '') return { ok: false, message: `Frequency is empty; enter a schedule such as ${EXAMPLES}.` };
  if (normalised.length > MAX_LENGTH) {
    return { ok: false, message: `Frequency is too long (${normalised.length} characters); a schedule fits in ${MAX_LENGTH}.` };
  }
  // A Timeout the form has not settled yet (empty, NaN) is the Timeout field's own error, not ours.
  const given = options.timeoutSeconds;
  const timeoutSeconds = given !== undefined && Number.isFinite(given) && given >= 0 ? given : undefined;
  const context = { nowMs: (options.now ?? new Date()).getTime(), timeoutSeconds };
  const lower = normalised.toLowerCase();
  const result = lower.startsWith('rate')
    ? parseRate(normalised, context)
    : lower.startsWith('at(') || lower.startsWith('at ')
      ? parseAt(normalised, context)
      : parseCron(normalised, context);
  return result.ok ? { ok: true, frequency: result.value } : result;
}
