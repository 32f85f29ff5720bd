'use client';

import { useId } from 'react';

import { cn } from '@/lib/cn';

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

/**
 * A small choice between a few ways of doing one thing, as a radio group drawn as joined
 * buttons: arrow keys move between them, as with any radio group.
 */
export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
  onHover,
  className,
}: {
  label: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** E.g. to fetch what a choice needs before it is made. */
  onHover?: (value: T) => void;
  className?: string;
}) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className={cn('inline-flex rounded-md border border-line bg-surface-2/60 p-0.5', className)}>
      {options.map((option) => (
        <label
          key={option.value}
          onPointerEnter={onHover ? () => onHover(option.value) : undefined}
          className={cn(
            'relative flex min-h-7 cursor-pointer items-center rounded px-3 text-[13px] font-medium transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-500',
            value === option.value ? 'bg-surface text-ink shadow-sm' : 'text-muted hover:text-ink',
          )}
        >
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} className="absolute inset-0 cursor-pointer appearance-none opacity-0" />
          {option.label}
        </label>
      ))}
    </div>
  );
}
