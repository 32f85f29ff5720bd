/**
 * The Cloud Assistant Frequency dialect: cron with seconds (and optional year and time zone),
 * rate() and at(). Runs in the browser and in Node alike (croner, cronstrue and Intl only).
 *
 * Readings to know (reference §4 and the agent's parser):
 * - weekdays: 1 = Monday … 7 = Sunday, 0 = Sunday too; names MON–SUN. A day-of-week range that
 *   ends on Sunday (1-7, FRI-SUN) is refused: the agent counts Sunday as 0 and matches nothing.
 * - `* *` in day-of-month and day-of-week is accepted (the seed's own example); setting both is
 *   refused with a request to put ? in one. The builder always writes ?.
 * - intervals are checked on the wall clock: cron ≥ 10 s between real neighbouring runs, rate
 *   60 s–7 d; a rate strictly longer than the task timeout, a cron gap at least as long.
 */
export type {
  AtFrequency,
  CronFieldTexts,
  CronFrequency,
  ParsedFrequency,
  ParseFrequencyOptions,
  ParseFrequencyResult,
  RateFrequency,
  RateUnit,
  ZoneSpec,
} from '@/lib/schedule/types';
export { parseFrequency } from '@/lib/schedule/parse-frequency';
export { nextRuns, scheduleZone, type NextRunsOptions } from '@/lib/schedule/next-runs';
export { describeFrequency } from '@/lib/schedule/describe';
export { formatInZone, formatRun, runtimeTimeZone, type RunInZones, type ZonedTime } from '@/lib/schedule/format-run';
export { daylightSavingWarnings, timeZoneNotice, type DstOptions, type DstWarning } from '@/lib/schedule/dst';
export { formatDuration, MAX_RATE_SECONDS, MIN_CRON_GAP_SECONDS, MIN_RATE_SECONDS } from '@/lib/schedule/interval-rules';
export {
  BUILDER_INTERVALS,
  buildFrequency,
  builderHint,
  builderTimeZones,
  checkBuilderState,
  isBuilderTimeZone,
  tryBuildFrequency,
  weekdayField,
  WEEKDAYS,
  type BuilderMode,
  type ScheduleBuilderState,
  type Weekday,
} from '@/lib/schedule/builder';
export { defaultBuilderState, parseBuilderState, switchBuilderMode } from '@/lib/schedule/builder-parse';
export { defaultInterval } from '@/lib/schedule/builder-parse';
export { findBuilderProblem, type BuilderField, type BuilderProblem } from '@/lib/schedule/builder';
export { builderProblem } from '@/lib/schedule/builder-check';
export { fitsTimeout, type TimeoutRule } from '@/lib/schedule/interval-rules';
export { exactTimeZone, filterTimeZones, regionTimeZone, suggestedTimeZones, type ZoneSuggestion } from '@/lib/schedule/region-zone';
export { runLabel, runLabelOptions, type RunLabelOptions } from '@/lib/schedule/run-label';
