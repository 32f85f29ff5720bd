'use client';

import { LogIn } from 'lucide-react';
import { type FormEvent, startTransition, useActionState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { type ActionResult } from '@/lib/action-result';

/** What the sign-in action takes; the server parses it with `signInSchema`, the browser ships no schema. */
export interface SignInInput {
  username: string;
  password: string;
  next?: string | undefined;
}

type SignInResult = ActionResult<{ returnTo: string }>;

/**
 * A plain two-field form: the server action validates (its messages land on the fields) and
 * signs in. Nothing but React runs here, so the sign-in page stays light.
 */
export function LoginForm({ next, signIn }: { next: string | undefined; signIn: (input: SignInInput) => Promise<SignInResult> }) {
  const [result, submit, pending] = useActionState(async (_previous: SignInResult | null, form: FormData): Promise<SignInResult> => {
    const answer = await signIn({ username: text(form, 'username'), password: text(form, 'password'), next });
    // A full navigation, so every server component renders with the new session.
    if (answer.ok) window.location.assign(answer.data.returnTo);
    return answer;
  }, null);

  // Submitted by hand, not through `action`: React would empty the fields after a failed try.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  };

  const failure = result && !result.ok ? result : null;
  const fieldError = (name: keyof SignInInput) => failure?.fieldErrors?.[name]?.[0];
  const signingIn = pending || result?.ok === true;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {failure && !failure.fieldErrors ? (
        <Alert tone="danger" live>
          {failure.message}
        </Alert>
      ) : null}
      <Field label="Username" error={fieldError('username')}>
        {(control) => <Input {...control} name="username" autoComplete="username" autoFocus spellCheck={false} />}
      </Field>
      <Field label="Password" error={fieldError('password')}>
        {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" />}
      </Field>
      <Button type="submit" variant="primary" size="lg" className="w-full" disabled={signingIn}>
        <LogIn aria-hidden className="size-4" />
        {signingIn ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
