import { type QueryObserverResult } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { hostsOf, type NamesAnswer, nameChunks } from './use-instance-names';

const ids = (count: number, from = 0) => Array.from({ length: count }, (_, n) => `i-uf6${String(from + n).padStart(6, '0')}`);

describe('nameChunks', () => {
  it('cuts every ID once, sorted, into requests of 100 whatever the rows’ order', () => {
    const shuffled = [...ids(250)].reverse();
    const chunks = nameChunks([...shuffled, ...shuffled.slice(0, 10)]);
    expect(chunks.map((chunk) => chunk.length)).toEqual([100, 100, 50]);
    expect(chunks.flat()).toEqual(ids(250));
    expect(nameChunks(ids(250))).toEqual(chunks);
  });
});

describe('hostsOf', () => {
  const answered = (data: NamesAnswer | undefined) => ({ data }) as QueryObserverResult<NamesAnswer>;

  it('maps each answered ID to its name and addresses; chunks not yet answered add nothing', () => {
    const hosts = hostsOf([answered({ names: { 'i-a': 'web-1', 'i-b': 'web-2' }, addresses: { 'i-a': ['10.0.0.1'] } }), answered(undefined)]);
    expect([...hosts]).toEqual([
      ['i-a', { name: 'web-1', addresses: ['10.0.0.1'] }],
      ['i-b', { name: 'web-2', addresses: [] }],
    ]);
  });
});
