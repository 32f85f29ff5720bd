import { type ReactNode } from 'react';

/**
 * A page's shape while its data loads. The label is what a screen reader hears ("Loading the
 * launch form"); the skeleton itself is hidden from it, since grey bars say nothing.
 */
export function LoadingState({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div aria-busy="true">
      <p role="status" className="sr-only">
        {label}
      </p>
      <div aria-hidden>{children}</div>
    </div>
  );
}
