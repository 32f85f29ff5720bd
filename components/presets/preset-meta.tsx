import { TimeAgo } from '@/components/ui/time-ago';

/** "Created by priya 3 days ago · v4 by marco 2 min ago: Changed Instances". */
export function PresetMeta({ preset }: { preset: { created_by_username: string; created_at: string; updated_by_username: string; updated_at: string; current_version: number } }) {
  return (
    <span className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
      <span>
        Created by <span className="font-medium text-ink">{preset.created_by_username}</span> <TimeAgo iso={preset.created_at} className="tabular" />
      </span>
      {preset.current_version > 1 ? (
        <>
          <span aria-hidden>·</span>
          <span>
            Version {preset.current_version}, saved by <span className="font-medium text-ink">{preset.updated_by_username}</span> <TimeAgo iso={preset.updated_at} className="tabular" />
          </span>
        </>
      ) : null}
    </span>
  );
}
