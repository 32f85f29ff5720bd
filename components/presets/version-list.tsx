import { ChevronRight, ExternalLink } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { TimeAgo } from '@/components/ui/time-ago';
import { type VersionView } from '@/lib/presets/version-view';

import { type PresetActions } from './action-types';
import { ChangeList } from './change-list';
import { PayloadSummary } from './payload-summary';
import { RestoreVersionButton } from './restore-version-button';

/** A preset's versions, newest first: who, when, what changed; open any in the form or restore it. */
export function VersionList({
  preset,
  versions,
  canRestore,
  restore,
}: {
  preset: { id: string; slug: string; name: string; currentVersion: number; deleted: boolean };
  versions: readonly VersionView[];
  canRestore: boolean;
  restore: PresetActions['restorePresetVersion'];
}) {
  return (
    <ol className="divide-y divide-line" aria-label="Versions">
      {versions.map((version) => (
        <li key={version.version} aria-label={`Version ${version.version}`}>
          <details className="group" open={version.current || undefined}>
            <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-surface-2/40 sm:px-5">
              <ChevronRight aria-hidden className="size-3.5 text-faint transition-transform group-open:rotate-90" />
              <Badge tone={version.current ? 'accent' : 'neutral'} className="font-mono">
                v{version.version}
              </Badge>
              {version.current ? <Badge tone="success">Current</Badge> : null}
              <span className="min-w-0 flex-1 text-[13px] font-medium text-ink max-sm:basis-full max-sm:order-last sm:truncate">{version.change}</span>
              <span className="text-xs text-muted">
                <span className="font-medium text-ink">{version.createdBy}</span> · <TimeAgo iso={version.createdAt} className="tabular" />
              </span>
            </summary>
            <div className="grid grid-cols-1 gap-5 border-t border-line/70 bg-surface-2/30 px-4 py-4 sm:px-5 sm:pl-12 lg:grid-cols-2">
              <section aria-label={`What version ${version.version} held`}>
                <h3 className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">What it held</h3>
                <p className="mb-2 text-[13px]">
                  <span className="font-medium">{version.name}</span>
                  {version.description ? <span className="text-muted"> — {version.description}</span> : null}
                </p>
                {version.held ? <PayloadSummary rows={version.held} /> : <p className="text-xs text-rose-600">This version is damaged and cannot be read.</p>}
              </section>
              <section aria-label={`What version ${version.version} changed`}>
                <h3 className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">What changed</h3>
                {version.changed ? <ChangeList changes={version.changed} label={`What version ${version.version} changed`} /> : <p className="text-xs text-muted">{version.version === 1 ? 'The first version.' : 'Cannot compare: a version is damaged.'}</p>}
                {!preset.deleted ? (
                  <div className="mt-4 flex flex-wrap gap-2">
                    {version.held ? (
                      <Link href={version.current ? `/presets/${preset.slug}` : `/presets/${preset.slug}?version=${version.version}`} className={buttonClasses('secondary', 'sm')}>
                        <ExternalLink aria-hidden className="size-3.5" />
                        Open in the form
                      </Link>
                    ) : null}
                    {canRestore && version.restoreChanges ? (
                      <RestoreVersionButton preset={{ id: preset.id, name: preset.name, currentVersion: preset.currentVersion }} version={version.version} changes={version.restoreChanges} restore={restore} />
                    ) : null}
                  </div>
                ) : null}
              </section>
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
