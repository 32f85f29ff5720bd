'use client';

import { useState } from 'react';

import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import {
  type BuilderMode,
  builderHint,
  builderTimeZones,
  defaultBuilderState,
  parseBuilderState,
  runtimeTimeZone,
  type ScheduleBuilderState,
  switchBuilderMode,
  tryBuildFrequency,
  WEEKDAYS,
} from '@/lib/schedule';

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

// Computed once per page load; the builder only renders in the browser after a mode change.
const TIME_ZONES = builderTimeZones();

const DAY_NAMES = { MON: 'Mon', TUE: 'Tue', WED: 'Wed', THU: 'Thu', FRI: 'Fri', SAT: 'Sat', SUN: 'Sun' } as const;

/**
 * Builds a Cloud Assistant Frequency (always with an explicit time zone and weekday names)
 * or takes a custom expression, and shows it in words with its next runs. The Frequency
 * field is the value sent; the builder writes it, and typing in it reopens the builder in
 * the mode that produced it.
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
  const [state, setState] = useState<ScheduleBuilderState>(() => (frequency.trim() ? parseBuilderState(frequency) : defaultBuilderState(runtimeTimeZone())));
  const [builderError, setBuilderError] = useState<string | null>(null);

  const apply = (next: ScheduleBuilderState) => {
    setState(next);
    const built = tryBuildFrequency(next);
    setBuilderError(built.ok ? null : built.message);
    onFrequencyChange(built.ok ? built.frequency : '');
  };

  return (
    <div className="space-y-4">
      <div className="grid gap-x-4 gap-y-4 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <Field label="Schedule">
          {(control) => (
            <Select {...control} value={state.mode} onChange={(event) => apply(switchBuilderMode(state, event.target.value as BuilderMode, runtimeTimeZone()))}>
              {Object.entries(MODE_LABELS).map(([mode, label]) => (
                <option key={mode} value={mode}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {state.mode !== 'custom' ? (
          <Field label="Time zone" hint="Runs follow this zone's clock, daylight saving included.">
            {(control) => (
              <Select {...control} value={state.timeZone} onChange={(event) => apply({ ...state, timeZone: event.target.value })}>
                {TIME_ZONES.includes(state.timeZone) ? null : <option value={state.timeZone}>{state.timeZone}</option>}
                {TIME_ZONES.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
      </div>
      <ModeFields state={state} apply={apply} />
      {builderHint(state) ? <p className="text-xs text-amber-700 dark:text-amber-400">{builderHint(state)}</p> : null}
      <Field
        label="Frequency"
        hint="Cloud Assistant syntax: seconds minutes hours day-of-month month day-of-week [year] [time zone], or rate() / at()."
        error={builderError ?? error}
      >
        {(control) => (
          <Input
            {...control}
            value={frequency}
            onChange={(event) => {
              setBuilderError(null);
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

function ModeFields({ state, apply }: { state: ScheduleBuilderState; apply: (state: ScheduleBuilderState) => void }) {
  switch (state.mode) {
    case 'every-seconds':
      return <NumberField label="Seconds between runs" value={state.seconds} onChange={(seconds) => apply({ ...state, seconds })} />;
    case 'every-minutes':
      return <NumberField label="Minutes between runs" value={state.minutes} onChange={(minutes) => apply({ ...state, minutes })} />;
    case 'every-hours':
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField label="Hours between runs" value={state.hours} onChange={(hours) => apply({ ...state, hours })} />
          <NumberField label="At minute" value={state.minute} onChange={(minute) => apply({ ...state, minute })} />
        </div>
      );
    case 'daily':
      return <TimeField value={state.time} onChange={(time) => apply({ ...state, time })} />;
    case 'weekly':
      return (
        <div className="flex flex-wrap items-end gap-4">
          <fieldset>
            <legend className="mb-1.5 text-[13px] font-medium">Days</legend>
            <div className="flex gap-1">
              {WEEKDAYS.map((day) => {
                const on = state.days.includes(day);
                return (
                  <label
                    key={day}
                    className={cn(
                      'relative flex h-9 w-11 cursor-pointer items-center justify-center rounded-md border text-xs font-medium select-none has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-500',
                      on ? 'border-accent-500 bg-accent-600 text-white' : 'border-line-strong text-muted hover:bg-surface-2',
                    )}
                  >
                    <input
                      type="checkbox"
                      aria-label={day}
                      className="absolute inset-0 cursor-pointer appearance-none opacity-0"
                      checked={on}
                      onChange={() => apply({ ...state, days: on ? state.days.filter((other) => other !== day) : WEEKDAYS.filter((other) => other === day || state.days.includes(other)) })}
                    />
                    {DAY_NAMES[day]}
                  </label>
                );
              })}
            </div>
          </fieldset>
          <TimeField value={state.time} onChange={(time) => apply({ ...state, time })} />
        </div>
      );
    case 'monthly':
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Day of month">
            {(control) => (
              <Select {...control} value={String(state.day)} onChange={(event) => apply({ ...state, day: event.target.value === 'last' ? 'last' : Number(event.target.value) })}>
                {Array.from({ length: 31 }, (_, index) => (
                  <option key={index + 1} value={index + 1}>
                    {index + 1}
                  </option>
                ))}
                <option value="last">Last day</option>
              </Select>
            )}
          </Field>
          <TimeField value={state.time} onChange={(time) => apply({ ...state, time })} />
        </div>
      );
    case 'custom':
      return null;
  }
}

function NumberField({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
  return (
    <Field label={label} className="max-w-48">
      {(control) => <Input {...control} type="number" min={0} value={Number.isNaN(value) ? '' : value} onChange={(event) => onChange(event.target.valueAsNumber)} />}
    </Field>
  );
}

function TimeField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <Field label="Time" className="w-36">
      {(control) => <Input {...control} type="time" value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
