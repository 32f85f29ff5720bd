import { Bell, ShieldAlert, ShieldCheck } from 'lucide-react';
import { type Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { z } from 'zod';

import { AddOperatorForm } from '@/components/admin/add-operator-form';
import { AuditExport } from '@/components/admin/audit-export';
import { AuditFilter } from '@/components/admin/audit-filter';
import { AuditList } from '@/components/admin/audit-list';
import { UsersTable } from '@/components/admin/users-table';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { type AuditFilter as AuditFilterValues, auditCursorSchema, auditCursorText, auditFilterFields, auditFilterParams, isFiltered } from '@/lib/audit/filter';
import { auditActions } from '@/lib/audit/wording';
import { canAct, requireUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { listAudit } from '@/lib/db/audit';
import { listUsers } from '@/lib/db/users';
import { dbQueryOf } from '@/lib/export/audit-export';

import { changeRole, createOperator, resetPassword, setDisabled } from './actions';

export const metadata: Metadata = { title: 'Admin' };

const AUDIT_PAGE = 50;

/**
 * The audit log's filter and page, from the URL. A field that cannot be read is ignored here
 * (the export API refuses it instead); `before` ("<at>|<id>") pages by keyset.
 */
const auditQuery = z.object({
  actor: auditFilterFields.actor.catch(undefined),
  action: auditFilterFields.action.catch(undefined),
  target: auditFilterFields.target.catch(undefined),
  from: auditFilterFields.from.catch(undefined),
  to: auditFilterFields.to.catch(undefined),
  before: auditCursorSchema.optional().catch(undefined),
});

function auditHref(filter: AuditFilterValues, before?: string): string {
  const params = auditFilterParams(filter);
  if (before) params.set('before', before);
  const text = params.toString();
  return text ? `/admin?${text}#audit` : '/admin#audit';
}

function auditDescription(filter: AuditFilterValues): string {
  if (!isFiltered(filter)) return 'Sign-ins, launches, stops, preset and account changes, newest first, with where each came from.';
  if (filter.actor && !filter.action && !filter.target && !filter.from && !filter.to) return `What ${filter.actor} did, newest first.`;
  return 'Entries matching the filter, newest first. The downloads hold every page of them.';
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
  const { before, ...filter } = auditQuery.parse(await searchParams);
  const db = await getDb();
  const [users, audit] = await Promise.all([listUsers(db), listAudit(db, { limit: AUDIT_PAGE, before, ...dbQueryOf(filter) })]);
  const oldest = audit.length === AUDIT_PAGE ? audit.at(-1) : undefined;
  return (
    <>
      <PageHeader
        title="Admin"
        description="Operators, their roles, and what everyone did."
        actions={
          <>
            <Link href="/admin/approvals" className={buttonClasses('secondary')}>
              <ShieldCheck aria-hidden className="size-4" />
              Approvals
            </Link>
            <Link href="/admin/notifications" className={buttonClasses('secondary')}>
              <Bell aria-hidden className="size-4" />
              Notifications
            </Link>
          </>
        }
      />
      <div className="space-y-6">
        <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
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
          <Card className="self-start">
            <CardHeader title="Add an operator" description="They sign in with this username and password." />
            <CardBody>
              <AddOperatorForm createOperator={createOperator} />
            </CardBody>
          </Card>
        </div>
        <Card id="audit" className="scroll-mt-6">
          <CardHeader className="max-sm:flex-wrap" title="Audit log" description={auditDescription(filter)} actions={<AuditExport filter={filter} />} />
          <AuditFilter usernames={users.map((row) => row.username)} actions={auditActions()} filter={filter} />
          <AuditList entries={audit} filtered={isFiltered(filter)} />
          {before || oldest ? (
            <nav aria-label="Audit log pages" className="flex justify-between border-t border-line px-5 py-2.5 text-xs">
              {before ? (
                <Link href={auditHref(filter)} className="font-medium text-accent-700 hover:underline dark:text-accent-400">
                  Newest
                </Link>
              ) : (
                <span />
              )}
              {oldest ? (
                <Link href={auditHref(filter, auditCursorText(oldest))} className="font-medium text-accent-700 hover:underline dark:text-accent-400">
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
