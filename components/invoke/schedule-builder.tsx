'use client';

import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';

import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { type InvokeDraft } from '@/lib/invoke/draft';
import {
  type BuilderMode,
  builderHint,
  builderProblem,
  defaultBuilderState,
  parseBuilderState,
  runtimeTimeZone,
  type ScheduleBuilderState,
  switchBuilderMode,
  tryBuildFrequency,
} from '@/lib/schedule';

import { ModeFields } from './schedule/mode-fields';
import { TimeZoneCombobox } from './schedule/time-zone-combobox';
import { SchedulePreview } from './schedule-preview';

const MODE_LABELS: Record<BuilderMode, string> = {
  'every-seconds': 'Every N seconds',
  'every-minutes': 'Every N minutes',
  'every-hours': 'Every N hours',
  daily: 'Daily at a time',
  weekly: 'Weekly on chosen days',
  monthly: 'Monthly on a day',
  custom: 'Custom expression',
};

/**
 * Builds a Cloud Assistant Frequency (always with an explicit time zone and weekday names)
 * or takes a custom expression, and shows it in words with its next runs. The Frequency
 * field is the value sent; the builder writes it, and typing in it reopens the builder in
 * the mode that produced it. A problem shows on the control that caused it: a builder
 * control, or the Frequency field when the expression was typed. Rendered inside the launch
 * form, whose region it reads to suggest a time zone.
 */
export function ScheduleBuilder({
  frequency,
  onFrequencyChange,
  error,
  timeoutSeconds,
}: {
  frequency: string;
  onFrequencyChange: (frequency: string) => void;
  error?: string | undefined;
  timeoutSeconds?: number | undefined;
}) {
  const regionId = useWatch<InvokeDraft, 'regionId'>({ name: 'regionId' });
  const [state, setState] = useState<ScheduleBuilderState>(() =>
    frequency.trim() ? parseBuilderState(frequency) : defaultBuilderState(runtimeTimeZone(), timeoutSeconds),
  );
  // Who last wrote the Frequency: the builder's controls, or the operator typing it.
  const [typed, setTyped] = useState(false);
  const problem = useMemo(() => (typed || state.mode === 'custom' ? null : builderProblem(state, { timeoutSeconds })), [typed, state, timeoutSeconds]);

  const apply = (next: ScheduleBuilderState) => {
    setState(next);
    setTyped(false);
    const built = tryBuildFrequency(next);
    onFrequencyChange(built.ok ? built.frequency : '');
  };

  return (
    <div className="space-y-4">
      <div className="grid gap-x-4 gap-y-4 sm:grid-cols-[minmax(0,16rem)_minmax(0,24rem)]">
        <Field label="Schedule" error={problem?.field === 'mode' ? problem.message : undefined}>
          {(control) => (
            <Select {...control} value={state.mode} onChange={(event) => apply(switchBuilderMode(state, event.target.value as BuilderMode, runtimeTimeZone(), timeoutSeconds))}>
              {Object.entries(MODE_LABELS).map(([mode, label]) => (
                <option key={mode} value={mode}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {state.mode !== 'custom' ? (
          <TimeZoneCombobox
            value={state.timeZone}
            onChange={(timeZone) => apply({ ...state, timeZone })}
            regionId={regionId ?? ''}
            error={problem?.field === 'zone' ? problem.message : undefined}
          />
        ) : null}
      </div>
      <ModeFields state={state} apply={apply} problem={problem} />
      {builderHint(state) ? <p className="text-xs text-amber-700 dark:text-amber-400">{builderHint(state)}</p> : null}
      <Field
        label="Frequency"
        hint="Cloud Assistant syntax: seconds minutes hours day-of-month month day-of-week [year] [time zone], or rate() / at()."
        // The builder's own problem is shown on its control; the form's then only repeats it.
        error={problem ? undefined : error}
      >
        {(control) => (
          <Input
            {...control}
            value={frequency}
            onChange={(event) => {
              setTyped(true);
              setState(parseBuilderState(event.target.value));
              onFrequencyChange(event.target.value);
            }}
            spellCheck={false}
            className="font-mono text-[13px]"
            placeholder="0 0 2 ? * MON-FRI Asia/Shanghai"
          />
        )}
      </Field>
      <SchedulePreview frequency={frequency} timeoutSeconds={timeoutSeconds} />
    </div>
  );
}
