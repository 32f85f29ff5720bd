'use client';

import { Check, Wrench } from 'lucide-react';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';

import { Button } from '@/components/ui/button';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { describeRetryOffer, type RetryOffer } from '@/lib/launches/retry-cause';

/** The field an offer changes, and the value that undoes the cause. */
function change(offer: RetryOffer): { field: 'timeout' | 'username' | 'workingDir'; value: number | string; done: string } {
  switch (offer.cause) {
    case 'timeout':
      return { field: 'timeout', value: offer.suggested, done: `Timeout set to ${offer.suggested} s.` };
    case 'account':
      return { field: 'username', value: '', done: `Username cleared: the command runs as ${offer.fallback}.` };
    case 'windows-logon':
      return { field: 'username', value: '', done: 'Username cleared: the command runs as System.' };
    case 'directory':
      return { field: 'workingDir', value: '', done: "Working directory cleared: the command's own is used." };
  }
}

/**
 * On a Retry failed form: what caused the failures, when a setting of the launch did, and one
 * button that changes it ("Raise the timeout to 120 s"). Rendered inside the launch form, so
 * it sets the field through the form itself; the field is then shown and focused.
 */
export function RetryOfferNotice({ offer }: { offer: RetryOffer }) {
  const form = useFormContext<InvokeDraft>();
  const [applied, setApplied] = useState(false);
  const words = describeRetryOffer(offer);
  const apply = () => {
    const { field, value } = change(offer);
    if (field === 'timeout') form.setValue('timeout', Number(value), { shouldDirty: true, shouldValidate: true });
    else form.setValue(field, String(value), { shouldDirty: true, shouldValidate: true });
    setApplied(true);
    // The Timeout and Working directory fields live under a closed "Advanced": open it so the change shows.
    const input = document.querySelector<HTMLInputElement>(`input[name="${field}"]`);
    const details = input?.closest('details');
    if (details) details.open = true;
    input?.focus();
  };
  return (
    <section aria-label="What caused the failures" className="flex flex-wrap items-start gap-3 rounded-md border border-amber-200 bg-amber-50 px-3.5 py-3 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100">
      <Wrench aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p className="min-w-0 flex-1 basis-64 font-medium">{words.title}</p>
      {applied ? null : (
        <Button size="sm" variant="primary" onClick={apply}>
          {words.action}
        </Button>
      )}
      {/* Always there, so the confirmation is announced when it appears. */}
      <p role="status" className={applied ? 'inline-flex items-center gap-1.5 text-[13px]' : 'sr-only'}>
        {applied ? (
          <>
            <Check aria-hidden className="size-3.5" />
            {change(offer).done}
          </>
        ) : null}
      </p>
    </section>
  );
}
