import { type ButtonHTMLAttributes, forwardRef } from 'react';

import { cn } from '@/lib/cn';

const variants = {
  primary:
    'bg-accent-600 text-white shadow-sm hover:bg-accent-500 active:bg-accent-700 disabled:bg-accent-600/50 dark:disabled:bg-accent-600/40',
  secondary:
    'border border-line-strong bg-surface text-ink shadow-xs hover:bg-surface-2 disabled:text-faint',
  ghost: 'text-muted hover:bg-surface-2 hover:text-ink disabled:text-faint',
  danger: 'bg-rose-600 text-white shadow-sm hover:bg-rose-500 active:bg-rose-700 disabled:bg-rose-600/50',
} as const;

const sizes = {
  sm: 'h-7 gap-1.5 px-2.5 text-xs',
  md: 'h-9 gap-2 px-3.5 text-sm',
  lg: 'h-10 gap-2 px-5 text-sm',
} as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof variants;
  size?: keyof typeof sizes;
}

export const buttonClasses = (variant: keyof typeof variants = 'secondary', size: keyof typeof sizes = 'md') =>
  cn(
    'inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed',
    variants[variant],
    sizes[size],
  );

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'md', className, type = 'button', ...props },
  ref,
) {
  return <button ref={ref} type={type} className={cn(buttonClasses(variant, size), className)} {...props} />;
});
