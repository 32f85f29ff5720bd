import { type ReactNode } from 'react';

import { Alert } from '@/components/ui/alert';
import { formatCount } from '@/lib/format';
import { type WorldChange } from '@/lib/presets/reconcile';

const SHOWN = 5;

/**
 * What moved since the preset was saved, one line per change, each saying what the form did
 * about it, so the operator can continue with the rest.
 */
export function WorldChanges({ changes, regionId, commandName }: { changes: readonly WorldChange[]; regionId: string; commandName: string }) {
  if (changes.length === 0) return null;
  return (
    <Alert tone="warning" title="Things changed since this preset was saved">
      <ul className="mt-1 list-disc space-y-1 pl-4" aria-label="Changes since the preset was saved">
        {changes.map((change) => (
          <li key={change.kind}>{line(change, regionId, commandName)}</li>
        ))}
      </ul>
    </Alert>
  );
}

function line(change: WorldChange, regionId: string, commandName: string) {
  switch (change.kind) {
    case 'command-gone':
      return (
        <>
          The command <Code>{change.commandName ?? change.commandId}</Code>
          {change.commandName ? <> (<Code>{change.commandId}</Code>)</> : null} no longer exists in {regionId}. Choose another command; the instances and the schedule are kept.
        </>
      );
    case 'command-replaced':
      return (
        <>
          The saved command <Code>{change.fromId}</Code> is gone; <Code>{change.commandName}</Code> now has the ID <Code>{change.toId}</Code> and is selected instead. Check its
          parameters before you launch.
        </>
      );
    case 'parameters-added':
      return (
        <>
          <Code>{commandName}</Code> now takes {change.names.length === 1 ? 'a new parameter' : 'new parameters'}: <Names names={change.names} />, filled in with {change.names.length === 1 ? 'its default' : 'their defaults'}.
        </>
      );
    case 'parameters-removed':
      return (
        <>
          <Code>{commandName}</Code> no longer takes <Names names={change.names} />; {change.names.length === 1 ? 'its saved value was' : 'their saved values were'} left out.
        </>
      );
    case 'parameters-disabled':
      return (
        <>
          <Code>{commandName}</Code> no longer takes parameters; the saved <Names names={change.names} /> {change.names.length === 1 ? 'was' : 'were'} left out.
        </>
      );
    case 'instances-gone':
      return (
        <>
          {formatCount(change.instanceIds.length, 'instance')} no longer {change.instanceIds.length === 1 ? 'exists' : 'exist'} in {regionId} and{' '}
          {change.instanceIds.length === 1 ? 'was' : 'were'} removed from the selection: <Ids ids={change.instanceIds} />.
        </>
      );
    case 'instances-ineligible':
      return (
        <>
          {formatCount(change.instances.length, 'instance')} can no longer run it and {change.instances.length === 1 ? 'is' : 'are'} marked in the picker:{' '}
          {change.instances.slice(0, SHOWN).map((instance, index) => (
            <span key={instance.instanceId}>
              {index > 0 ? '; ' : ''}
              {instance.name ? `${instance.name} ` : ''}
              <Code>{instance.instanceId}</Code>: {instance.reason}
            </span>
          ))}
          {change.instances.length > SHOWN ? `; and ${change.instances.length - SHOWN} more` : ''}. Remove {change.instances.length === 1 ? 'it' : 'them'} to launch on the rest.
        </>
      );
  }
}

function Code({ children }: { children: ReactNode }) {
  return <code className="rounded bg-amber-100/70 px-1 font-mono text-[12px] dark:bg-amber-900/40">{children}</code>;
}

function Names({ names }: { names: readonly string[] }) {
  return (
    <>
      {names.map((name, index) => (
        <span key={name}>
          {index > 0 ? ', ' : ''}
          <Code>{name}</Code>
        </span>
      ))}
    </>
  );
}

function Ids({ ids }: { ids: readonly string[] }) {
  return (
    <>
      <Names names={ids.slice(0, SHOWN)} />
      {ids.length > SHOWN ? ` and ${ids.length - SHOWN} more` : ''}
    </>
  );
}
