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
  checkBuilderState,
  tryBuildFrequency,
  weekdayField,
  WEEKDAYS,
  type BuilderMode,
  type ScheduleBuilderState,
  type Weekday,
} from '@/lib/schedule/builder';
export { defaultBuilderState, parseBuilderState, switchBuilderMode } from '@/lib/schedule/builder-parse';
