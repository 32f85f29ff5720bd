import { format } from 'node:util';

import { logger, scrubText } from '@/lib/logger';

type Method = 'log' | 'info' | 'debug' | 'warn' | 'error';

const LEVELS: Record<Method, 'debug' | 'info' | 'warn' | 'error'> = { log: 'info', info: 'info', debug: 'debug', warn: 'warn', error: 'error' };

const holder = globalThis as unknown as { invokedeckConsole?: { info: typeof console.info; error: typeof console.error } };

/**
 * Make everything this process writes through the console (Next's own messages, a library's
 * warning) a JSON line of our logger, with the request context and secret-looking values masked.
 * The logger itself then writes through the console's original methods, kept on globalThis.
 */
export function routeConsoleToLogger(): void {
  if (holder.invokedeckConsole) return;
  holder.invokedeckConsole = { info: console.info.bind(console), error: console.error.bind(console) };
  for (const method of Object.keys(LEVELS) as Method[]) {
    const level = LEVELS[method];
    // Replacing the methods is the point here: nothing is printed through them.
    // eslint-disable-next-line no-console
    console[method] = (...args: unknown[]) => logger[level](scrubText(format(...args)), { source: 'console' });
  }
}

/** A message for a person at the terminal, outside the JSON stream (the first admin's one-time password). */
export function writePlain(text: string): void {
  (holder.invokedeckConsole ?? console).info(text);
}
