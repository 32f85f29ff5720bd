'use client';

import { useId } from 'react';

import { Field, FieldError } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { type BuilderField, type BuilderProblem, type ScheduleBuilderState, WEEKDAYS } from '@/lib/schedule';

const DAY_NAMES = { MON: 'Mon', TUE: 'Tue', WED: 'Wed', THU: 'Thu', FRI: 'Fri', SAT: 'Sat', SUN: 'Sun' } as const;

export interface ModeFieldsProps {
  state: ScheduleBuilderState;
  apply: (state: ScheduleBuilderState) => void;
  /** The schedule's problem; each control shows the one that is its own. */
  problem: BuilderProblem | null;
}

/** The controls of the chosen mode: an interval, a time, weekdays or a day of the month. */
export function ModeFields({ state, apply, problem }: ModeFieldsProps) {
  const errorOf = (field: BuilderField) => (problem?.field === field ? problem.message : undefined);
  switch (state.mode) {
    case 'every-seconds':
      return <NumberField label="Seconds between runs" value={state.seconds} error={errorOf('interval')} onChange={(seconds) => apply({ ...state, seconds })} />;
    case 'every-minutes':
      return <NumberField label="Minutes between runs" value={state.minutes} error={errorOf('interval')} onChange={(minutes) => apply({ ...state, minutes })} />;
    case 'every-hours':
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField label="Hours between runs" value={state.hours} error={errorOf('interval')} onChange={(hours) => apply({ ...state, hours })} />
          <NumberField label="At minute" value={state.minute} error={errorOf('minute')} onChange={(minute) => apply({ ...state, minute })} />
        </div>
      );
    case 'daily':
      return <TimeField value={state.time} error={errorOf('time')} onChange={(time) => apply({ ...state, time })} />;
    case 'weekly':
      return (
        <div className="flex flex-wrap items-start gap-4">
          <Weekdays
            days={state.days}
            error={errorOf('days')}
            onToggle={(day, on) => apply({ ...state, days: on ? state.days.filter((other) => other !== day) : WEEKDAYS.filter((other) => other === day || state.days.includes(other)) })}
          />
          <TimeField value={state.time} error={errorOf('time')} onChange={(time) => apply({ ...state, time })} />
        </div>
      );
    case 'monthly':
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Day of month" error={errorOf('day')}>
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
          <TimeField value={state.time} error={errorOf('time')} onChange={(time) => apply({ ...state, time })} />
        </div>
      );
    case 'custom':
      return null;
  }
}

function Weekdays({ days, error, onToggle }: { days: readonly string[]; error: string | undefined; onToggle: (day: (typeof WEEKDAYS)[number], on: boolean) => void }) {
  const errorId = useId();
  return (
    // aria-invalid and the error's id sit on the group, so the days are announced as the problem.
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} className="min-w-0">
      <legend className="mb-1.5 text-[13px] font-medium">Days</legend>
      <div className="flex flex-wrap gap-1">
        {WEEKDAYS.map((day) => {
          const on = days.includes(day);
          return (
            <label
              key={day}
              className={cn(
                'relative flex h-9 w-11 cursor-pointer items-center justify-center rounded-md border text-xs font-medium select-none has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-500',
                on ? 'border-accent-600 bg-accent-600 text-white' : error ? 'border-rose-500 text-muted hover:bg-surface-2' : 'border-line-strong text-muted hover:bg-surface-2',
              )}
            >
              <input type="checkbox" aria-label={day} className="absolute inset-0 cursor-pointer appearance-none opacity-0" checked={on} onChange={() => onToggle(day, on)} />
              {DAY_NAMES[day]}
            </label>
          );
        })}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

function NumberField({ label, value, error, onChange }: { label: string; value: number; error: string | undefined; onChange: (value: number) => void }) {
  return (
    <Field label={label} error={error} className={error ? 'max-w-xl' : 'max-w-48'}>
      {(control) => (
        <Input {...control} type="number" min={0} value={Number.isNaN(value) ? '' : value} onChange={(event) => onChange(event.target.valueAsNumber)} className="max-w-48" />
      )}
    </Field>
  );
}

function TimeField({ value, error, onChange }: { value: string; error: string | undefined; onChange: (value: string) => void }) {
  return (
    <Field label="Time" error={error} className={error ? 'max-w-sm' : 'w-36'}>
      {(control) => <Input {...control} type="time" value={value} onChange={(event) => onChange(event.target.value)} className="w-36" />}
    </Field>
  );
}
