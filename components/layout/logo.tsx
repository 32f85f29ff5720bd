import { cn } from '@/lib/cn';

export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className={cn('size-7 shrink-0', className)}>
      <rect width="32" height="32" rx="7" className="fill-accent-600" />
      <path d="M9 10.5 14.5 16 9 21.5" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M16.5 21.5H23" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" />
    </svg>
  );
}
