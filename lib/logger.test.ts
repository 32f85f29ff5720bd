import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { logger, scrubText } from '@/lib/logger';
import { routeConsoleToLogger } from '@/lib/observability/console';
import { withContext } from '@/lib/observability/context';
import { prettyLine } from '@/lib/observability/pretty';

/** The app's logger as it writes: JSON lines on the console, secrets masked, the request context on each line. */
let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'info').mockImplementation((text: unknown) => void out.push(String(text)));
  vi.spyOn(console, 'error').mockImplementation((text: unknown) => void err.push(String(text)));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('logger', () => {
  it('writes one JSON line: time, level, message, context and fields; warnings on stderr', () => {
    withContext({ reqId: 'req-test-0001', launchId: 'launch-1' }, () => logger.info('batch sent', { invokeId: 't-123' }));
    logger.warn('not ready', { database: 'ok' });
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0] ?? '') as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'info', message: 'batch sent', reqId: 'req-test-0001', launchId: 'launch-1', invokeId: 't-123' });
    expect(Date.parse(String(line.time))).not.toBeNaN();
    expect(JSON.parse(err[0] ?? '')).toMatchObject({ level: 'warn', message: 'not ready' });
  });

  it('masks every field whose name looks like a secret, however deep', () => {
    logger.info('signed', {
      accessKeySecret: 'AKS-DO-NOT-LOG-1',
      request: { headers: { Authorization: 'ACS3-HMAC-SHA256 DO-NOT-LOG-2', cookie: 'invokedeck_session=DO-NOT-LOG-3' } },
      parameters: [{ name: 'registry', registry_token: 'DO-NOT-LOG-4' }],
      password: 'DO-NOT-LOG-5',
      region: 'cn-shanghai',
    });
    const written = out.join('\n');
    expect(written).not.toMatch(/DO-NOT-LOG/);
    expect(written).toContain('"region":"cn-shanghai"');
    expect(written).toContain('"accessKeySecret":"***"');
  });

  it('leaves out what is below LOG_LEVEL', () => {
    vi.stubEnv('LOG_LEVEL', 'warn');
    logger.info('quiet');
    logger.error('loud');
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
  });

  it('routes console messages (Next’s, a library’s) into JSON lines with secret-looking values masked', () => {
    // eslint-disable-next-line no-console -- saved to be put back after routing
    const originals = { log: console.log, info: console.info, debug: console.debug, warn: console.warn, error: console.error };
    try {
      routeConsoleToLogger();
      // eslint-disable-next-line no-console
      console.log('connecting with password=hunter2-DO-NOT-LOG and Signature: abc-DO-NOT-LOG');
      console.warn('a %s warning', 'formatted');
    } finally {
      Object.assign(console, originals);
      delete (globalThis as { invokedeckConsole?: unknown }).invokedeckConsole;
    }
    expect(out.join('\n')).not.toContain('DO-NOT-LOG');
    expect(JSON.parse(out[0] ?? '')).toMatchObject({ level: 'info', source: 'console', message: 'connecting with password=*** and Signature: ***' });
    expect(JSON.parse(err[0] ?? '')).toMatchObject({ level: 'warn', message: 'a formatted warning' });
  });

  it('prints lines for a person when LOG_FORMAT=pretty', () => {
    vi.stubEnv('LOG_FORMAT', 'pretty');
    withContext({ reqId: 'req-test-0002' }, () => logger.info('action', { endpoint: 'launchCommand', durationMs: 12 }));
    expect(out[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO  action reqId=req-test-0002 endpoint=launchCommand durationMs=12$/);
    expect(prettyLine('not json')).toBe('not json');
  });

  it('scrubs key=value and key: value secrets in free text, not ordinary words', () => {
    expect(scrubText('token=abc secret: "xyz" AccessKeySecret=q1 tokens are fine')).toBe('token=*** secret: "***" AccessKeySecret=*** tokens are fine');
  });
});
