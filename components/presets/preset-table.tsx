import { CalendarClock, KeyRound, Play, RefreshCcw, RotateCcw } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { Badge } from '@/components/ui/badge';
import { CellLabel } from '@/components/ui/cell-label';
import { TimeAgo } from '@/components/ui/time-ago';
import { formatCount } from '@/lib/format';
import { type PresetListItem } from '@/lib/presets/list-item';

import { type PresetActions } from './action-types';
import { PresetRowActions } from './preset-row-actions';

const MODE = {
  Once: { icon: Play, text: 'Once' },
  Period: { icon: CalendarClock, text: 'Schedule' },
  NextRebootOnly: { icon: RotateCcw, text: 'Next reboot' },
  EveryReboot: { icon: RefreshCcw, text: 'Every reboot' },
} as const;

/**
 * Saved presets: what each runs where, who made it, and the last change. Below lg each row
 * stacks into a card (name and actions first); the explicit roles keep it a table for screen
 * readers once CSS makes its parts blocks.
 */
export function PresetTable({ presets, canEdit, actions }: { presets: PresetListItem[]; canEdit: boolean; actions: Pick<PresetActions, 'duplicatePreset' | 'deletePreset'> }) {
  return (
    <div className="lg:overflow-x-auto">
      <table role="table" aria-label="Presets" className="block w-full text-left text-sm lg:table lg:min-w-[56rem]">
        <thead role="rowgroup" className="sr-only border-b border-line text-xs text-muted lg:not-sr-only lg:table-header-group">
          <tr role="row">
            <th role="columnheader" scope="col" className="px-5 py-2.5 font-medium">Preset</th>
            <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">Runs</th>
            <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">When</th>
            <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">Created</th>
            <th role="columnheader" scope="col" className="px-3 py-2.5 font-medium">Last change</th>
            <th role="columnheader" scope="col" className="px-5 py-2.5 text-right font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="block divide-y divide-line lg:table-row-group">
          {presets.map((preset) => {
            const mode = MODE[preset.repeatMode as keyof typeof MODE] ?? MODE.Once;
            return (
              <tr key={preset.id} role="row" className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] gap-x-4 gap-y-3 px-4 py-4 align-top hover:bg-surface-2/40 sm:px-5 lg:table-row lg:p-0">
                <td role="cell" className="col-span-2 row-start-1 min-w-0 lg:max-w-80 lg:px-5 lg:py-3">
                  <Link href={`/presets/${preset.slug}`} className="font-medium break-words text-ink hover:text-accent-600 hover:underline dark:hover:text-accent-400">
                    {preset.name}
                  </Link>
                  {preset.description ? <p className="mt-0.5 line-clamp-2 text-xs text-muted">{preset.description}</p> : null}
                  <p className="mt-1 font-mono text-[11px] break-words text-faint">/presets/{preset.slug}</p>
                </td>
                <td role="cell" className="col-span-3 min-w-0 lg:px-3 lg:py-3">
                  <CellLabel until="lg">Runs</CellLabel>
                  <div className="font-mono text-[13px] break-all text-ink">{preset.commandName ?? (preset.commandId || <span className="font-sans text-muted">No command</span>)}</div>
                  <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-muted">
                    <span className="font-mono">{preset.regionId || '—'}</span>
                    <span aria-hidden>·</span>
                    {preset.instanceSearch ? (
                      <span title="Picks the eligible instances that match this search each time it is opened">
                        instances matching <span className="font-mono break-all text-ink">{preset.instanceSearch}</span>
                      </span>
                    ) : (
                      <span className="tabular">{formatCount(preset.instanceCount, 'instance')}</span>
                    )}
                    {preset.secretNames.length ? (
                      <Badge tone="warning" className="py-0 text-[11px]">
                        <KeyRound aria-hidden className="size-3" />
                        <span>
                          {preset.secretNames.length} secret<span className="sr-only">: {preset.secretNames.join(', ')}, asked for when opened</span>
                        </span>
                      </Badge>
                    ) : null}
                  </div>
                </td>
                <td role="cell" className="min-w-0 text-xs lg:px-3 lg:py-3">
                  <CellLabel until="lg">When</CellLabel>
                  <span className="inline-flex items-center gap-1.5 text-ink">
                    <mode.icon aria-hidden className="size-3.5 text-faint" />
                    {mode.text}
                  </span>
                  {preset.scheduleWords ? <div className="mt-1 text-muted lg:max-w-52">{preset.scheduleWords}</div> : null}
                  {preset.frequency ? (
                    <div className="mt-0.5 truncate font-mono text-[11px] text-faint lg:max-w-52" title={preset.frequency}>
                      {preset.frequency}
                    </div>
                  ) : null}
                </td>
                <td role="cell" className="col-span-2 min-w-0 text-xs lg:px-3 lg:py-3 lg:whitespace-nowrap">
                  <CellLabel until="lg">Created</CellLabel>
                  <div className="font-medium text-ink">{preset.createdBy}</div>
                  <TimeAgo iso={preset.createdAt} className="text-muted tabular" />
                </td>
                <td role="cell" className="col-span-3 min-w-0 text-xs lg:max-w-72 lg:px-3 lg:py-3">
                  <CellLabel until="lg">Last change</CellLabel>
                  <div className="flex items-center gap-1.5">
                    <Link href={`/presets/${preset.slug}/versions`} className="rounded focus-visible:outline-2" aria-label={`v${preset.version}: history of ${preset.name}`}>
                      <Badge tone="neutral" className="py-0 font-mono text-[11px] hover:text-ink">v{preset.version}</Badge>
                    </Link>
                    <span className="truncate text-ink" title={preset.change}>{preset.change}</span>
                  </div>
                  <div className="mt-1 text-muted">
                    {preset.updatedBy} · <TimeAgo iso={preset.updatedAt} className="tabular" />
                  </div>
                </td>
                <td role="cell" className="col-start-3 row-start-1 -mt-2 -mr-2.5 lg:m-0 lg:px-5 lg:py-2.5 lg:text-right">
                  <PresetRowActions preset={{ id: preset.id, slug: preset.slug, name: preset.name, description: preset.description }} canEdit={canEdit} actions={actions} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
