import { Search, X } from 'lucide-react';
import { Link } from '@/components/ui/link';

import { Input } from '@/components/ui/input';

/** A plain GET form: the search lives in the URL (?q=), so a filtered list can be bookmarked. */
export function PresetSearch({ query }: { query: string }) {
  return (
    <form action="/presets" method="get" role="search" className="relative w-full max-w-sm">
      <label htmlFor="preset-search" className="sr-only">
        Search presets
      </label>
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-faint" />
      <Input id="preset-search" name="q" type="search" defaultValue={query} placeholder="Search by name, description or link" className="h-8 pr-8 pl-8 text-[13px] [&::-webkit-search-cancel-button]:hidden" />
      {query ? (
        <Link href="/presets" aria-label="Clear search" className="absolute top-1/2 right-1.5 flex size-5 -translate-y-1/2 items-center justify-center rounded text-faint hover:bg-surface-2 hover:text-ink">
          <X aria-hidden className="size-3.5" />
        </Link>
      ) : null}
    </form>
  );
}
