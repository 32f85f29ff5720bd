import { hostname } from 'node:os';

import pino, { type Logger } from 'pino';

import { currentContext } from '@/lib/observability/context';

import { prettyLine } from './observability/pretty';

/**
 * The server's one logger (pino): one JSON line per event, debug and info on stdout, warn and
 * error on stderr, each with the request context (reqId, launchId, batch) when there is one.
 * Callers pass only values that are safe to keep; `redact` masks anything whose key looks like
 * a secret as a second line of defence. LOG_FORMAT=pretty prints lines for a person instead.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEY = /secret|password|token|signature|authorization|credential|accesskey|cookie/i;

function threshold(): number {
  const level = (process.env.LOG_LEVEL ?? 'info') as Level;
  return ORDER[level] ?? ORDER.info;
}

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? '***' : redact(inner, depth + 1)]),
  );
}

/** Free text we did not write (a library's console message): `password=…`, `Signature: …` and the like are masked. */
export function scrubText(text: string): string {
  return text.replace(/\b([\w-]*(?:secret|password|token|signature|authorization|accesskey)[\w-]*)(["']?\s*[=:]\s*["']?)[^\s"',;&]+/gi, '$1$2***');
}

/**
 * Where lines go. Through the console while nobody has routed the console into this logger (so
 * tests can capture lines); once lib/observability/console.ts has, through the console's
 * original methods, which it keeps on globalThis, so a line is never logged twice.
 */
const routed = globalThis as unknown as { invokedeckConsole?: { info: typeof console.info; error: typeof console.error } };

function emit(stream: 'out' | 'err', line: string): void {
  const text = process.env.LOG_FORMAT === 'pretty' ? prettyLine(line) : line.replace(/\n$/, '');
  const target = routed.invokedeckConsole ?? console;
  if (stream === 'err') target.error(text);
  else target.info(text);
}

function make(stream: 'out' | 'err'): Logger {
  return pino(
    {
      level: 'debug',
      messageKey: 'message',
      base: { pid: process.pid, hostname: hostname() },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => redact(fields) as Record<string, unknown>,
      },
      mixin: () => ({ ...currentContext() }),
    },
    { write: (line: string) => emit(stream, line) },
  );
}

const sinks = { out: make('out'), err: make('err') };

function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (ORDER[level] < threshold()) return;
  const sink = level === 'warn' || level === 'error' ? sinks.err : sinks.out;
  sink[level](fields ?? {}, message);
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
};
