import { LayoutTemplate } from 'lucide-react';
import { type Metadata } from 'next';

import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/page';

export const metadata: Metadata = { title: 'Presets' };

export default async function PresetsPage() {
  await requireUser('/presets');
  return (
    <>
      <PageHeader title="Presets" description="Saved launches you can run again or share as a link." />
      <Card>
        <EmptyState icon={<LayoutTemplate />} title="No presets yet">
          Save a launch from the launch form to see it here.
        </EmptyState>
      </Card>
    </>
  );
}
