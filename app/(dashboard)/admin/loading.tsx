import { AdminSkeleton } from '@/components/admin/admin-skeleton';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';

/** Accounts and the audit log come from the database: show the page's columns meanwhile. */
export default function AdminLoading() {
  return (
    <>
      <PageHeader title="Admin" description="Operators, their roles, and what everyone did." />
      <LoadingState label="Loading accounts and the audit log">
        <AdminSkeleton />
      </LoadingState>
    </>
  );
}
