'use client';

import { PauseCircle } from 'lucide-react';
import { useFormState, useWatch } from 'react-hook-form';

import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { describeCanary, type FirstBatch, pauseOf, type PauseOption, type RateControl } from '@/lib/invoke/rate-control';

type SizeChoice = 'same' | FirstBatch['kind'];

/**
 * A canary, as OOS's BatchPauseOption offers it: run a first batch (of its own size, a number
 * of instances or a share of the launch) and wait for a person to resume or abort the rest;
 * optionally wait after every batch. Says in words what the launch will do with this selection.
 */
export function CanaryFields({ rate, update }: { rate: RateControl; update: (next: RateControl) => void }) {
  const selected = useWatch<InvokeDraft, 'instanceIds'>({ name: 'instanceIds' })?.length ?? 0;
  const { errors } = useFormState<InvokeDraft>({ name: 'rateControl' });
  const pause = pauseOf(rate);
  const first = rate.firstBatch ?? null;
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  const words = pause === 'none' ? null : describeCanary(rate, selected > 0 ? selected : undefined);

  return (
    <div className="space-y-2">
      <div className="grid gap-x-5 gap-y-4 sm:grid-cols-2">
        <Field label="Canary" hint="Wait for a person to look at the results before sending more." error={errors.rateControl?.pause?.message}>
          {(control) => (
            <Select
              {...control}
              value={pause}
              onChange={(event) => {
                const next = event.target.value as PauseOption;
                // A first batch of its own size only means something with a pause after it.
                update({ ...rate, pause: next, firstBatch: next === 'none' ? null : (first ?? { kind: 'instances', value: selected > 0 && selected < 5 ? 1 : 5 }) });
              }}
            >
              <option value="none">No pause</option>
              <option value="first">Pause after the first batch</option>
              <option value="every">Pause after every batch</option>
            </Select>
          )}
        </Field>
        {pause !== 'none' ? (
          <div className="grid grid-cols-[minmax(0,1fr)_auto] items-end gap-2 sm:grid-cols-[minmax(0,1fr)_6rem]">
            <Field label="First batch" hint="The canary: how many instances run before the first pause.">
              {(control) => (
                <Select
                  {...control}
                  value={first?.kind ?? 'same'}
                  onChange={(event) => {
                    const kind = event.target.value as SizeChoice;
                    update({ ...rate, firstBatch: kind === 'same' ? null : { kind, value: first?.value ?? (kind === 'percent' ? 10 : 5) } });
                  }}
                >
                  <option value="same">As large as any batch</option>
                  <option value="instances">Instances</option>
                  <option value="percent">Share of instances (%)</option>
                </Select>
              )}
            </Field>
            {first ? (
              <Field className="w-20 sm:w-auto" label={<span className="sr-only">First batch size</span>} error={errors.rateControl?.firstBatch?.value?.message}>
                {(control) => (
                  <Input
                    {...control}
                    aria-label={first.kind === 'percent' ? 'First batch: % of the instances' : 'First batch: instances'}
                    inputMode="numeric"
                    value={Number.isNaN(first.value) ? '' : String(first.value)}
                    onChange={(event) => update({ ...rate, firstBatch: { ...first, value: number(event.target.value) } })}
                  />
                )}
              </Field>
            ) : null}
          </div>
        ) : null}
      </div>
      {words ? (
        <p className="flex items-start gap-2 text-xs text-muted" aria-live="polite">
          <PauseCircle aria-hidden className="mt-px size-3.5 shrink-0 text-indigo-600 dark:text-indigo-400" />
          {words}.
        </p>
      ) : null}
    </div>
  );
}
