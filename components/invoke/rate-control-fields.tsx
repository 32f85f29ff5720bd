'use client';

import { useFormContext, useFormState, useWatch } from 'react-hook-form';

import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { type Concurrency, type ErrorThreshold, hasRateControl, type RateControl } from '@/lib/invoke/rate-control';

import { CanaryFields } from './canary-fields';

type ConcurrencyChoice = 'all' | Concurrency['kind'];
type ThresholdChoice = 'none' | ErrorThreshold['kind'];

const CONCURRENCY_UNITS: Record<Concurrency['kind'], string> = { instances: 'instances at a time', batches: 'batches at a time', percent: '% of the instances at a time' };
const THRESHOLD_UNITS: Record<ErrorThreshold['kind'], string> = { count: 'failed instances tolerated', percent: '% failed tolerated' };

/**
 * Rate control, as AWS Run Command and OOS offer it: how many instances (or batches, or what
 * share) run at once, after how many failures the batches not sent yet are held back, and
 * where a canary waits for a person.
 */
export function RateControlFields() {
  const { setValue } = useFormContext<InvokeDraft>();
  const rate = useWatch<InvokeDraft, 'rateControl'>({ name: 'rateControl' });
  const { errors } = useFormState<InvokeDraft>({ name: 'rateControl' });
  const current: RateControl = rate ?? { concurrency: null, errorThreshold: null };
  const update = (next: RateControl) => setValue('rateControl', hasRateControl(next) ? next : undefined, { shouldDirty: true, shouldValidate: true });
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

  return (
    <fieldset className="space-y-3 sm:col-span-2">
      <legend className="text-[13px] font-medium text-ink">Rate control</legend>
      <div className="grid gap-x-5 gap-y-4 sm:grid-cols-2">
        <div className="grid grid-cols-[minmax(0,1fr)_auto] items-end gap-2 sm:grid-cols-[minmax(0,1fr)_6rem]">
          <Field label="Concurrency" hint="How much runs at once; the next batch waits for room.">
            {(control) => (
              <Select
                {...control}
                value={current.concurrency?.kind ?? 'all'}
                onChange={(event) => {
                  const kind = event.target.value as ConcurrencyChoice;
                  update({ ...current, concurrency: kind === 'all' ? null : { kind, value: current.concurrency?.value ?? (kind === 'percent' ? 10 : 10) } });
                }}
              >
                <option value="all">All batches at once</option>
                <option value="instances">Instances at a time</option>
                <option value="batches">Batches at a time</option>
                <option value="percent">Share of instances (%)</option>
              </Select>
            )}
          </Field>
          {current.concurrency ? (
            <Field className="w-20 sm:w-auto" label={<span className="sr-only">Concurrency value</span>} error={errors.rateControl?.concurrency?.value?.message}>
              {(control) => (
                <Input
                  {...control}
                  aria-label={`Concurrency: ${CONCURRENCY_UNITS[current.concurrency?.kind ?? 'instances']}`}
                  inputMode="numeric"
                  value={Number.isNaN(current.concurrency?.value) ? '' : String(current.concurrency?.value ?? '')}
                  onChange={(event) => update({ ...current, concurrency: current.concurrency ? { ...current.concurrency, value: number(event.target.value) } : null })}
                />
              )}
            </Field>
          ) : null}
        </div>
        <div className="grid grid-cols-[minmax(0,1fr)_auto] items-end gap-2 sm:grid-cols-[minmax(0,1fr)_6rem]">
          <Field label="Error threshold" hint="Past it, batches not sent yet are not sent, and the launch says why.">
            {(control) => (
              <Select
                {...control}
                value={current.errorThreshold?.kind ?? 'none'}
                onChange={(event) => {
                  const kind = event.target.value as ThresholdChoice;
                  update({ ...current, errorThreshold: kind === 'none' ? null : { kind, value: current.errorThreshold?.value ?? 0 } });
                }}
              >
                <option value="none">Send every batch</option>
                <option value="count">Stop after failed instances</option>
                <option value="percent">Stop after a share failed (%)</option>
              </Select>
            )}
          </Field>
          {current.errorThreshold ? (
            <Field className="w-20 sm:w-auto" label={<span className="sr-only">Error threshold value</span>} error={errors.rateControl?.errorThreshold?.value?.message}>
              {(control) => (
                <Input
                  {...control}
                  aria-label={`Error threshold: ${THRESHOLD_UNITS[current.errorThreshold?.kind ?? 'count']}`}
                  inputMode="numeric"
                  value={Number.isNaN(current.errorThreshold?.value) ? '' : String(current.errorThreshold?.value ?? '')}
                  onChange={(event) => update({ ...current, errorThreshold: current.errorThreshold ? { ...current.errorThreshold, value: number(event.target.value) } : null })}
                />
              )}
            </Field>
          ) : null}
        </div>
      </div>
      <CanaryFields rate={current} update={update} />
    </fieldset>
  );
}
