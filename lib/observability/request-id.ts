import type { IncomingHttpHeaders } from 'node:http';

import { EDGE_KEY_HEADER } from '@/lib/http/forwarded';

import { isRequestId, newRequestId, REQUEST_ID_HEADER } from './context';

/**
 * Settle a request's ID in our HTTP server (lib/runtime/serve.ts): a trusted proxy's
 * X-Request-Id is kept, so one ID follows the request from the edge into our logs; from anyone
 * else it is replaced, so a caller cannot write what it likes into them. The header is set to
 * the result for the app behind.
 */
export function settleRequestId(headers: IncomingHttpHeaders, peerTrusted: boolean): string {
  const sent = headers[REQUEST_ID_HEADER];
  const incoming = Array.isArray(sent) ? sent[0] : sent;
  const id = peerTrusted && isRequestId(incoming) ? incoming : newRequestId();
  headers[REQUEST_ID_HEADER] = id;
  return id;
}

/**
 * The request's ID as our server settled it, when this request came through it (the edge key
 * proves it, as for the client address); otherwise a new one.
 */
export function requestIdOf(read: (name: string) => string | null, edgeKey: string | undefined): string {
  const id = read(REQUEST_ID_HEADER);
  return edgeKey && read(EDGE_KEY_HEADER) === edgeKey && isRequestId(id) ? id : newRequestId();
}
