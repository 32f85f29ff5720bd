import { type Metadata } from 'next';
import { redirect } from 'next/navigation';

import { LoginForm } from '@/components/auth/login-form';
import { Logo } from '@/components/layout/logo';
import { getCurrentUser } from '@/lib/auth/current';
import { safeReturnPath } from '@/lib/accounts/schemas';
import { getEnv } from '@/lib/env';

import { signIn } from './actions';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await getCurrentUser()) redirect(safeReturnPath(next));
  const sandbox = getEnv().mode === 'sandbox';
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center gap-3 text-center">
          <Logo className="size-10" />
          <div>
            <h1 className="text-lg font-semibold tracking-tight">Sign in to InvokeDeck</h1>
            <p className="mt-1 text-sm text-muted">Run Cloud Assistant commands across your ECS fleet.</p>
          </div>
        </div>
        <div className="rounded-xl border border-line bg-surface p-6 shadow-sm">
          <LoginForm next={next} signIn={signIn} />
        </div>
        <p className="mt-6 text-center text-xs text-muted">
          {sandbox
            ? 'Sandbox mode: commands run against the built-in ECS sandbox, never a real machine.'
            : 'Live mode: commands run on real instances.'}{' '}
          Accounts are managed by an admin.
        </p>
      </div>
    </main>
  );
}
