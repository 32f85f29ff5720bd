import { StringStream } from '@codemirror/language';
import { describe, expect, it } from 'vitest';

import { batch } from './batch-mode';

/** The styled pieces of a script, line by line, as the editor would colour them. */
function tokens(script: string): [string, string][] {
  const state = batch.startState?.(2) ?? { atCommand: true, inEcho: false, inString: false };
  const styled: [string, string][] = [];
  for (const line of script.split('\n')) {
    const stream = new StringStream(line, 4, 2);
    while (!stream.eol()) {
      const style = batch.token(stream, state);
      const text = stream.current();
      if (style) styled.push([text, style]);
      stream.start = stream.pos;
    }
  }
  return styled;
}

describe('batch highlighting', () => {
  it('reads REM and :: lines as comments, whatever the case', () => {
    expect(tokens('REM set x=1\n  rem lower\n@Rem at\n:: double colon')).toEqual([
      ['REM set x=1', 'comment'],
      ['rem lower', 'comment'],
      ['@Rem at', 'comment'],
      [':: double colon', 'comment'],
    ]);
  });

  it('does not take a word that starts with rem for a comment', () => {
    expect(tokens('remove.exe')).toEqual([]);
  });

  it('marks labels and the words of control flow', () => {
    expect(tokens(':retry\nif errorlevel 1 goto retry')).toEqual([
      [':retry', 'labelName'],
      ['if', 'keyword'],
      ['errorlevel', 'keyword'],
      ['1', 'number'],
      ['goto', 'keyword'],
    ]);
  });

  it('marks every form of variable, in strings too', () => {
    expect(tokens('set "OUT=%~dp0logs\\%DATE:~0,4%"')).toEqual([
      ['set', 'builtin'],
      ['"', 'string'],
      ['OUT=', 'string'],
      ['%~dp0', 'variable-2'],
      ['logs\\', 'string'],
      ['%DATE:~0,4%', 'variable-2'],
      ['"', 'string'],
    ]);
    expect(tokens('for %%f in (*.log) do del %%~nxf !count! %1').filter(([, style]) => style === 'variable-2')).toEqual([
      ['%%f', 'variable-2'],
      ['%%~nxf', 'variable-2'],
      ['!count!', 'variable-2'],
      ['%1', 'variable-2'],
    ]);
  });

  it('starts a statement after do, a pipe or &, but not inside echo text', () => {
    expect(tokens('for %%f in (a) do echo if set goto & del x')).toEqual([
      ['for', 'keyword'],
      ['%%f', 'variable-2'],
      ['in', 'keyword'],
      ['(', 'operator'],
      [')', 'operator'],
      ['do', 'keyword'],
      ['echo', 'builtin'],
      ['&', 'operator'],
      ['del', 'builtin'],
    ]);
  });

  it('marks comparisons, redirections and switches', () => {
    expect(tokens('if %n% GEQ 3 exit /b 2>nul')).toEqual([
      ['if', 'keyword'],
      ['%n%', 'variable-2'],
      ['GEQ', 'operator'],
      ['3', 'number'],
      ['exit', 'keyword'],
      ['/b', 'attribute'],
      ['2>', 'operator'],
    ]);
  });

  it('ends a string that is not closed at the end of its line', () => {
    expect(tokens('echo "open\nset x=1')).toEqual([
      ['echo', 'builtin'],
      ['"', 'string'],
      ['open', 'string'],
      ['set', 'builtin'],
      ['=', 'operator'],
      ['1', 'number'],
    ]);
  });
});
