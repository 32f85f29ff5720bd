import { z } from 'zod';

/**
 * Rate control of a launch, as operators know it from AWS Run Command (MaxConcurrency,
 * MaxErrors) and OOS: how much may be in flight at once, and after how many failed instances
 * the batches not sent yet are not sent at all. Absent: every batch as fast as it can go.
 * The rules, in zod; their wording and arithmetic, free of zod for the browser, are in rate-control.ts.
 */
export const concurrencySchema = z.object({
  kind: z.enum(['instances', 'batches', 'percent'], { error: 'Concurrency: instances, batches or a percentage.' }),
  value: z.number({ error: 'Concurrency: a whole number.' }).int('Concurrency: a whole number.').min(1, 'Concurrency: at least 1.').max(100_000, 'Concurrency: at most 100,000.'),
});

export const errorThresholdSchema = z.object({
  kind: z.enum(['count', 'percent'], { error: 'Error threshold: a number of instances or a percentage.' }),
  value: z.number({ error: 'Error threshold: a whole number.' }).int('Error threshold: a whole number.').min(0, 'Error threshold: 0 or more.').max(100_000, 'Error threshold: at most 100,000.'),
});

/** Where a canary launch waits for a person (OOS BatchPauseOption: Automatic, FirstBatchPause, EveryBatchPause). */
export const PAUSE_OPTIONS = ['none', 'first', 'every'] as const;

/** The first batch cut to a size of its own (OOS's batch list `[5, …]` or `["10%", …]`): the canary. */
export const firstBatchSchema = z.object({
  kind: z.enum(['instances', 'percent'], { error: 'First batch: a number of instances or a percentage.' }),
  value: z.number({ error: 'First batch: a whole number.' }).int('First batch: a whole number.').min(1, 'First batch: at least 1.').max(100_000, 'First batch: at most 100,000.'),
});

export const rateControlSchema = z
  .object({
    concurrency: concurrencySchema.nullable(),
    errorThreshold: errorThresholdSchema.nullable(),
    // Optional, so launches and presets recorded before canaries read as they were: no pause.
    pause: z.enum(PAUSE_OPTIONS, { error: 'Pause: none, after the first batch or after every batch.' }).optional(),
    firstBatch: firstBatchSchema.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.concurrency?.kind === 'percent' && value.concurrency.value > 100) {
      ctx.addIssue({ code: 'custom', path: ['concurrency', 'value'], message: 'Concurrency: a percentage is at most 100.' });
    }
    if (value.errorThreshold?.kind === 'percent' && value.errorThreshold.value > 100) {
      ctx.addIssue({ code: 'custom', path: ['errorThreshold', 'value'], message: 'Error threshold: a percentage is at most 100.' });
    }
    if (value.firstBatch?.kind === 'percent' && value.firstBatch.value > 100) {
      ctx.addIssue({ code: 'custom', path: ['firstBatch', 'value'], message: 'First batch: a percentage is at most 100.' });
    }
  });

export type RateControl = z.infer<typeof rateControlSchema>;
export type Concurrency = z.infer<typeof concurrencySchema>;
export type ErrorThreshold = z.infer<typeof errorThresholdSchema>;
export type FirstBatch = z.infer<typeof firstBatchSchema>;
export type PauseOption = (typeof PAUSE_OPTIONS)[number];
