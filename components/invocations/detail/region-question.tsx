import { MapPin } from 'lucide-react';

import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/input';

/** An InvokeId InvokeDeck did not launch: ask which region to look in (a plain GET form). */
export function RegionQuestion({ invokeId, regions }: { invokeId: string; regions: string[] }) {
  return (
    <Card>
      <EmptyState icon={<MapPin />} title={`Which region is ${invokeId} in?`}>
        <p>It was not launched through InvokeDeck, so its region is not on record.</p>
        <form method="get" className="mt-4 flex items-center justify-center gap-2">
          <label htmlFor="region" className="sr-only">
            Region
          </label>
          <Select id="region" name="region" defaultValue={regions[0]} className="w-48">
            {regions.map((region) => (
              <option key={region} value={region}>
                {region}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="primary">
            Look it up
          </Button>
        </form>
      </EmptyState>
    </Card>
  );
}
