import { CalendarClock, KeyRound, Play, RefreshCcw, RotateCcw } from 'lucide-react';
import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
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

/** Saved presets: what each runs where, who made it, and the last change. */
export function PresetTable({ presets, canEdit, actions }: { presets: PresetListItem[]; canEdit: boolean; actions: Pick<PresetActions, 'duplicatePreset' | 'deletePreset'> }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <thead className="border-b border-line text-xs text-muted">
          <tr>
            <th scope="col" className="px-5 py-2.5 font-medium">Preset</th>
            <th scope="col" className="px-3 py-2.5 font-medium">Runs</th>
            <th scope="col" className="px-3 py-2.5 font-medium">When</th>
            <th scope="col" className="px-3 py-2.5 font-medium">Created</th>
            <th scope="col" className="px-3 py-2.5 font-medium">Last change</th>
            <th scope="col" className="px-5 py-2.5 text-right font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {presets.map((preset) => {
            const mode = MODE[preset.repeatMode as keyof typeof MODE] ?? MODE.Once;
            return (
              <tr key={preset.id} className="align-top hover:bg-surface-2/40">
                <td className="max-w-80 px-5 py-3">
                  <Link href={`/presets/${preset.slug}`} className="font-medium text-ink hover:text-accent-600 hover:underline dark:hover:text-accent-400">
                    {preset.name}
                  </Link>
                  {preset.description ? <p className="mt-0.5 line-clamp-2 text-xs text-muted">{preset.description}</p> : null}
                  <p className="mt-1 font-mono text-[11px] text-faint">/presets/{preset.slug}</p>
                </td>
                <td className="px-3 py-3">
                  <div className="font-mono text-[13px] text-ink">{preset.commandName ?? (preset.commandId || <span className="font-sans text-muted">No command</span>)}</div>
                  <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-muted">
                    <span className="font-mono">{preset.regionId || '—'}</span>
                    <span aria-hidden>·</span>
                    {preset.instanceSearch ? (
                      <span title="Picks the eligible instances that match this search each time it is opened">
                        instances matching <span className="font-mono text-ink">{preset.instanceSearch}</span>
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
                <td className="px-3 py-3 text-xs">
                  <span className="inline-flex items-center gap-1.5 text-ink">
                    <mode.icon aria-hidden className="size-3.5 text-faint" />
                    {mode.text}
                  </span>
                  {preset.scheduleWords ? <div className="mt-1 max-w-52 text-muted">{preset.scheduleWords}</div> : null}
                  {preset.frequency ? (
                    <div className="mt-0.5 max-w-52 truncate font-mono text-[11px] text-faint" title={preset.frequency}>
                      {preset.frequency}
                    </div>
                  ) : null}
                </td>
                <td className="px-3 py-3 text-xs whitespace-nowrap">
                  <div className="font-medium text-ink">{preset.createdBy}</div>
                  <TimeAgo iso={preset.createdAt} className="text-muted tabular" />
                </td>
                <td className="max-w-72 px-3 py-3 text-xs">
                  <div className="flex items-center gap-1.5">
                    <Link href={`/presets/${preset.slug}/versions`} className="rounded focus-visible:outline-2" aria-label={`Version ${preset.version} of ${preset.name}: history`}>
                      <Badge tone="neutral" className="py-0 font-mono text-[11px] hover:text-ink">v{preset.version}</Badge>
                    </Link>
                    <span className="truncate text-ink" title={preset.change}>{preset.change}</span>
                  </div>
                  <div className="mt-1 text-muted">
                    {preset.updatedBy} · <TimeAgo iso={preset.updatedAt} className="tabular" />
                  </div>
                </td>
                <td className="px-5 py-2.5 text-right">
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
