'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { LogIn } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { type z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { type ActionResult } from '@/lib/action-result';
import { signInSchema } from '@/lib/accounts/schemas';

type SignInInput = z.input<typeof signInSchema>;

export function LoginForm({
  next,
  signIn,
}: {
  next: string | undefined;
  signIn: (input: SignInInput) => Promise<ActionResult<{ returnTo: string }>>;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { username: '', password: '', next },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await signIn(values);
    if (!result.ok) {
      setFailure(result.message);
      return;
    }
    // A full navigation, so every server component renders with the new session.
    window.location.assign(result.data.returnTo);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {failure ? (
        <Alert tone="danger" live>
          {failure}
        </Alert>
      ) : null}
      <Field label="Username" error={formState.errors.username?.message}>
        {(control) => <Input {...control} {...register('username')} autoComplete="username" autoFocus spellCheck={false} />}
      </Field>
      <Field label="Password" error={formState.errors.password?.message}>
        {(control) => <Input {...control} {...register('password')} type="password" autoComplete="current-password" />}
      </Field>
      <Button type="submit" variant="primary" size="lg" className="w-full" disabled={formState.isSubmitting}>
        <LogIn aria-hidden className="size-4" />
        {formState.isSubmitting ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
