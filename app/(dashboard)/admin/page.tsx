import { ShieldAlert } from 'lucide-react';
import { type Metadata } from 'next';

import { AddOperatorForm } from '@/components/admin/add-operator-form';
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

export default async function AdminPage() {
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
  const db = await getDb();
  const [users, audit] = await Promise.all([listUsers(db), listAudit(db, { limit: 50 })]);
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
        <Card className="self-start">
          <CardHeader title="Audit log" description="Sign-ins, launches, stops, preset and account changes, newest first." />
          <AuditList entries={audit} />
        </Card>
      </div>
    </>
  );
}
