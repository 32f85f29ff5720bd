import { type ReactNode, Suspense } from 'react';

import { Card } from '@/components/ui/card';

/**
 * A numbered step of the launch form. Its body is a Suspense boundary so React hydrates each
 * step as its own task (yielding between them), not the whole form in one long one.
 */
export function FormSection({ step, title, description, children, aside }: { step: number; title: string; description?: ReactNode; children: ReactNode; aside?: ReactNode }) {
  return (
    <Card>
      <section aria-labelledby={`step-${step}`}>
        <header className="flex items-start justify-between gap-4 border-b border-line px-5 py-3.5">
          <div className="flex items-start gap-3">
            <span aria-hidden className="mt-px flex size-5 shrink-0 items-center justify-center rounded-full bg-surface-2 text-[11px] font-semibold text-muted ring-1 ring-line-strong tabular">
              {step}
            </span>
            <div>
              <h2 id={`step-${step}`} className="text-sm font-semibold">
                {title}
              </h2>
              {description ? <p className="mt-0.5 text-xs text-muted">{description}</p> : null}
            </div>
          </div>
          {aside}
        </header>
        <div className="px-5 py-4">
          <Suspense>{children}</Suspense>
        </div>
      </section>
    </Card>
  );
}
