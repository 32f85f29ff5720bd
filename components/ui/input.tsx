import { forwardRef, type InputHTMLAttributes, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

import { cn } from '@/lib/cn';

export const controlClasses =
  'block w-full rounded-md border border-line-strong bg-surface px-3 text-sm text-ink shadow-xs placeholder:text-faint transition-colors hover:border-faint focus:border-accent-500 focus:outline-none focus:ring-3 focus:ring-accent-500/20 disabled:cursor-not-allowed disabled:bg-surface-2 disabled:text-faint aria-invalid:border-rose-500 aria-invalid:focus:ring-rose-500/20';

export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function Input(
  { className, ...props },
  ref,
) {
  return <input ref={ref} className={cn(controlClasses, 'h-9', className)} {...props} />;
});

export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(function Select(
  { className, children, ...props },
  ref,
) {
  return (
    <select ref={ref} className={cn(controlClasses, 'h-9 pr-8', className)} {...props}>
      {children}
    </select>
  );
});

export const Textarea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function Textarea(
  { className, ...props },
  ref,
) {
  return <textarea ref={ref} className={cn(controlClasses, 'min-h-20 py-2', className)} {...props} />;
});
