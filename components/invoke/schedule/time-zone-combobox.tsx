'use client';

import { Check, ChevronsUpDown } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, useId, useMemo, useState } from 'react';

import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { builderTimeZones, exactTimeZone, filterTimeZones, runtimeTimeZone, suggestedTimeZones } from '@/lib/schedule';

import { zoneOffset } from './zone-offset';

let allZones: string[] | null = null;
// Built on first use: the list only matters once someone opens the builder.
const zonesOnce = (): string[] => (allZones ??= builderTimeZones());

export interface TimeZoneComboboxProps {
  value: string;
  onChange: (zone: string) => void;
  /** The launch's region, whose zone is suggested first. */
  regionId: string;
  /** A problem the schedule has with this zone. */
  error?: string | undefined;
}

/**
 * "Time zone" as an editable combobox (the ARIA list-autocomplete pattern): typing narrows
 * the list, arrows move through it, Enter or a click takes a zone, Escape puts back the one
 * chosen. The region's zone, the viewer's and UTC come first.
 */
export function TimeZoneCombobox({ value, onChange, regionId, error }: TimeZoneComboboxProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  // What is typed; null while the field shows the chosen zone.
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [typedError, setTypedError] = useState<string | null>(null);

  const suggestions = useMemo(() => suggestedTimeZones({ regionId, viewerZone: runtimeTimeZone() }), [regionId]);
  const { shownSuggestions, others } = useMemo(() => {
    const suggested = new Set(suggestions.map((item) => item.zone));
    const text = query ?? '';
    return {
      shownSuggestions: suggestions.filter((item) => filterTimeZones([item.zone], text).length > 0),
      others: filterTimeZones(zonesOnce(), text).filter((zone) => !suggested.has(zone)),
    };
  }, [suggestions, query]);
  const options = useMemo(() => [...shownSuggestions.map((item) => item.zone), ...others], [shownSuggestions, others]);
  const optionId = (index: number) => `${listId}-${index}`;

  const moveTo = (index: number) => {
    setActive(index);
    // After the render that marks it: keep the active option in view as the arrows move.
    requestAnimationFrame(() => document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' }));
  };
  const openList = () => {
    setOpen(true);
    moveTo(query === null ? Math.max(0, options.indexOf(value)) : 0);
  };
  const choose = (zone: string) => {
    setQuery(null);
    setOpen(false);
    setTypedError(null);
    if (zone !== value) onChange(zone);
  };
  // Leaving the field: a zone typed in full is taken, anything else gives the chosen one back.
  const settle = () => {
    setOpen(false);
    if (query === null) return;
    const typed = query.trim();
    const exact = exactTimeZone([...suggestions.map((item) => item.zone), ...zonesOnce()], typed);
    if (exact) choose(exact);
    else {
      setQuery(null);
      if (typed !== '') setTypedError(`Time zone: no zone is called “${typed}”; pick one from the list. The schedule stays in ${value}.`);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault();
      openList();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) openList();
      else if (options.length > 0) moveTo(event.key === 'ArrowDown' ? Math.min(active + 1, options.length - 1) : Math.max(active - 1, 0));
    } else if (event.key === 'Enter') {
      // Enter picks a zone; it must never submit the launch form from here.
      event.preventDefault();
      const zone = open ? options[active] : undefined;
      if (zone) choose(zone);
      else settle();
    } else if (event.key === 'Escape' && (open || query !== null)) {
      event.preventDefault();
      setOpen(false);
      setQuery(null);
    }
  };

  const activeZone = open ? options[active] : undefined;
  return (
    <Field label="Time zone" hint="Runs follow this zone's clock, daylight saving included. Type to search." error={typedError ?? error}>
      {(control) => (
        <div className="relative">
          <Input
            {...control}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={activeZone ? optionId(active) : undefined}
            autoComplete="off"
            spellCheck={false}
            value={query ?? value}
            onChange={(event) => {
              setQuery(event.target.value);
              setTypedError(null);
              setOpen(true);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            onClick={() => (open ? setOpen(false) : openList())}
            onBlur={settle}
            className="pr-8"
          />
          <ChevronsUpDown aria-hidden className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-faint" />
          <div
            hidden={!open}
            // A click in the list must not blur the field first (that would settle the typed text).
            onMouseDown={(event) => event.preventDefault()}
            className="absolute inset-x-0 top-full z-30 mt-1 min-w-64 overflow-hidden rounded-md border border-line bg-surface text-[13px] shadow-lg"
          >
            {options.length === 0 ? <p className="px-3 py-2 text-xs text-muted">No time zone matches “{query}”.</p> : null}
            <div id={listId} role="listbox" aria-label="Time zones" tabIndex={-1} className="max-h-72 overflow-y-auto overscroll-contain py-1 empty:hidden">
              {shownSuggestions.length > 0 ? (
                <ZoneGroup label="Suggested">
                  {shownSuggestions.map((item, index) => (
                    <ZoneOption key={item.zone} id={optionId(index)} zone={item.zone} note={item.reason} active={index === active} chosen={item.zone === value} onChoose={choose} />
                  ))}
                </ZoneGroup>
              ) : null}
              {others.length > 0 ? (
                <ZoneGroup label="All time zones">
                  {others.map((zone, at) => {
                    const index = shownSuggestions.length + at;
                    return <ZoneOption key={zone} id={optionId(index)} zone={zone} active={index === active} chosen={zone === value} onChoose={choose} />;
                  })}
                </ZoneGroup>
              ) : null}
            </div>
          </div>
        </div>
      )}
    </Field>
  );
}

function ZoneGroup({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <div id={id} role="presentation" className="px-3 pt-1.5 pb-1 text-[11px] font-medium tracking-wide text-muted uppercase">
        {label}
      </div>
      {children}
    </div>
  );
}

function ZoneOption({ id, zone, note, active, chosen, onChoose }: { id: string; zone: string; note?: string; active: boolean; chosen: boolean; onChoose: (zone: string) => void }) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      onClick={() => onChoose(zone)}
      className={cn('flex cursor-pointer items-center gap-2 px-3 py-1.5', active ? 'bg-accent-50 text-ink dark:bg-accent-950/60' : 'hover:bg-surface-2')}
    >
      <Check aria-hidden className={cn('size-3.5 shrink-0 text-accent-600 dark:text-accent-400', chosen ? 'visible' : 'invisible')} />
      <span className="min-w-0 flex-1 truncate">{zone}</span>
      {/* Extra detail for the eye; the option's name stays the zone alone. */}
      <span aria-hidden className="shrink-0 text-xs text-muted tabular">
        {note ? `${note} · ` : ''}
        {zoneOffset(zone)}
      </span>
    </div>
  );
}
