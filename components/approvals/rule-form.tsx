'use client';

import { Plus } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { describeRule } from '@/lib/approvals/rules';
import { type ApprovalRuleInput } from '@/lib/approvals/schemas';
import { applyFieldErrors } from '@/lib/form-errors';
import { lazyZodResolver } from '@/lib/lazy-zod-resolver';

import { type AddApprovalRuleAction } from './action-types';

const EMPTY: ApprovalRuleInput = { regionId: '', minInstances: null, tagKey: '', tagValue: '' };

// An empty number field is "any size", not 0.
const countOf = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

/** Add an approval rule: a region (or all), more than N instances, a tag; at least one of them. */
export function ApprovalRuleForm({ regions, add }: { regions: string[]; add: AddApprovalRuleAction }) {
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const form = useForm<ApprovalRuleInput>({
    resolver: lazyZodResolver(() => import('@/lib/approvals/schemas').then((module) => module.approvalRuleSchema)),
    defaultValues: EMPTY,
  });
  const { register, handleSubmit, formState, control } = form;
  const values = useWatch({ control });
  const minInstances = typeof values.minInstances === 'number' && Number.isInteger(values.minInstances) ? values.minInstances : null;
  const tagKey = values.tagKey?.trim() ?? '';
  const preview =
    values.regionId || minInstances !== null || tagKey
      ? describeRule({ id: '', regionId: values.regionId || null, minInstances, tagKey: tagKey || null, tagValue: tagKey ? values.tagValue?.trim() || null : null })
      : null;

  const onSubmit = handleSubmit(async (input) => {
    setNotice(null);
    const result = await add({ ...input, tagKey: input.tagKey.trim(), tagValue: input.tagValue.trim() });
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setNotice({ tone: 'danger', text: result.message });
      return;
    }
    form.reset(EMPTY);
    setNotice({ tone: 'success', text: `Rule added. ${preview ?? 'Launches'} now need a second operator's approval.` });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Add an approval rule">
      {notice ? (
        <Alert tone={notice.tone} live>
          {notice.text}
        </Alert>
      ) : null}
      <Field label="Region" error={formState.errors.regionId?.message}>
        {(control) => (
          <Select {...control} {...register('regionId')}>
            <option value="">Every region</option>
            {regions.map((region) => (
              <option key={region} value={region}>
                {region}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="More than this many instances" hint="Optional. Empty: any size. A tag target counts as covered, since its size is known only when sent." error={formState.errors.minInstances?.message}>
        {(control) => <Input {...control} {...register('minInstances', { setValueAs: countOf })} type="number" inputMode="numeric" min={0} step={1} placeholder="50" className="tabular sm:max-w-40" />}
      </Field>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Tag key" hint="Optional. Any chosen instance with this tag." error={formState.errors.tagKey?.message}>
          {(control) => <Input {...control} {...register('tagKey')} autoComplete="off" spellCheck={false} placeholder="env" className="font-mono text-xs" />}
        </Field>
        <Field label="Tag value" hint="Optional. Empty: any value of the key." error={formState.errors.tagValue?.message}>
          {(control) => <Input {...control} {...register('tagValue')} autoComplete="off" spellCheck={false} placeholder="prod" className="font-mono text-xs" />}
        </Field>
      </div>
      <p className="rounded-md border border-dashed border-line-strong bg-surface-2/50 px-3 py-2 text-xs text-muted" aria-live="polite">
        {preview ? (
          <>
            <span className="font-medium text-ink">{preview}</span> will need approval.
          </>
        ) : (
          'Set a region, an instance count or a tag.'
        )}
      </p>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          <Plus aria-hidden className="size-4" />
          Add rule
        </Button>
      </div>
    </form>
  );
}
