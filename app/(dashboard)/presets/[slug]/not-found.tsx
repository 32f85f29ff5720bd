import { LinkIcon } from 'lucide-react';
import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';

/** A link to no preset (answered with 404). */
export default function PresetNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold tracking-tight">Preset not found</h1>
      <Card>
        <EmptyState
          icon={<LinkIcon />}
          title="No preset at this link"
          action={
            <Link href="/presets" className={buttonClasses('secondary', 'sm')}>
              Browse presets
            </Link>
          }
        >
          The link may have been cut short when it was copied. Preset links look like /presets/prod-web-patch-k3x9qa.
        </EmptyState>
      </Card>
    </div>
  );
}
