'use client';

import dynamic from 'next/dynamic';
import { useEffect, useId, useRef, useState } from 'react';

import { hasFilters, NO_FILTERS } from '@/components/invoke/instance-picker/filter';
import { InstanceList } from '@/components/invoke/instance-picker/instance-list';
import { LoadFailed, LoadProgress, NoInstances, NoMatches, NoneSelected, SkeletonRows } from '@/components/invoke/instance-picker/list-states';
import { PickerToolbar } from '@/components/invoke/instance-picker/picker-toolbar';
import { type BulkNotice, SelectionBar } from '@/components/invoke/instance-picker/selection-bar';
import { selectAllMessage, selectAllStep } from '@/components/invoke/instance-picker/select-all';
import { removeIds, selectMatching, setRange, toggleId } from '@/components/invoke/instance-picker/selection';
import { replaceToken } from '@/components/invoke/instance-picker/suggest';
import { type InstancePickerProps } from '@/components/invoke/instance-picker/types';
import { usePickerModel } from '@/components/invoke/instance-picker/use-picker-model';
import { Alert } from '@/components/ui/alert';
import { FieldError } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import { describeInstanceFilter, type InstanceFilter, isNarrowing } from '@/lib/invoke/instance-filter';
import { instanceFilterOf } from '@/components/invoke/instance-picker/kept-search';
import { formatCount } from '@/lib/format';

// Only once a choice made earlier has gone wrong (an instance no longer eligible, an ID the region no longer lists).
const SelectionNotices = dynamic(() => import('@/components/invoke/instance-picker/selection-notices').then((module) => module.SelectionNotices));

/**
 * The launch form's "Instances" field: a searchable, filterable, virtualised multi-select
 * that shows per row whether the chosen command can run there, and never lets an
 * ineligible instance be added.
 */
export function InstancePicker({ instances, eligibility, selected, onChange, loading, error, fieldError, disabled = false, initialSearch, onSearchChange, keepSearch, fleet }: InstancePickerProps) {
  const model = usePickerModel({ instances, eligibility, selected, loading, initialSearch, onSearchChange });
  const ids = { label: useId(), hint: useId(), error: useId(), empty: useId(), progress: useId() };
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<BulkNotice | null>(null);

  // The search a "Select all matching" is waiting on, while pages are still arriving.
  const [pendingSearch, setPendingSearch] = useState<string | null>(null);

  const commit = (next: readonly string[], bulk: BulkNotice | null = null) => {
    setNotice(bulk);
    if (next !== selected) onChange([...next]);
  };
  const selectAll = () => {
    const step = selectAllStep({ loading, error });
    setPendingSearch(step.type === 'wait' ? model.searchKey : null);
    if (step.type === 'select') {
      const result = selectMatching(selected, model.matchIds, model.isEligible);
      commit(result.next, { text: selectAllMessage(result), ...(result.added > 0 ? { undo: selected } : {}) });
    } else setNotice(step.type === 'stop' ? { text: step.text } : null);
  };
  const waiting = pendingSearch === null ? null : selectAllStep({ loading, error, searchChanged: pendingSearch !== model.searchKey });
  // The last page is in (or loading stopped, or the search changed): settle the waiting
  // select-all while rendering, as React adjusts state to new props; the form hears below.
  const [settled, setSettled] = useState<readonly string[] | null>(null);
  if (waiting !== null && waiting.type !== 'wait') {
    setPendingSearch(null);
    if (waiting.type === 'select') {
      const result = selectMatching(selected, model.matchIds, model.isEligible);
      setNotice({ text: selectAllMessage(result), ...(result.added > 0 ? { undo: selected } : {}) });
      if (result.next !== selected) setSettled(result.next);
    } else setNotice({ text: waiting.text });
  }
  const told = useRef<readonly string[] | null>(null);
  useEffect(() => {
    if (settled === null || told.current === settled) return;
    told.current = settled;
    onChange([...settled]);
  }, [settled, onChange]);
  const toggle = (instanceId: string) => {
    const next = toggleId(selected, instanceId, model.isEligible);
    const verdict = model.verdictById(instanceId);
    // Say why nothing happened; the row's reason is easy to miss from the keyboard.
    if (next === selected && verdict && !verdict.eligible) commit(next, { text: `${instanceId} cannot be selected: ${verdict.reason}.` });
    else commit(next);
  };
  const clear = () => commit([], { text: `Cleared ${formatCount(selected.length, 'instance')}.`, undo: selected });
  const resetSearch = () => model.setSearch({ query: '', filters: NO_FILTERS });

  const noInstances = instances.length === 0;
  const placeholder = model.selectedOnly && !noInstances ? (
    <NoneSelected id={ids.empty} onShowAll={() => model.setSelectedOnly(false)} />
  ) : noInstances ? (
    loading ? (
      <SkeletonRows />
    ) : error ? (
      <LoadFailed id={ids.empty} message={error} />
    ) : (
      <NoInstances id={ids.empty} />
    )
  ) : (
    <NoMatches
      id={ids.empty}
      query={model.query}
      filtered={hasFilters(model.filters)}
      suggestion={model.suggestion}
      onSuggest={(text) => model.suggestion && model.setQuery(replaceToken(model.tokens, model.suggestion.token, text))}
      onReset={resetSearch}
    />
  );
  const describedBy = [ids.hint, model.matches.length === 0 && !(noInstances && loading) ? ids.empty : null, fieldError ? ids.error : null];

  return (
    <div className="space-y-2.5">
      {/* The list's accessible name; the form's section heading already shows "Instances". */}
      <span id={ids.label} className="sr-only">
        Instances
      </span>
      <PickerToolbar
        searchRef={searchRef}
        query={model.query}
        onQuery={model.setQuery}
        searching={model.searching}
        filters={model.filters}
        onFilters={model.setFilters}
        statuses={model.statuses}
        kinds={model.kinds}
        disabled={disabled}
        onEnterList={() => listRef.current?.focus()}
        hintId={ids.hint}
        selectedOnly={model.selectedOnly}
        onSelectedOnly={model.setSelectedOnly}
        selectedCount={selected.length}
        fleet={fleet}
      />
      <KeyboardHint id={ids.hint} />
      {model.problems.ineligible.length > 0 || model.problems.missing.length > 0 ? <SelectionNotices problems={model.problems} disabled={disabled} onRemove={(remove) => commit(removeIds(selected, remove))} /> : null}
      {error && !noInstances ? (
        <Alert tone="danger" live>
          Loading stopped after {formatCount(instances.length, 'instance')}: {error}
        </Alert>
      ) : null}
      <div className={cn('@container overflow-hidden rounded-lg border bg-surface shadow-xs', fieldError ? 'border-rose-500' : 'border-line')}>
        <SelectionBar
          counts={model.counts}
          total={instances.length}
          narrowed={model.narrowed}
          disabled={disabled}
          notice={waiting?.type === 'wait' ? { text: waiting.text, onCancel: () => setPendingSearch(null) } : notice}
          onSelectAll={selectAll}
          onClear={clear}
          onUndo={(previous) => commit(previous)}
        />
        {loading ? <LoadProgress id={ids.progress} loaded={loading.loaded} total={loading.total} /> : null}
        <InstanceList
          listRef={listRef}
          labelledBy={ids.label}
          describedBy={describedBy.filter(Boolean).join(' ')}
          invalid={Boolean(fieldError)}
          disabled={disabled}
          busy={loading !== null || model.searching}
          instances={instances}
          verdicts={model.verdicts}
          matches={model.matches}
          matchIds={model.matchIds}
          selectedSet={model.selectedSet}
          onToggle={toggle}
          onRange={(from, to, select) => commit(setRange(selected, model.matchIds, from, to, select, model.isEligible))}
          onSelectAll={selectAll}
          onFocusSearch={() => searchRef.current?.focus()}
          placeholder={placeholder}
        />
      </div>
      <FieldError id={ids.error} message={fieldError} />
      {keepSearch ? <KeepSearch {...keepSearch} search={instanceFilterOf({ query: model.query, filters: model.filters })} disabled={disabled} selectedCount={selected.length} /> : null}
    </div>
  );
}

/**
 * Presets and links can keep the search itself, so whoever opens one gets what matches
 * then (new web servers included) rather than yesterday's list of IDs.
 */
function KeepSearch({ checked, onChange, search, disabled, selectedCount }: NonNullable<InstancePickerProps['keepSearch']> & { search: InstanceFilter; disabled: boolean; selectedCount: number }) {
  const id = useId();
  const narrowing = isNarrowing(search);
  return (
    <div className="flex items-start gap-2.5 rounded-lg border border-line bg-surface-2/40 px-3 py-2.5">
      <input
        id={id}
        type="checkbox"
        checked={checked && narrowing}
        disabled={disabled || !narrowing}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={`${id}-hint`}
        className="mt-0.5 size-3.5 shrink-0 accent-accent-600"
      />
      <div className="min-w-0 text-xs">
        <label htmlFor={id} className={cn('font-medium', narrowing ? 'text-ink' : 'text-faint')}>
          Save the search, not the list, in presets and links
        </label>
        <p id={`${id}-hint`} className="mt-0.5 text-muted">
          {narrowing ? (
            <>
              Whoever opens it gets the eligible instances matching <span className="font-mono text-ink">{describeInstanceFilter(search)}</span> at that moment
              {checked ? '' : `, instead of these ${formatCount(selectedCount, 'selected instance')}`}.
            </>
          ) : (
            'Type a search or choose a Status, OS or Kind filter first.'
          )}
        </p>
      </div>
    </div>
  );
}

function KeyboardHint({ id }: { id: string }) {
  return (
    <p id={id} className="text-xs text-faint">
      <Kbd>↓</Kbd> moves into the list, <Kbd>Space</Kbd> selects, <Kbd>Shift</Kbd>+<Kbd>↓</Kbd> extends,{' '}
      <Kbd>Ctrl</Kbd>/<Kbd>⌘</Kbd>+<Kbd>A</Kbd> selects all matching, <Kbd>/</Kbd> returns to the search. Tags match exactly:{' '}
      <code className="font-mono text-muted">env=prod</code>; <code className="font-mono text-muted">env=pr*</code> for a prefix.
    </p>
  );
}

function Kbd({ children }: { children: string }) {
  return <kbd className="rounded border border-line bg-surface-2 px-1 font-sans text-[11px] text-muted">{children}</kbd>;
}
