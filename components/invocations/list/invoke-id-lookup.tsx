'use client';

import { ArrowRight } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';

import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field';
import { controlClasses } from '@/components/ui/input';
import { cn } from '@/lib/cn';
// The pattern, not the zod schema: zod would add some 30 KB gzip to this page's first load.
import { isInvokeId } from '@/lib/invoke/ids';

/**
 * "Look up an InvokeId": opens any InvokeId of the chosen region, also one launched outside
 * InvokeDeck (the console, the CLI, a colleague's script); its page reads it from ECS.
 */
export function InvokeIdLookup({ regions }: { regions: string[] }) {
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="relative w-full sm:w-auto"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const invokeId = String(data.get('invokeId') ?? '').trim();
        const region = String(data.get('region') ?? '');
        if (invokeId === '') return setError('Enter an InvokeId, such as t-hz0jdfwd9f2jzx4.');
        if (!isInvokeId(invokeId)) {
          const shown = invokeId.length > 18 ? `${invokeId.slice(0, 17)}…` : invokeId;
          return setError(`“${shown}” is not an InvokeId: those are t- then letters and digits.`);
        }
        setError(null);
        startTransition(() => router.push(`/invocations/${encodeURIComponent(invokeId)}?region=${encodeURIComponent(region)}`));
      }}
    >
      <label htmlFor={`${id}-invoke`} className="mb-1 block text-xs font-medium text-muted">
        Look up an InvokeId
      </label>
      <div className="flex w-full">
        <select
          name="region"
          aria-label="Region of the InvokeId"
          defaultValue={regions[0]}
          className={cn(controlClasses, 'h-8 w-32 shrink-0 rounded-r-none pr-7 text-[13px] focus:z-10 sm:w-36')}
        >
          {regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
        <input
          id={`${id}-invoke`}
          name="invokeId"
          placeholder="t-…"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={() => setError(null)}
          className={cn(controlClasses, '-ml-px h-8 min-w-0 flex-1 rounded-none font-mono text-[13px] focus:z-10 sm:w-56 sm:flex-none')}
        />
        <Button type="submit" size="sm" variant="secondary" disabled={pending} className="-ml-px h-8 rounded-l-none">
          Open
          <ArrowRight aria-hidden className="size-3.5" />
        </Button>
      </div>
      {/* Below the box, over the page header's margin, so a message never shifts the page. */}
      <div role="status" className="mt-1 empty:hidden sm:absolute sm:top-full sm:right-0 sm:whitespace-nowrap">
        {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      </div>
    </form>
  );
}
