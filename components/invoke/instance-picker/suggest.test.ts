import { describe, expect, it } from 'vitest';

import { buildSearchIndex } from '@/components/invoke/instance-picker/search-index';
import { parseQuery } from '@/components/invoke/instance-picker/search-query';
import { replaceToken, suggestTags } from '@/components/invoke/instance-picker/suggest';
import { makeInstance, tags } from '@/components/invoke/instance-picker/test-helpers';

const fleet = [
  makeInstance({ instanceId: 'i-1', tags: tags('env=prod', 'role=web', 'team=core infra') }),
  makeInstance({ instanceId: 'i-2', tags: tags('env=prod', 'role=api') }),
  makeInstance({ instanceId: 'i-3', tags: tags('env=prod-canary', 'environment=legacy') }),
];
const entries = buildSearchIndex(fleet);

describe('suggestTags', () => {
  it('offers the values of the key that start with what was typed, most common first', () => {
    const suggestion = suggestTags(fleet, entries, parseQuery('env=p'));
    expect(suggestion?.options).toEqual([
      { text: 'env=prod', count: 2 },
      { text: 'env=prod-canary', count: 1 },
    ]);
  });

  it('offers longer keys when the key itself is unknown', () => {
    expect(suggestTags(fleet, entries, parseQuery('envir='))?.options).toEqual([{ text: 'environment=', count: 1 }]);
  });

  it('says nothing when every tag token matches something, or nothing fits', () => {
    expect(suggestTags(fleet, entries, parseQuery('env=prod role=db'))).toBeNull();
    expect(suggestTags(fleet, entries, parseQuery('env=prod web'))).toBeNull();
    expect(suggestTags(fleet, entries, parseQuery('owner=me'))).toBeNull();
  });
});

describe('replaceToken', () => {
  it('swaps the token and writes the others back, quoting spaces', () => {
    const tokens = parseQuery('"web 01" env=p team="core infra"');
    const target = tokens[1]!;
    expect(replaceToken(tokens, target, 'env=prod')).toBe('"web 01" env=prod team="core infra"');
  });
});
