'use client';

import { UserPlus } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { type z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { type ActionResult } from '@/lib/action-result';
import { ROLE_DESCRIPTIONS, ROLES } from '@/lib/accounts/roles';
import type { createUserSchema } from '@/lib/accounts/schemas';
import { applyFieldErrors } from '@/lib/form-errors';
import { lazyZodResolver } from '@/lib/lazy-zod-resolver';

type CreateUserInput = z.input<typeof createUserSchema>;

export function AddOperatorForm({ createOperator }: { createOperator: (input: CreateUserInput) => Promise<ActionResult<{ username: string }>> }) {
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const form = useForm<CreateUserInput>({
    resolver: lazyZodResolver(() => import('@/lib/accounts/schemas').then((module) => module.createUserSchema)),
    defaultValues: { username: '', displayName: '', role: 'operator', password: '' },
  });
  const { register, handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    const result = await createOperator(values);
    if (!result.ok) {
      applyFieldErrors(form.setError, result.fieldErrors);
      setNotice({ tone: 'danger', text: result.message });
      return;
    }
    form.reset();
    setNotice({ tone: 'success', text: `Account "${result.data.username}" created. Share its password with them privately.` });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {notice ? (
        <Alert tone={notice.tone} live>
          {notice.text}
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Username" error={formState.errors.username?.message}>
          {(control) => <Input {...control} {...register('username')} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field label="Name" error={formState.errors.displayName?.message}>
          {(control) => <Input {...control} {...register('displayName')} autoComplete="off" />}
        </Field>
        <Field label="Role" error={formState.errors.role?.message}>
          {(control) => (
            <Select {...control} {...register('role')}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {role} — {ROLE_DESCRIPTIONS[role]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Initial password" hint="At least 12 characters." error={formState.errors.password?.message}>
          {(control) => <Input {...control} {...register('password')} type="password" autoComplete="new-password" />}
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          <UserPlus aria-hidden className="size-4" />
          Add operator
        </Button>
      </div>
    </form>
  );
}
