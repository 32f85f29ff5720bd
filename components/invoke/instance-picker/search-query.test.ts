import { describe, expect, it } from 'vitest';

import { compileQuery, describeToken, parseQuery } from '@/components/invoke/instance-picker/search-query';

describe('parseQuery', () => {
  it('reads plain words as case-insensitive text', () => {
    expect(parseQuery('  Web   10.0.3 ')).toEqual([
      { kind: 'text', text: 'web' },
      { kind: 'text', text: '10.0.3' },
    ]);
  });

  it('reads key=value and key:value as the same exact tag match', () => {
    const exact = { kind: 'tag', key: 'env', value: 'prod', match: 'exact' };
    expect(parseQuery('env=prod')).toEqual([exact]);
    expect(parseQuery('ENV:Prod')).toEqual([exact]);
  });

  it('reads a trailing * as a value prefix and an empty value as "has the key"', () => {
    expect(parseQuery('env=pr*')).toEqual([{ kind: 'tag', key: 'env', value: 'pr', match: 'prefix' }]);
    expect(parseQuery('env=')).toEqual([{ kind: 'tag', key: 'env', value: '', match: 'key' }]);
    expect(parseQuery('env:*')).toEqual([{ kind: 'tag', key: 'env', value: '', match: 'key' }]);
  });

  it('splits on the first separator, so a value may contain = or :', () => {
    expect(parseQuery('url=http://x')).toEqual([{ kind: 'tag', key: 'url', value: 'http://x', match: 'exact' }]);
  });

  it('treats a token without a key as text', () => {
    expect(parseQuery(':80 =x')).toEqual([
      { kind: 'text', text: ':80' },
      { kind: 'text', text: '=x' },
    ]);
  });

  it('keeps quoted spaces, and a token opened by a quote is text even with =', () => {
    expect(parseQuery('"web 01" team="core infra" "a=b"')).toEqual([
      { kind: 'text', text: 'web 01' },
      { kind: 'tag', key: 'team', value: 'core infra', match: 'exact' },
      { kind: 'text', text: 'a=b' },
    ]);
  });

  it('reads an unterminated quote to the end of the input', () => {
    expect(parseQuery('"web 0')).toEqual([{ kind: 'text', text: 'web 0' }]);
  });

  it('returns no tokens for blank input', () => {
    expect(parseQuery('   ')).toEqual([]);
    expect(parseQuery('""')).toEqual([]);
  });
});

describe('compileQuery', () => {
  it('fences exact tag needles on both sides and prefix needles on the left only', () => {
    const query = compileQuery('env=prod role=w* team= web');
    expect(query.text).toEqual(['web']);
    expect(query.tags).toEqual(['\u0001env=prod\u0001', '\u0001role=w', '\u0001team=']);
  });
});

describe('describeToken', () => {
  it('writes tokens back the way an operator typed them', () => {
    expect(parseQuery('env:prod role=w* team=').map(describeToken)).toEqual(['env=prod', 'role=w*', 'team=']);
  });
});
