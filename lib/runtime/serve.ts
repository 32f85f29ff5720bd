import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

import next from 'next';

import { EDGE_KEY_ENV, rewriteForwarding } from '@/lib/http/forwarded';
import { parseTrustedProxies } from '@/lib/http/trusted-proxies';

/**
 * The dashboard's HTTP server: Next's request handler behind our own, so the client address is
 * decided from the socket and TRUSTED_PROXIES before Next or the app sees a request. (`next
 * start` keeps a caller's X-Forwarded-For as it came, and the app cannot reach the socket.)
 * Started by lib/runtime/start.ts; `--dev` serves the development build.
 */
async function main(): Promise<void> {
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
    rewriteForwarding(req.headers, { remoteAddress: req.socket.remoteAddress, encrypted: 'encrypted' in req.socket && req.socket.encrypted === true }, trust, edgeKey);
    void handle(req, res);
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
