'use client';

import { type ComponentProps, useCallback, useState } from 'react';

import { CardBody } from '@/components/ui/card';

import { InstancesTable } from './instances-table';
import { StatusBar } from './status-bar';

/** Chosen instances (for Stop), kept by the page so its header buttons can act on them. */
export function useInstanceSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const select = useCallback(
    (ids: string[], on: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, select, clear };
}

/** The status bar over the instance table; each status in it filters the table. */
export function FilteredInstances({ instances, ...table }: ComponentProps<typeof InstancesTable>) {
  const [filter, setFilter] = useState<string | null>(null);
  const shown = filter ? instances.filter((instance) => instance.status === filter) : instances;
  return (
    <>
      <CardBody className="border-b border-line">
        <StatusBar statuses={instances.map((instance) => instance.status)} filter={filter} onFilter={setFilter} />
      </CardBody>
      <InstancesTable {...table} instances={shown} />
    </>
  );
}
