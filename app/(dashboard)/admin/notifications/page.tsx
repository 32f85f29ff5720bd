import { ShieldAlert } from 'lucide-react';
import { type Metadata } from 'next';
import { Link } from '@/components/ui/link';

import { SignatureHelp } from '@/components/admin/webhook-signature-help';
import { WebhookForm } from '@/components/admin/webhook-form';
import { WebhookList } from '@/components/admin/webhook-list';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { canAct, requireUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { listWebhookViews } from '@/lib/notify/service';

import { deleteWebhook, saveWebhook, testWebhook } from './actions';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const user = await requireUser('/admin/notifications');
  if (!canAct(user, 'admin')) {
    return (
      <Card>
        <EmptyState icon={<ShieldAlert />} title="Admins only">
          Setting up notifications needs the admin role. You are signed in as {user.role}.
        </EmptyState>
      </Card>
    );
  }
  const webhooks = await listWebhookViews(await getDb());
  const allowPrivate = getEnv().WEBHOOK_ALLOW_PRIVATE_HOSTS;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-xs text-muted">
        <Link href="/admin" className="hover:text-ink hover:underline">
          Admin
        </Link>
        <span aria-hidden> / </span>
        <span aria-current="page">Notifications</span>
      </nav>
      <PageHeader title="Notifications" description="Webhooks that hear when a launch finishes, fails, is stopped or halted by its error threshold." />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <Card>
            <CardHeader
              title="Webhooks"
              description={
                webhooks.length
                  ? `${webhooks.length} webhook${webhooks.length === 1 ? '' : 's'}. "All launches" hear of every launch; opt-in ones only of the launches and presets that pick them.`
                  : undefined
              }
            />
            <WebhookList webhooks={webhooks} actions={{ saveWebhook, deleteWebhook, testWebhook }} />
          </Card>
          <SignatureHelp />
        </div>
        <Card className="self-start">
          <CardHeader title="Add a webhook" description={allowPrivate ? 'https to any host; plain http to private hosts is allowed here.' : 'https only; private and loopback hosts are refused.'} />
          <CardBody>
            <WebhookForm save={saveWebhook} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
