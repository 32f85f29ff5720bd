import { cannedUnix } from './canned-unix';
import type { ScriptContext, ScriptResult, StepResult } from './script-context';

const BLOCK_OPEN = /^(if|for|while|until|case)\b|\(\)\s*\{\s*$/;
const BLOCK_CLOSE = /^(fi|done|esac|\})\b/;

/**
 * Read a shell script the way a person skimming it would, without running anything:
 * `echo` lines print, `exit N` ends it, `sleep N` takes time, `set -e` stops at the
 * first failing step, known commands print a plausible line. Conditionals and loops
 * cannot be evaluated without running, so their bodies are skipped.
 */
export function simulateShell(content: string, ctx: ScriptContext): ScriptResult {
  const result: ScriptResult = { lines: [], exitCode: 0, seconds: 0, freesDisk: false };
  let errexit = false;
  let depth = 0;
  for (const rawLine of content.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    if (depth > 0 || BLOCK_OPEN.test(line)) {
      if (BLOCK_OPEN.test(line)) depth++;
      if (BLOCK_CLOSE.test(line) || /;\s*(fi|done)\s*$/.test(line)) depth--;
      continue;
    }
    if (/^set\s+-\w*e/.test(line) || /^set\s+-o\s+errexit/.test(line)) errexit = true;
    for (const chain of line.split(/\s*(?:&&|;)\s*/)) {
      const step = runPipeline(chain, ctx);
      if (step === 'exit') return result;
      result.lines.push(...(step.lines ?? []));
      result.seconds += step.seconds ?? 0;
      result.freesDisk ||= step.freesDisk ?? false;
      result.exitCode = step.exitCode ?? 0;
      if (typeof step.exitCode === 'number' && step.exitCode !== 0 && (errexit || step.exit)) return result;
    }
  }
  return result;

  function runPipeline(text: string, context: ScriptContext): (StepResult & { exit?: boolean }) | 'exit' {
    const segments = text.split(/\s+\|\s+/);
    const last = segments[segments.length - 1] ?? '';
    const exitMatch = /^exit(?:\s+(-?\d+))?\s*$/.exec(last);
    if (exitMatch) {
      result.exitCode = Number(exitMatch[1] ?? result.exitCode);
      return 'exit';
    }
    return runCommand(expand(last, context), context);
  }
}

function runCommand(text: string, ctx: ScriptContext): StepResult & { exit?: boolean } {
  const redirected = /(^|\s)\d?>\s*(?!&)\S+/.test(text);
  const clean = text.replace(/\s*\d?>&\d\s*/g, ' ').trim();
  const [command = '', ...rest] = clean.split(/\s+/);
  const args = rest.join(' ');
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(command)) return {};
  let step: StepResult;
  switch (command) {
    case 'echo':
      step = { lines: [unquote(args.replace(/^-[neE]+\s+/, ''))] };
      break;
    case 'printf':
      step = { lines: unquote(args).replace(/\\n$/, '').split('\\n') };
      break;
    case 'sleep':
      step = { seconds: Number.parseFloat(args) || 0 };
      break;
    case 'false':
      step = { exitCode: 1 };
      break;
    case 'true':
    case ':':
    case 'cd':
    case 'set':
    case 'export':
      step = {};
      break;
    default:
      step = cannedUnix(command.replace(/^.*\//, ''), args, ctx);
  }
  return redirected ? { ...step, lines: [] } : step;
}

function expand(text: string, ctx: ScriptContext): string {
  return text
    .replace(/\$\(hostname\)|`hostname`|\$\{?HOSTNAME\}?/g, ctx.instance.hostName)
    .replace(/\$\(whoami\)|`whoami`|\$\{?USER\}?/g, ctx.username)
    .replace(/\$\(pwd\)|\$\{?PWD\}?/g, ctx.workingDir)
    .replace(/\$\(date[^)]*\)/g, new Date(ctx.startedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'));
}

export function unquote(text: string): string {
  return text.replace(/^(['"])(.*)\1$/s, '$2').replace(/(^|[^\\])["']/g, '$1');
}
