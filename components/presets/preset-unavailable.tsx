import { FileWarning, Trash2 } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { TimeAgo } from '@/components/ui/time-ago';

/** A link to a deleted preset answers who deleted it and when, not a bare 404. */
export function DeletedPreset({ preset }: { preset: { name: string; slug: string; deleted_at: string | null; deleted_by_username: string | null } }) {
  return (
    <Card>
      <EmptyState
        icon={<Trash2 />}
        title={`“${preset.name}” was deleted`}
        action={
          <div className="flex gap-2">
            <Link href="/presets" className={buttonClasses('primary', 'sm')}>
              Browse presets
            </Link>
            <Link href={`/presets/${preset.slug}/versions`} className={buttonClasses('secondary', 'sm')}>
              See its history
            </Link>
          </div>
        }
      >
        <p>
          Deleted by <span className="font-medium text-ink">{preset.deleted_by_username ?? 'someone'}</span>
          {preset.deleted_at ? (
            <>
              {' '}
              <TimeAgo iso={preset.deleted_at} />
            </>
          ) : null}
          . This link no longer opens a form; ask them for the new one.
        </p>
      </EmptyState>
    </Card>
  );
}

export function UnreadablePreset({ slug, message }: { slug: string; message: string }) {
  return (
    <Card>
      <EmptyState
        icon={<FileWarning />}
        title="This version cannot be opened"
        action={
          <Link href={`/presets/${slug}/versions`} className={buttonClasses('secondary', 'sm')}>
            See its history
          </Link>
        }
      >
        {message}
      </EmptyState>
    </Card>
  );
}
