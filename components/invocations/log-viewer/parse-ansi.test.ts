import { describe, expect, it } from 'vitest';

import { type AnsiLine, lineText, type StoredLine, toAnsiLine } from '@/components/invocations/log-viewer/ansi-types';
import { parseAnsi, parseChunk, START } from '@/components/invocations/log-viewer/parse-ansi';

const ESC = '\x1b';
const texts = (lines: AnsiLine[]) => lines.map((line) => line.text);
const only = (text: string): AnsiLine => {
  const lines = parseAnsi(text);
  expect(lines).toHaveLength(1);
  return lines[0] as AnsiLine;
};

describe('line splitting', () => {
  it('splits on \\n and \\r\\n, and a final line break adds no empty line', () => {
    expect(texts(parseAnsi('one\ntwo\r\nthree\n'))).toEqual(['one', 'two', 'three']);
    expect(texts(parseAnsi('last line without a break'))).toEqual(['last line without a break']);
  });

  it('keeps blank lines in the middle and gives nothing for empty output', () => {
    expect(texts(parseAnsi('a\n\n\nb'))).toEqual(['a', '', '', 'b']);
    expect(parseAnsi('')).toEqual([]);
    expect(texts(parseAnsi('\n'))).toEqual(['']);
  });

  it('keeps tabs and non-ASCII text as they are', () => {
    expect(texts(parseAnsi('名前\tväärtus ✓\n'))).toEqual(['名前\tväärtus ✓']);
  });
});

describe('carriage return without a line feed', () => {
  it('shows the last state of a progress bar', () => {
    expect(texts(parseAnsi('Progress 10%\rProgress 55%\rProgress 100%\nDone'))).toEqual(['Progress 100%', 'Done']);
  });

  it('overwrites from the start of the line, as a terminal does', () => {
    expect(only('abcdef\rXY').text).toBe('XYcdef');
  });

  it('clears the rest of the line on ESC [ K, the usual companion of \\r', () => {
    expect(only(`Downloading 45%\r${ESC}[KDone`).text).toBe('Done');
    expect(only(`Downloading 45%\r${ESC}[2KDone`).text).toBe('Done');
  });

  it('treats trailing \\r before the end as nothing to overwrite', () => {
    expect(texts(parseAnsi('kept\r\r\nkept too\r'))).toEqual(['kept', 'kept too']);
  });

  it('moves the cursor with backspace and ESC [ n G (npm-style progress)', () => {
    expect(only('ab\bX').text).toBe('aX');
    expect(only(`[....]${ESC}[1G[##..]`).text).toBe('[##..]');
    expect(only(`x${ESC}[5Gy`).text).toBe('x   y');
  });

  it('keeps the colours of the characters that survive', () => {
    expect(only(`${ESC}[31mredred${ESC}[0m\rok`)).toEqual({ text: 'okdred', spans: [{ start: 2, end: 6, style: { fg: 1 } }] });
  });
});

describe('SGR colours and attributes', () => {
  it('renders the 8 colours, their bright versions and backgrounds', () => {
    expect(only(`${ESC}[31mred${ESC}[0m plain`).spans).toEqual([{ start: 0, end: 3, style: { fg: 1 } }]);
    expect(only(`${ESC}[92mok`).spans[0]?.style).toEqual({ fg: 10 });
    expect(only(`${ESC}[44mblue`).spans[0]?.style).toEqual({ bg: 4 });
    expect(only(`${ESC}[103mbright`).spans[0]?.style).toEqual({ bg: 11 });
  });

  it('combines attributes in one sequence and turns each off on its own', () => {
    const line = only(`${ESC}[1;3;4;9mall${ESC}[22mno-bold${ESC}[23;24;29mnone`);
    expect(line.text).toBe('allno-boldnone');
    expect(line.spans).toEqual([
      { start: 0, end: 3, style: { bold: true, italic: true, underline: true, strike: true } },
      { start: 3, end: 10, style: { italic: true, underline: true, strike: true } },
    ]);
  });

  it('resets on ESC [ 0 m and on the bare ESC [ m', () => {
    expect(only(`${ESC}[32mg${ESC}[mplain`).spans).toEqual([{ start: 0, end: 1, style: { fg: 2 } }]);
    expect(only(`${ESC}[1;32mg${ESC}[0mplain`).spans).toEqual([{ start: 0, end: 1, style: { bold: true, fg: 2 } }]);
  });

  it('resets the colour alone on 39 and 49, keeping bold', () => {
    expect(only(`${ESC}[1;31;42mx${ESC}[39;49my`).spans).toEqual([
      { start: 0, end: 1, style: { bold: true, fg: 1, bg: 2 } },
      { start: 1, end: 2, style: { bold: true } },
    ]);
  });

  it('reads 256-colour and truecolour, with semicolons or colons', () => {
    expect(only(`${ESC}[38;5;208mx`).spans[0]?.style).toEqual({ fg: 208 });
    expect(only(`${ESC}[48;5;22mx`).spans[0]?.style).toEqual({ bg: 22 });
    expect(only(`${ESC}[38;2;255;136;0mx`).spans[0]?.style).toEqual({ fg: '#ff8800' });
    expect(only(`${ESC}[38:5:208mx`).spans[0]?.style).toEqual({ fg: 208 });
    expect(only(`${ESC}[38:2::255:136:0mx`).spans[0]?.style).toEqual({ fg: '#ff8800' });
    expect(only(`${ESC}[48:2:1:2:3mx`).spans[0]?.style).toEqual({ bg: '#010203' });
  });

  it('does not read the numbers of an extended colour as codes of their own', () => {
    // 38;5;1 is palette red, not "bold"; 38;2;4;4;4 is a grey, not three underlines.
    expect(only(`${ESC}[38;5;1mx`).spans[0]?.style).toEqual({ fg: 1 });
    expect(only(`${ESC}[38;2;4;4;4;1mx`).spans[0]?.style).toEqual({ fg: '#040404', bold: true });
    expect(only(`${ESC}[58;5;9;3mx`).spans[0]?.style).toEqual({ italic: true }); // underline colour ignored
  });

  it('ignores colours out of range and codes it cannot show', () => {
    expect(only(`${ESC}[38;5;300mx`).spans).toEqual([]);
    expect(only(`${ESC}[38;2;1;2mx`).spans).toEqual([]);
    expect(only(`${ESC}[5;8;53mx`).spans).toEqual([]);
  });

  it('keeps inverse and dim', () => {
    expect(only(`${ESC}[2;7mx${ESC}[27my`).spans).toEqual([
      { start: 0, end: 1, style: { dim: true, inverse: true } },
      { start: 1, end: 2, style: { dim: true } },
    ]);
  });

  it('carries the style over line ends until it is reset', () => {
    const lines = parseAnsi(`${ESC}[32mgreen\nstill green${ESC}[0m\nplain`);
    expect(lines.map((line) => line.spans)).toEqual([
      [{ start: 0, end: 5, style: { fg: 2 } }],
      [{ start: 0, end: 11, style: { fg: 2 } }],
      [],
    ]);
  });

  it('merges touching runs of the same style', () => {
    expect(only(`${ESC}[31mab${ESC}[0m${ESC}[31mcd${ESC}[0m`).spans).toEqual([{ start: 0, end: 4, style: { fg: 1 } }]);
  });
});

describe('escape sequences that are not colours', () => {
  it('drops OSC window titles and hyperlinks but keeps the link text', () => {
    expect(only(`${ESC}]0;my title\x07before ${ESC}]8;;https://example.com${ESC}\\link${ESC}]8;;${ESC}\\ after`).text).toBe('before link after');
  });

  it('drops cursor moves, screen clears, private modes and charset switches', () => {
    expect(only(`${ESC}[2J${ESC}[H${ESC}[?25l${ESC}(Bvisible${ESC}[3A${ESC}[?25h${ESC}7${ESC}8`).text).toBe('visible');
  });

  it('drops a sequence cut short at the end of the output (Alibaba cuts at a byte count)', () => {
    expect(only(`last words${ESC}[38;5;2`).text).toBe('last words');
    expect(only(`last words${ESC}`).text).toBe('last words');
    expect(only(`title ${ESC}]0;unterminated`).text).toBe('title ');
  });

  it('ends an unterminated sequence at the line end, so later lines still show', () => {
    expect(texts(parseAnsi(`a${ESC}]0;oops\nb`))).toEqual(['a', 'b']);
  });

  it('drops other control characters (bell, NUL, DEL, C1)', () => {
    expect(only('a\x07b\x00c\x7fd\x85e').text).toBe('abcde');
    expect(only('\x9b31mred').spans[0]?.style).toEqual({ fg: 1 });
  });
});

describe('parseChunk', () => {
  it('stores unstyled lines as bare strings and styled ones as lines with spans', () => {
    const lines: StoredLine[] = [];
    parseChunk(`plain\n${ESC}[31mred${ESC}[0m\n${ESC}]0;title\x07also plain`, START, lines, Infinity, Infinity);
    expect(lines).toEqual(['plain', { text: 'red', spans: [{ start: 0, end: 3, style: { fg: 1 } }] }, 'also plain']);
  });

  it('resumes where it stopped, carrying the style, and ends at the text length', () => {
    const text = `${ESC}[33mone\ntwo\n${ESC}[0mthree\nfour`;
    const lines: StoredLine[] = [];
    let state = parseChunk(text, START, lines, 2, Infinity);
    expect(lines).toHaveLength(2);
    expect(state.style).toEqual({ fg: 3 });
    state = parseChunk(text, state, lines, 2, Infinity);
    expect(state.pos).toBe(text.length);
    expect(lines.map(toAnsiLine)).toEqual(parseAnsi(text));
  });

  it('stops after the character budget but always makes progress', () => {
    const lines: StoredLine[] = [];
    const state = parseChunk('a long first line\nb\nc', START, lines, Infinity, 1);
    expect(lines.map(lineText)).toEqual(['a long first line']);
    expect(state.pos).toBe(18);
  });
});
