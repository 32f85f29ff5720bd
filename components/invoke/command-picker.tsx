'use client';

import { Search, TerminalSquare } from 'lucide-react';
import { useCallback, useId, useMemo, useState } from 'react';

import { PublicCommandBadge } from '@/components/commands/public-command-badge';
import { Badge } from '@/components/ui/badge';
import { FieldError } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { type PickerCommand } from '@/lib/invoke/types';

import { COMMAND_TYPE_LABELS } from './command-types';

/**
 * The command list as a searchable radio group: arrow keys move between commands, the
 * selected one shows its content and parameters.
 */
export function CommandPicker({
  commands,
  loading,
  loadError,
  value,
  onChange,
  error,
}: {
  commands: readonly PickerCommand[];
  loading: boolean;
  loadError?: string | undefined;
  value: string;
  onChange: (commandId: string) => void;
  error?: string | undefined;
}) {
  const [query, setQuery] = useState('');
  const labelId = useId();
  const searchId = useId();
  const matching = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (!needle) return commands;
    return commands.filter((command) => `${command.name} ${command.description} ${command.commandId} ${command.type}`.toLowerCase().includes(needle));
  }, [commands, query]);
  const selected = commands.find((command) => command.commandId === value);

  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <span id={labelId} className="text-[13px] font-medium">
          Command
        </span>
        <div className="relative w-64">
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-faint" />
          <label htmlFor={searchId} className="sr-only">
            Search commands
          </label>
          <Input id={searchId} value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search commands" className="h-8 pl-8 text-[13px]" />
        </div>
      </div>
      {loadError ? <p className="text-sm text-rose-600 dark:text-rose-400">{loadError}</p> : null}
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        aria-invalid={error ? true : undefined}
        className={cn('max-h-64 overflow-y-auto rounded-md border border-line', error && 'border-rose-500')}
      >
        {loading && commands.length === 0
          ? Array.from({ length: 4 }, (_, index) => (
              <div key={index} className="flex items-center gap-3 border-b border-line px-3 py-2.5 last:border-0">
                <Skeleton className="h-4 w-40" />
                <Skeleton className="h-4 w-16" />
              </div>
            ))
          : null}
        {!loading && matching.length === 0 ? (
          <p className="px-3 py-6 text-center text-sm text-muted">{commands.length === 0 ? 'This region has no commands yet.' : 'No command matches the search.'}</p>
        ) : null}
        {matching.map((command) => (
          <CommandOption key={command.commandId} command={command} checked={command.commandId === value} onSelect={() => onChange(command.commandId)} />
        ))}
      </div>
      <FieldError message={error} />
      {selected ? <CommandDetails command={selected} /> : null}
    </div>
  );
}

function CommandOption({ command, checked, onSelect }: { command: PickerCommand; checked: boolean; onSelect: () => void }) {
  const type = COMMAND_TYPE_LABELS[command.type];
  // A command chosen before the list appeared (a preset, a rerun) is scrolled into view.
  const reveal = useCallback((node: HTMLLabelElement | null) => {
    if (node && checked) node.scrollIntoView({ block: 'nearest' });
  }, [checked]);
  return (
    <label
      ref={reveal}
      className={cn(
        'flex cursor-pointer items-center gap-3 border-b border-line px-3 py-2 last:border-0 hover:bg-surface-2/60 has-[:focus-visible]:bg-surface-2',
        checked && 'bg-accent-50/70 hover:bg-accent-50 dark:bg-accent-950/40 dark:hover:bg-accent-950/60',
      )}
    >
      <input type="radio" name="command" value={command.commandId} checked={checked} onChange={onSelect} className="size-3.5 accent-accent-600" />
      <span className="min-w-0 flex-1">
        <span className="flex items-center gap-2">
          <span className="truncate font-mono text-[13px] font-medium">{command.name}</span>
          <Badge tone={command.type === 'RunShellScript' ? 'neutral' : 'info'}>{type.short}</Badge>
          {command.enableParameter ? <Badge tone="violet">{command.parameterNames.length} params</Badge> : null}
          {command.provider ? <PublicCommandBadge /> : null}
        </span>
        {command.description ? <span className="mt-0.5 block truncate text-xs text-muted">{command.description}</span> : null}
      </span>
      <span className="hidden font-mono text-xs text-faint tabular md:block">{command.commandId}</span>
    </label>
  );
}

function CommandDetails({ command }: { command: PickerCommand }) {
  const type = COMMAND_TYPE_LABELS[command.type];
  return (
    <div className="rounded-md border border-line bg-surface-2/50" aria-label={`Command ${command.name}`} role="group">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-line px-3 py-2 text-xs text-muted">
        <span className="inline-flex items-center gap-1.5 font-medium text-ink">
          <TerminalSquare aria-hidden className="size-3.5" />
          {type.long} · runs on {type.os}
        </span>
        {command.provider ? <span>Public command of Alibaba Cloud: runs as published, cannot be edited</span> : null}
        <span>Timeout {command.timeout} s</span>
        <span>{command.enableParameter ? `Parameters: ${command.parameterNames.join(', ') || 'none declared'}` : 'No custom parameters'}</span>
      </div>
      <pre className="max-h-48 overflow-auto px-3 py-2.5 font-mono text-xs leading-relaxed whitespace-pre-wrap text-ink">{command.content}</pre>
    </div>
  );
}
