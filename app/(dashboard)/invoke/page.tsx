import { Rocket } from 'lucide-react';
import { type Metadata } from 'next';

import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/page';

export const metadata: Metadata = { title: 'Launch' };

export default async function InvokePage() {
  await requireUser('/invoke');
  return (
    <>
      <PageHeader title="Launch a command" description="Pick instances, a command and a schedule; review; launch." />
      <Card>
        <EmptyState icon={<Rocket />} title="The launch form is being built">
          Region, command, instance picker and schedule builder arrive with the launch issue.
        </EmptyState>
      </Card>
    </>
  );
}
