import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';

import next from 'next';

import { EDGE_KEY_ENV, rewriteForwarding } from '@/lib/http/forwarded';
import { clientOrigin, parseTrustedProxies } from '@/lib/http/trusted-proxies';
import { logger } from '@/lib/logger';
import { routeConsoleToLogger } from '@/lib/observability/console';
import { REQUEST_ID_HEADER, withOwnContext } from '@/lib/observability/context';
import { observeHttp } from '@/lib/observability/metrics';
import { settleRequestId } from '@/lib/observability/request-id';

/**
 * The dashboard's HTTP server: Next's request handler behind our own, so the client address is
 * decided from the socket and TRUSTED_PROXIES before Next or the app sees a request. (`next
 * start` keeps a caller's X-Forwarded-For as it came, and the app cannot reach the socket.)
 * Started by lib/runtime/start.ts; `--dev` serves the development build.
 */
async function main(): Promise<void> {
  // Everything this process writes, Next's own messages included, becomes a JSON log line.
  routeConsoleToLogger();
  const dev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOST ?? '0.0.0.0';
  const trust = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  // Made here, in the process Next runs in: the app believes the client header only with it.
  const edgeKey = randomBytes(24).toString('base64url');
  process.env[EDGE_KEY_ENV] = edgeKey;

  const app = next({ dev, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    const started = performance.now();
    const { peerTrusted } = clientOrigin(trust, req.socket.remoteAddress);
    rewriteForwarding(req.headers, { remoteAddress: req.socket.remoteAddress, encrypted: 'encrypted' in req.socket && req.socket.encrypted === true }, trust, edgeKey);
    const requestId = settleRequestId(req.headers, peerTrusted);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.on('finish', () => observeHttp(requestKind(req.method, req.url, req.headers), req.method ?? 'GET', res.statusCode, (performance.now() - started) / 1000));
    // The request's context follows everything Next does for it, down to each ECS call's log line.
    withOwnContext({ reqId: requestId }, () => void handle(req, res));
  });
  if (dev) {
    const upgrade = app.getUpgradeHandler();
    server.on('upgrade', (req, socket, head) => void upgrade(req, socket, head));
  }
  // Longer than a load balancer's idle timeout (60 s on most), so the balancer closes first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));

  const stop = () => {
    server.close(() => void app.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** A label of few values for the HTTP histogram: never the path itself. */
function requestKind(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string {
  const path = url ?? '/';
  if (path.startsWith('/_next/')) return 'asset';
  if (method === 'POST' && headers['next-action']) return 'action';
  if (path.startsWith('/api/')) return 'api';
  return 'page';
}

main().catch((error: unknown) => {
  logger.error('the server did not start', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
