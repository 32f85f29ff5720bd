import { ShieldAlert } from 'lucide-react';
import { type Metadata } from 'next';
import { Link } from '@/components/ui/link';

import { ApprovalRuleForm } from '@/components/approvals/rule-form';
import { ApprovalRuleList } from '@/components/approvals/rule-list';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { describeRule } from '@/lib/approvals/rules';
import { canAct, requireUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { listApprovalRules } from '@/lib/db/approvals';
import { getRegionGuard } from '@/lib/ecs';

import { createApprovalRule, deleteApprovalRule } from './actions';

export const metadata: Metadata = { title: 'Approvals' };

export default async function ApprovalsPage() {
  const user = await requireUser('/admin/approvals');
  if (!canAct(user, 'admin')) {
    return (
      <Card>
        <EmptyState icon={<ShieldAlert />} title="Admins only">
          Setting approval rules needs the admin role. You are signed in as {user.role}.
        </EmptyState>
      </Card>
    );
  }
  const [rules, regions] = await Promise.all([listApprovalRules(await getDb()), getRegionGuard().regions()]);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-xs text-muted">
        <Link href="/admin" className="hover:text-ink hover:underline">
          Admin
        </Link>
        <span aria-hidden> / </span>
        <span aria-current="page">Approvals</span>
      </nav>
      <PageHeader
        title="Approvals"
        description="Launches a rule covers wait for a second operator: they are recorded as requested and sent only once someone other than the requester approves them."
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card className="self-start">
          <CardHeader
            title="Rules"
            description={
              rules.length
                ? `${rules.length} rule${rules.length === 1 ? '' : 's'}. A launch needs approval when any one of them covers it; undecided requests expire after 24 hours, unsent.`
                : undefined
            }
          />
          <ApprovalRuleList rules={rules.map((rule) => ({ id: rule.id, description: describeRule(rule), createdBy: rule.createdBy, createdAt: rule.createdAt }))} remove={deleteApprovalRule} />
        </Card>
        <Card className="self-start">
          <CardHeader title="Add a rule" description="A launch is covered when it is in the region and meets every condition set here." />
          <CardBody>
            <ApprovalRuleForm regions={[...regions]} add={createApprovalRule} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
