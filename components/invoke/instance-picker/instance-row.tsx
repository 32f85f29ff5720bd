import { memo } from 'react';

import { CheckMark, EligibleMark, EligibleWithWarning, IneligibleReason, ManagedBadge, ManagedMark, OsLabel, StatusBadge, TagChips } from '@/components/invoke/instance-picker/row-parts';
import { optionLabel, SHOWN_TAGS } from '@/components/invoke/instance-picker/option-label';
import { type PickerEligibility, type PickerInstance } from '@/components/invoke/instance-picker/types';
import { cn } from '@/lib/cn';

/** Fixed, so the virtualiser never measures a row. */
export const ROW_HEIGHT = 36;
export const HEADER_HEIGHT = 30;

// One grid for the header and every row, with columns that appear as the picker (a CSS
// container) widens, so the list never scrolls sideways. Always: check, the instance (name
// over ID and IP) and eligibility, which is all a phone has room for; status from 32rem,
// tags from 42rem, OS from 72rem (narrower, tags need the room more).
const GRID =
  'grid items-center gap-x-3 px-3 grid-cols-[1rem_minmax(0,1fr)_minmax(0,8.5rem)] @lg:grid-cols-[1rem_minmax(0,1fr)_5.5rem_minmax(0,10rem)] @2xl:grid-cols-[1rem_minmax(0,1fr)_minmax(0,1fr)_5.5rem_minmax(0,11rem)] @6xl:grid-cols-[1rem_minmax(0,1.1fr)_minmax(0,1fr)_7.5rem_5.5rem_minmax(0,11rem)]';
const AT_LG = 'hidden @lg:block';
const AT_2XL = 'hidden @2xl:block';
const AT_6XL = 'hidden @6xl:block';

export function ColumnHeader() {
  return (
    <div
      aria-hidden
      style={{ height: HEADER_HEIGHT }}
      className={cn(GRID, 'sticky top-0 z-10 border-b border-line bg-surface-2 text-[11px] font-medium tracking-wide text-muted uppercase')}
    >
      <span />
      <span>Instance</span>
      <span className={AT_2XL}>Tags</span>
      <span className={AT_6XL}>OS</span>
      <span className={AT_LG}>Status</span>
      <span>Eligibility</span>
    </div>
  );
}

export interface InstanceRowProps {
  id: string;
  instance: PickerInstance;
  verdict: PickerEligibility;
  selected: boolean;
  active: boolean;
  position: number;
  setSize: number;
  top: number;
}

/**
 * One option. Memoised with plain-value props only (clicks are handled by the list, by
 * position), so scrolling or moving the active row re-renders just the rows that changed.
 */
export const InstanceRow = memo(function InstanceRow({ id, instance, verdict, selected, active, position, setSize, top }: InstanceRowProps) {
  const eligible = verdict.eligible;
  const managed = instance.kind === 'managed';
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-disabled={eligible ? undefined : true}
      aria-posinset={position + 1}
      aria-setsize={setSize}
      aria-label={optionLabel(instance, verdict)}
      data-position={position}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      className={cn(
        GRID,
        'group/row absolute inset-x-0 top-0 border-b border-line/70 text-xs [contain:layout_paint_style]',
        eligible ? 'cursor-pointer hover:bg-surface-2/70' : 'cursor-not-allowed',
        selected && eligible && 'bg-accent-50/60 hover:bg-accent-50 dark:bg-accent-950/30 dark:hover:bg-accent-950/50',
        selected && !eligible && 'bg-amber-50/60 dark:bg-amber-950/20',
        // The active row only stands out while the list has focus (aria-activedescendant).
        active && 'group-focus/list:bg-accent-50 group-focus/list:ring-2 group-focus/list:ring-accent-500 group-focus/list:ring-inset dark:group-focus/list:bg-accent-950/60',
      )}
    >
      {/* The spaces between cells keep the visible text word by word, as the option's name reads it. */}
      <CheckMark selected={selected} eligible={eligible} />{' '}
      <span className="min-w-0 leading-tight">
        <span className={cn('flex min-w-0 items-center gap-1.5 text-[13px]', eligible ? 'font-medium text-ink' : 'text-muted')} title={nameTitle(instance)}>
          <span className="truncate">{instance.name || <span className="font-normal text-muted">Unnamed</span>}</span>
          {/* Below 32rem the Status column, where the badge stands, is hidden: an icon beside the name stands in (a phone has no room for the word). */}
          {managed ? <ManagedMark className="@lg:hidden" /> : null}
        </span>{' '}
        <span className="block truncate font-mono text-[11px] text-muted tabular">
          {instance.instanceId}{' '}
          {/* The dot is drawn, not text: the row's text stays "i-… 172.16.0.3", as the option's name reads it. */}
          {instance.privateIp ? <span className="hidden before:mr-1 before:content-['·'] @md:inline">{instance.privateIp}</span> : null}
        </span>
      </span>{' '}
      <span className={cn(AT_2XL, 'min-w-0')}>
        <TagChips tags={instance.tags} max={SHOWN_TAGS} />
      </span>{' '}
      <span className={cn(AT_6XL, 'min-w-0')}>
        <OsLabel instance={instance} />
      </span>{' '}
      <span className={cn(AT_LG, 'min-w-0')}>
        {managed ? <ManagedBadge /> : <StatusBadge status={instance.status} />}
      </span>{' '}
      <span className="min-w-0">
        {!verdict.eligible ? <IneligibleReason reason={verdict.reason} /> : verdict.warning ? <EligibleWithWarning warning={verdict.warning} /> : <EligibleMark />}
      </span>
    </div>
  );
});

function nameTitle(instance: PickerInstance): string {
  return [instance.hostName, ...instance.tags.map((tag) => `${tag.key}=${tag.value}`)].filter(Boolean).join('\n');
}
