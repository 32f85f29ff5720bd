'use client';

import { CalendarClock, Play, RefreshCcw, RotateCcw } from 'lucide-react';
import { useId } from 'react';

import { cn } from '@/lib/cn';
import { type RepeatMode } from '@/lib/invoke/types';

const MODES: { value: RepeatMode; title: string; detail: string; icon: typeof Play }[] = [
  { value: 'Once', title: 'Once', detail: 'Run now, one time', icon: Play },
  { value: 'Period', title: 'Period', detail: 'On a schedule', icon: CalendarClock },
  { value: 'NextRebootOnly', title: 'Next reboot', detail: 'At the next boot only', icon: RotateCcw },
  { value: 'EveryReboot', title: 'Every reboot', detail: 'At every boot', icon: RefreshCcw },
];

/** The four repeat modes as a radio group of cards (arrow keys move between them). */
export function RepeatModeField({ value, onChange }: { value: RepeatMode; onChange: (mode: RepeatMode) => void }) {
  const labelId = useId();
  return (
    <div className="space-y-2">
      <span id={labelId} className="text-[13px] font-medium">
        Repeat mode
      </span>
      <div role="radiogroup" aria-labelledby={labelId} className="grid grid-cols-2 gap-2 lg:grid-cols-4">
        {MODES.map(({ value: mode, title, detail, icon: Icon }) => (
          <label
            key={mode}
            className={cn(
              'relative flex cursor-pointer items-start gap-2.5 rounded-md border px-3 py-2.5 transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-500',
              value === mode ? 'border-accent-500 bg-accent-50/70 dark:bg-accent-950/40' : 'border-line hover:border-line-strong hover:bg-surface-2/50',
            )}
          >
            <input type="radio" name="repeatMode" value={mode} checked={value === mode} onChange={() => onChange(mode)} className="absolute inset-0 cursor-pointer appearance-none rounded-md opacity-0" />
            <Icon aria-hidden className={cn('mt-0.5 size-4 shrink-0', value === mode ? 'text-accent-600 dark:text-accent-400' : 'text-faint')} />
            <span>
              <span className="block text-[13px] font-medium">{title}</span>
              <span className="block text-xs text-muted">
                {detail} <span className="sr-only">({mode})</span>
              </span>
            </span>
          </label>
        ))}
      </div>
    </div>
  );
}
