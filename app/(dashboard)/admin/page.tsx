import { ShieldAlert } from 'lucide-react';
import { type Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';

import { AddOperatorForm } from '@/components/admin/add-operator-form';
import { AuditFilter } from '@/components/admin/audit-filter';
import { AuditList } from '@/components/admin/audit-list';
import { UsersTable } from '@/components/admin/users-table';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { canAct, requireUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { listAudit } from '@/lib/db/audit';
import { listUsers } from '@/lib/db/users';

import { changeRole, createOperator, resetPassword, setDisabled } from './actions';

export const metadata: Metadata = { title: 'Admin' };

const AUDIT_PAGE = 50;

/** `actor` narrows the audit log to one person; `before` ("<at>|<id>") pages it by keyset. */
const auditQuery = z.object({
  actor: z.string().trim().min(1).max(64).optional().catch(undefined),
  before: z
    .string()
    .regex(/^[^|]{1,40}\|\d{1,15}$/)
    .transform((value) => {
      const [at = '', id = '0'] = value.split('|');
      return { at, id: Number(id) };
    })
    .optional()
    .catch(undefined),
});

function auditHref(query: { actor?: string | undefined; before?: string | undefined }): string {
  const params = new URLSearchParams();
  if (query.actor) params.set('actor', query.actor);
  if (query.before) params.set('before', query.before);
  const text = params.toString();
  return text ? `/admin?${text}#audit` : '/admin#audit';
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/admin');
  if (!canAct(user, 'admin')) {
    return (
      <Card>
        <EmptyState icon={<ShieldAlert />} title="Admins only">
          Managing operators needs the admin role. You are signed in as {user.role}.
        </EmptyState>
      </Card>
    );
  }
  const { actor, before } = auditQuery.parse(await searchParams);
  const db = await getDb();
  const [users, audit] = await Promise.all([listUsers(db), listAudit(db, { limit: AUDIT_PAGE, actor, before })]);
  const oldest = audit.length === AUDIT_PAGE ? audit.at(-1) : undefined;
  return (
    <>
      <PageHeader title="Admin" description="Operators, their roles, and what everyone did." />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <Card>
            <CardHeader title="Operators" description={`${users.length} account${users.length === 1 ? '' : 's'}. Viewers read; operators also launch, stop and edit presets; admins also manage accounts.`} />
            <UsersTable
              users={users.map((row) => ({
                id: row.id,
                username: row.username,
                displayName: row.display_name,
                role: row.role,
                disabled: row.disabled === 1,
                lastSignInAt: row.last_sign_in_at,
              }))}
              currentUserId={user.userId}
              actions={{ changeRole, resetPassword, setDisabled }}
            />
          </Card>
          <Card>
            <CardHeader title="Add an operator" description="They sign in with this username and password." />
            <CardBody>
              <AddOperatorForm createOperator={createOperator} />
            </CardBody>
          </Card>
        </div>
        <Card className="self-start" id="audit">
          <CardHeader
            className="max-sm:flex-wrap"
            title="Audit log"
            description={actor ? `What ${actor} did, newest first.` : 'Sign-ins, launches, stops, preset and account changes, newest first.'}
            actions={<AuditFilter usernames={users.map((row) => row.username)} actor={actor} />}
          />
          <AuditList entries={audit} />
          {before || oldest ? (
            <nav aria-label="Audit log pages" className="flex justify-between border-t border-line px-5 py-2.5 text-xs">
              {before ? (
                <Link href={auditHref({ actor })} className="font-medium text-accent-700 hover:underline dark:text-accent-400">
                  Newest
                </Link>
              ) : (
                <span />
              )}
              {oldest ? (
                <Link href={auditHref({ actor, before: `${oldest.at}|${oldest.id}` })} className="font-medium text-accent-700 hover:underline dark:text-accent-400">
                  Older
                </Link>
              ) : null}
            </nav>
          ) : null}
        </Card>
      </div>
    </>
  );
}
