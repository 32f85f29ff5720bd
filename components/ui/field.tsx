import { type ReactNode, useId } from 'react';

import { cn } from '@/lib/cn';

export interface FieldProps {
  label: ReactNode;
  /** Render the control; it receives the ids that tie it to its label, hint and error. */
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  labelAside?: ReactNode;
}

/** A labelled control with its hint and its error, wired up for screen readers. */
export function Field({ label, children, hint, error, className, labelAside }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('space-y-1.5', className)}>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-[13px] font-medium text-ink">
          {label}
        </label>
        {labelAside}
      </div>
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true } : {}) })}
      {hint && !error ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id?: string | undefined; message?: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error text-xs font-medium text-rose-600 dark:text-rose-400" data-field-error="">
      {message}
    </p>
  );
}
