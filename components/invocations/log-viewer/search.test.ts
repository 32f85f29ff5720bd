import { describe, expect, it } from 'vitest';

import { parseAnsi } from '@/components/invocations/log-viewer/parse-ansi';
import { findMatches, foldCase, matchesOnLine, searchIndexFor, stepMatch } from '@/components/invocations/log-viewer/search';

const ESC = '\x1b';

function search(text: string, query: string) {
  const matches = findMatches(searchIndexFor(parseAnsi(text)), query);
  return Array.from({ length: matches.count }, (_, i) => [matches.line[i], matches.column[i]]);
}

describe('findMatches', () => {
  it('finds every match case-insensitively, as line and column', () => {
    expect(search('Error: disk\nno error here\nERROR again', 'error')).toEqual([
      [0, 0],
      [1, 3],
      [2, 0],
    ]);
  });

  it('searches the text as shown: escape codes neither match nor shift columns', () => {
    expect(search(`${ESC}[1;31mERROR${ESC}[0m: ${ESC}[33mdisk${ESC}[0m full`, 'error: disk')).toEqual([[0, 0]]);
    expect(search(`${ESC}[31mred${ESC}[0m`, '31m')).toEqual([]);
    expect(search(`${ESC}[32m[ok]${ESC}[0m started`, 'started')).toEqual([[0, 5]]);
  });

  it('searches what a progress bar ended as, not what it overwrote', () => {
    expect(search('waiting...\rdone      ', 'waiting')).toEqual([]);
    expect(search('waiting...\rdone      ', 'done')).toEqual([[0, 0]]);
  });

  it('counts matches that do not overlap, several on one line', () => {
    expect(search('aaaa', 'aa')).toEqual([
      [0, 0],
      [0, 2],
    ]);
    expect(search('ok ok ok', 'ok')).toHaveLength(3);
  });

  it('finds nothing for an empty query or a query that is not there', () => {
    expect(search('anything', '')).toEqual([]);
    expect(search('anything', 'missing')).toEqual([]);
    expect(search('', 'x')).toEqual([]);
  });

  it('matches across the line boundary never, since lines are joined with a newline', () => {
    expect(search('end\nstart', 'endstart')).toEqual([]);
  });

  it('keeps columns right when lower-casing would lengthen a character (İ)', () => {
    expect(search('İstanbul error', 'error')).toEqual([[0, 9]]);
    expect(search('ÄÖÜ straße', 'äöü')).toEqual([[0, 0]]);
  });
});

describe('foldCase', () => {
  it('keeps the length so offsets stay valid', () => {
    for (const text of ['Hello', 'İİ dotted', 'ÀÉÎ', '']) expect(foldCase(text)).toHaveLength(text.length);
    expect(foldCase('İx')).toBe('İx');
  });
});

describe('matchesOnLine and stepMatch', () => {
  it('returns the range of matches on a line', () => {
    const matches = findMatches(searchIndexFor(parseAnsi('x\nxx\n\nx')), 'x');
    expect(matchesOnLine(matches, 0)).toEqual([0, 1]);
    expect(matchesOnLine(matches, 1)).toEqual([1, 3]);
    expect(matchesOnLine(matches, 2)).toEqual([3, 3]);
    expect(matchesOnLine(matches, 3)).toEqual([3, 4]);
  });

  it('steps forwards and backwards with wrap-around', () => {
    expect(stepMatch(3, 0, 1)).toBe(1);
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});

describe('searchIndexFor', () => {
  it('holds the plain text that Copy and Download hand out', () => {
    expect(searchIndexFor(parseAnsi(`${ESC}[32mok${ESC}[0m\r\nsecond\n`)).plain).toBe('ok\nsecond');
  });
});
