import { describe, expect, it } from 'vitest';

import { filterInstances, NO_FILTERS } from '@/components/invoke/instance-picker/filter';
import { buildSearchIndex } from '@/components/invoke/instance-picker/search-index';
import { compileQuery } from '@/components/invoke/instance-picker/search-query';
import { createSearcher, narrows } from '@/components/invoke/instance-picker/searcher';
import { makeInstance, tags } from '@/components/invoke/instance-picker/test-helpers';

describe('narrows', () => {
  const holds = (next: string, previous: string) => narrows(compileQuery(next), compileQuery(previous));

  it('holds while the operator keeps typing', () => {
    expect(holds('en', 'e')).toBe(true);
    expect(holds('env=', 'env')).toBe(true);
    expect(holds('env=p', 'env=')).toBe(true);
    // "env=p" means exactly p, so env=prod does not narrow it.
    expect(holds('env=prod', 'env=p')).toBe(false);
    expect(holds('env=prod', 'env=p*')).toBe(true);
    expect(holds('env=prod r', 'env=prod')).toBe(true);
    expect(holds('10.12', '10.1')).toBe(true);
    expect(holds('anything', '')).toBe(true);
  });

  it('does not hold when the query widens or changes', () => {
    expect(holds('e', 'en')).toBe(false);
    expect(holds('env=prod*', 'env=prod')).toBe(false);
    expect(holds('web', 'api')).toBe(false);
    expect(holds('', 'web')).toBe(false);
  });
});

describe('createSearcher', () => {
  const fleet = Array.from({ length: 60 }, (_, n) =>
    makeInstance({
      instanceId: `i-${n}`,
      name: `${n % 3 === 0 ? 'web' : 'api'}-${n}`,
      privateIp: `10.${n % 4}.${n}.1`,
      tags: tags(`env=${n % 2 === 0 ? 'prod' : 'prod-canary'}`, `role=${n % 5 === 0 ? 'web' : 'db'}`),
    }),
  );
  const entries = buildSearchIndex(fleet);
  const eligible = fleet.map((_, n) => n % 7 !== 0);

  it('gives the same answer as a full scan for every keystroke, typed forwards and back', () => {
    const typed = ['e', 'en', 'env', 'env=', 'env=p', 'env=pr', 'env=prod', 'env=prod r', 'env=prod role=', 'env=prod role=web', 'env=prod', 'env=prod*', '1', '10.', '10.1', '10.1.', 'web 10.1', '10.1'];
    const searcher = createSearcher(fleet, entries, eligible, { ...NO_FILTERS, eligibility: 'eligible' });
    for (const text of typed) {
      const query = compileQuery(text);
      const full = filterInstances(fleet, entries, eligible, query, { ...NO_FILTERS, eligibility: 'eligible' });
      expect(searcher.search(query), text).toEqual(full);
    }
  });
});
