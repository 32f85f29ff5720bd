import { History } from 'lucide-react';
import { type Metadata } from 'next';

import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/page';

export const metadata: Metadata = { title: 'Invocations' };

export default async function InvocationsPage() {
  await requireUser('/invocations');
  return (
    <>
      <PageHeader title="Invocations" description="Every launch made through InvokeDeck, newest first." />
      <Card>
        <EmptyState icon={<History />} title="No launches yet">
          Launches you make appear here with their live status.
        </EmptyState>
      </Card>
    </>
  );
}
