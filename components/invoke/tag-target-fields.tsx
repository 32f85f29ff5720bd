'use client';

import { Plus, X } from 'lucide-react';
import { useMemo } from 'react';
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { type InvokeDraft } from '@/lib/invoke/draft';
import { RESOURCE_TAGS_MAX } from '@/lib/invoke/rules-extras';
import { matchesTags } from '@/lib/invoke/tag-matches';

import { type PickerEligibility, type PickerInstance } from './instance-picker';
import { formatNumber } from '@/lib/format';

/** Matches listed by name before "and N more". */
const SHOWN = 8;

/**
 * "Every instance tagged …": the rule Alibaba resolves when each call is made (ResourceTag.N),
 * so a preset follows the fleet. What it matches now is shown from the region's instances, with
 * the ones that could not run the command, since Alibaba refuses the whole call for one of them.
 */
export function TagTargetFields({
  instances,
  eligibility,
  loading,
}: {
  instances: readonly PickerInstance[];
  eligibility: (instance: PickerInstance) => PickerEligibility;
  loading: boolean;
}) {
  const { control, register } = useFormContext<InvokeDraft>();
  const { fields, append, remove } = useFieldArray({ control, name: 'resourceTags' as never });
  const watched = useWatch({ control, name: 'resourceTags' });
  const tags = useMemo(() => watched ?? [], [watched]);
  const { errors } = useFormState({ control, name: 'resourceTags' });
  const tagErrors = errors.resourceTags as unknown as (Record<number, { key?: { message?: string }; value?: { message?: string } }> & { message?: string; root?: { message?: string } }) | undefined;
  const matched = useMemo(() => instances.filter((instance) => matchesTags(instance.tags, tags)), [instances, tags]);
  const blocked = useMemo(() => matched.flatMap((instance) => {
    const verdict = eligibility(instance);
    return verdict.eligible ? [] : [{ instance, reason: verdict.reason }];
  }), [matched, eligibility]);

  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-[13px] font-medium">Every instance with all of these tags</legend>
        <p className="text-xs text-muted">Resolved by Alibaba when the command is sent, so instances tagged later are included. An empty value matches any value.</p>
        <ul className="space-y-2">
          {fields.map((field, index) => (
            <li key={field.id} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-2">
              <div>
                <Input {...register(`resourceTags.${index}.key`)} aria-label={`Tag ${index + 1} key`} placeholder="key, e.g. env" spellCheck={false} autoComplete="off" aria-invalid={Boolean(tagErrors?.[index]?.key) || undefined} />
                <FieldError message={tagErrors?.[index]?.key?.message} />
              </div>
              <div>
                <Input {...register(`resourceTags.${index}.value`)} aria-label={`Tag ${index + 1} value`} placeholder="value, e.g. prod" spellCheck={false} autoComplete="off" aria-invalid={Boolean(tagErrors?.[index]?.value) || undefined} />
                <FieldError message={tagErrors?.[index]?.value?.message} />
              </div>
              <Button type="button" variant="ghost" size="sm" onClick={() => remove(index)} aria-label={`Remove tag ${index + 1}`} disabled={fields.length === 1}>
                <X aria-hidden className="size-4" />
              </Button>
            </li>
          ))}
        </ul>
        <Button type="button" variant="secondary" size="sm" onClick={() => append({ key: '', value: '' } as never)} disabled={fields.length >= RESOURCE_TAGS_MAX}>
          <Plus aria-hidden className="size-3.5" /> Add tag
        </Button>
        <FieldError message={tagErrors?.message ?? tagErrors?.root?.message} />
      </fieldset>
      <TagMatches matched={matched} blocked={blocked} loading={loading} />
    </div>
  );
}

function TagMatches({ matched, blocked, loading }: { matched: readonly PickerInstance[]; blocked: readonly { instance: PickerInstance; reason: string }[]; loading: boolean }) {
  if (loading) return <p className="text-xs text-muted">Loading the region&apos;s instances to show what the tags match…</p>;
  return (
    <section aria-label="Instances the tags match now" className="rounded-md border border-line bg-surface-2/40 px-3 py-2.5">
      <p className="text-[13px]" aria-live="polite">
        <span className="font-medium tabular-nums">{formatNumber(matched.length)}</span> instance{matched.length === 1 ? '' : 's'} match now
        {blocked.length > 0 ? (
          <>
            {' '}
            · <span className="font-medium text-rose-700 dark:text-rose-400">{blocked.length} cannot run it</span>: Alibaba refuses the whole call while they match
          </>
        ) : null}
      </p>
      {matched.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {matched.slice(0, SHOWN).map((instance) => (
            <li key={instance.instanceId}>
              <Badge tone={blocked.some((entry) => entry.instance === instance) ? 'danger' : 'neutral'} className="font-mono">
                {instance.name || instance.instanceId}
              </Badge>
            </li>
          ))}
          {matched.length > SHOWN ? <li className="self-center text-xs text-muted">and {matched.length - SHOWN} more</li> : null}
        </ul>
      ) : null}
      {blocked.length > 0 ? (
        <ul className="mt-2 space-y-0.5 text-xs text-rose-700 dark:text-rose-400">
          {blocked.slice(0, 3).map(({ instance, reason }) => (
            <li key={instance.instanceId}>
              {instance.name || instance.instanceId}: {reason}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
