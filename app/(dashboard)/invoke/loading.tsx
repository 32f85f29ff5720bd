import { LaunchFormSkeleton } from '@/components/invoke/launch-form-skeleton';
import { LoadingState } from '@/components/ui/loading-state';
import { PageHeader } from '@/components/ui/page-header';

/** The form waits on ECS for the regions (and, for Run again, the launch): show its shape meanwhile. */
export default function InvokeLoading() {
  return (
    <>
      <PageHeader title="Launch a command" description="Pick instances, a command and when to run it; review the exact request; launch." />
      <LoadingState label="Loading the launch form">
        <LaunchFormSkeleton />
      </LoadingState>
    </>
  );
}
