import type { StreamParser, StringStream } from '@codemirror/language';

/**
 * Windows batch (.bat) for CodeMirror's stream parser: no maintained mode exists, and a run
 * only needs enough to read a script at a glance: comments, labels, variables, strings,
 * the words that steer control flow, and the commands at the start of a statement.
 */

interface BatchState {
  /** The next word starts a statement (start of line, after `&`, `|`, `(`, `do`, `else`). */
  atCommand: boolean;
  /** Inside `echo`'s text, where words are not keywords. */
  inEcho: boolean;
  inString: boolean;
}

const KEYWORDS = new Set(['if', 'else', 'for', 'in', 'do', 'goto', 'call', 'exit', 'not', 'exist', 'defined', 'errorlevel', 'cmdextversion']);
const COMPARISONS = new Set(['equ', 'neq', 'lss', 'leq', 'gtr', 'geq']);
const COMMANDS = new Set([
  'echo', 'set', 'setlocal', 'endlocal', 'shift', 'pushd', 'popd', 'cd', 'chdir', 'cls', 'pause', 'title', 'start', 'copy', 'xcopy', 'robocopy',
  'del', 'erase', 'move', 'ren', 'rename', 'md', 'mkdir', 'rd', 'rmdir', 'type', 'dir', 'timeout', 'choice', 'findstr', 'find', 'where',
  'powershell', 'net', 'sc', 'reg', 'taskkill', 'tasklist', 'icacls', 'msiexec', 'schtasks', 'wmic', 'netsh', 'ping', 'hostname', 'whoami',
]);
/** Words after which the next word starts a statement again. */
const STATEMENT_STARTERS = new Set(['do', 'else']);

// `%VAR%` (with `:~0,5` or `:a=b` edits), `%1`, `%*`, `%~dp0`, loop variables `%%i` / `%%~nxi`, delayed `!VAR!`.
const VARIABLE = /^(?:%%(?:~[a-z$:]*)?[a-z]|%~[a-z$:]*[0-9]|%[0-9*]|%[^%\s"]+%|![^!\s"]+!)/i;

function tokenInString(stream: StringStream, state: BatchState): string {
  if (stream.match(VARIABLE)) return 'variable-2';
  while (!stream.eol()) {
    const next = stream.next();
    if (next === '"') {
      state.inString = false;
      break;
    }
    if (stream.match(VARIABLE, false)) break;
  }
  if (stream.eol()) state.inString = false;
  return 'string';
}

function tokenWord(word: string, state: BatchState): string | null {
  const lower = word.toLowerCase();
  const atCommand = state.atCommand;
  state.atCommand = STATEMENT_STARTERS.has(lower);
  if (state.inEcho) return null;
  if (KEYWORDS.has(lower)) return 'keyword';
  if (COMPARISONS.has(lower)) return 'operator';
  if (atCommand && COMMANDS.has(lower.replace(/^@/, ''))) {
    state.inEcho = lower.replace(/^@/, '') === 'echo';
    return 'builtin';
  }
  if (/^\d+$/.test(word)) return 'number';
  if (word.startsWith('/')) return 'attribute';
  return null;
}

export const batch: StreamParser<BatchState> = {
  name: 'batch',
  startState: () => ({ atCommand: true, inEcho: false, inString: false }),
  token(stream, state) {
    if (stream.sol()) {
      state.atCommand = true;
      state.inEcho = false;
      state.inString = false;
    }
    if (state.inString) return tokenInString(stream, state);
    if (stream.eatSpace()) return null;
    if (state.atCommand) {
      if (stream.match(/^@?rem(?=\s|$)/i) || stream.match('::')) {
        stream.skipToEnd();
        return 'comment';
      }
      if (stream.match(/^:[^\s:]+/)) return 'labelName';
    }
    if (stream.match(VARIABLE)) {
      state.atCommand = false;
      return 'variable-2';
    }
    if (stream.eat('"')) {
      state.inString = !stream.eol();
      state.atCommand = false;
      return 'string';
    }
    if (stream.match(/^(?:\|\||&&|[|&(])/)) {
      state.atCommand = true;
      state.inEcho = false;
      return 'operator';
    }
    if (stream.match(/^(?:[0-9]?>>?(?:&[0-9])?|<|==?|\))/)) {
      state.inEcho = false;
      return 'operator';
    }
    const word = stream.match(/^[^\s"%!|&<>()=]+/);
    if (word && typeof word !== 'boolean') return tokenWord(word[0], state);
    stream.next();
    return null;
  },
  languageData: { commentTokens: { line: 'REM' } },
};
