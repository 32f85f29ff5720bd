import { describe, expect, it } from 'vitest';

import { dayBounds, decodeCursor, encodeCursor, listHref, parseListQuery } from './list-query';

const cursor = { createdAt: '2026-11-28T02:00:00.123Z', id: '3b241101-e2bb-4255-8caf-4136c566a962' };

describe('the invocations list URL', () => {
  it('reads every filter and a cursor, and writes them back to the same URL', () => {
    const href = listHref({ status: 'Failed', region: 'cn-shanghai', command: 'c-uf6abc', operator: 'priya', repeat: 'Period', from: '2026-11-01', to: '2026-11-28' }, { after: cursor });
    const query = parseListQuery(Object.fromEntries(new URL(href, 'http://x').searchParams));
    expect(query).toEqual({
      filters: { status: 'Failed', region: 'cn-shanghai', command: 'c-uf6abc', operator: 'priya', repeat: 'Period', from: '2026-11-01', to: '2026-11-28' },
      after: cursor,
    });
    expect(listHref(query.filters, { after: cursor })).toBe(href);
  });

  it('drops values that are not valid instead of failing the page', () => {
    expect(parseListQuery({ status: 'Exploded', repeat: 'Sometimes', from: '2026-02-30', to: 'yesterday', region: 'CN SHANGHAI', after: '!!!' })).toEqual({ filters: {} });
    expect(parseListQuery({ status: ['Running', 'Failed'], operator: '  marco ' })).toEqual({ filters: { status: 'Running', operator: 'marco' } });
  });

  it('takes one direction: an Older cursor wins over a Newer one', () => {
    const both = parseListQuery({ after: encodeCursor(cursor), before: encodeCursor({ ...cursor, id: 'x' }) });
    expect(both.after).toEqual(cursor);
    expect(both.before).toBeUndefined();
  });

  it('round-trips cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(btoa('2026-11-28|x').replace(/=+$/, ''))).toBeNull();
    expect(decodeCursor(btoa(`${cursor.createdAt}|${cursor.id}|extra`).replace(/=+$/, ''))).toBeNull();
    expect(decodeCursor(btoa(`${cursor.createdAt}|'; drop table`).replace(/=+$/, ''))).toBeNull();
  });

  it('turns UTC days into bounds that include the whole last day', () => {
    expect(dayBounds({ from: '2026-11-01', to: '2026-11-28' })).toEqual({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-29T00:00:00.000Z' });
    expect(dayBounds({})).toEqual({});
  });

  it('has one URL for the unfiltered first page', () => {
    expect(listHref({})).toBe('/invocations');
    expect(listHref({ status: undefined })).toBe('/invocations');
  });
});
