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
