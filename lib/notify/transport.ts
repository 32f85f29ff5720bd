import 'server-only';

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { type LookupFunction } from 'node:net';

import { type OutgoingRequest } from './formats';
import { addressProblem } from './url-policy';

export interface PostOptions {
  timeoutMs: number;
  allowPrivate: boolean;
}

export interface PostAnswer {
  statusCode: number;
  /** The first few KB of the answer: chat robots put their error code there. */
  body: string;
}

/** A failed post, worded without the URL (it may hold a token). */
export class TransportError extends Error {
  override readonly name = 'TransportError';
}

export type Poster = (request: OutgoingRequest, options: PostOptions) => Promise<PostAnswer>;

const BODY_LIMIT = 4_096;

const CODES: Record<string, string> = {
  ECONNREFUSED: 'The receiver refused the connection.',
  ECONNRESET: 'The receiver closed the connection.',
  ENOTFOUND: 'The host name does not resolve.',
  EAI_AGAIN: 'The host name could not be resolved just now.',
  ETIMEDOUT: 'The receiver did not answer in time.',
  EHOSTUNREACH: 'The receiver cannot be reached.',
  ENETUNREACH: 'The receiver cannot be reached.',
  CERT_HAS_EXPIRED: 'The receiver\u2019s TLS certificate has expired.',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'The receiver\u2019s TLS certificate is self-signed.',
  ERR_TLS_CERT_ALTNAME_INVALID: 'The receiver\u2019s TLS certificate does not name its host.',
};

/**
 * One POST, no redirects followed, a short deadline for the whole exchange, and the address
 * checked at connection time (url-policy), so a name re-pointed at an internal host is refused.
 */
export const postWebhook: Poster = (outgoing, options) =>
  new Promise<PostAnswer>((resolve, reject) => {
    const url = new URL(outgoing.url);
    const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
      dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses: LookupAddress[]) => {
        if (error) return callback(error, '', 0);
        const first = addresses[0];
        const refused = first ? addressProblem(first.address, url.protocol, options.allowPrivate) : 'The host name does not resolve.';
        if (refused || !first) return callback(Object.assign(new Error(refused ?? ''), { code: 'EREFUSED_ADDRESS' }), '', 0);
        if (lookupOptions.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, [first]);
        callback(null, first.address, first.family);
      });
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const body = Buffer.from(outgoing.body);
    const req = send(url, { method: 'POST', headers: { ...outgoing.headers, 'Content-Length': String(body.length) }, lookup, timeout: options.timeoutMs });
    const deadline = setTimeout(() => req.destroy(Object.assign(new Error('deadline'), { code: 'ETIMEDOUT' })), options.timeoutMs);
    req.on('timeout', () => req.destroy(Object.assign(new Error('idle'), { code: 'ETIMEDOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(deadline);
      const refused = error.code === 'EREFUSED_ADDRESS' ? error.message : null;
      reject(new TransportError(refused ?? CODES[error.code ?? ''] ?? `The post failed (${error.code ?? 'network error'}).`));
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < BODY_LIMIT) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', () => {
        clearTimeout(deadline);
        resolve({ statusCode: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, BODY_LIMIT) });
      });
      res.on('error', () => {
        clearTimeout(deadline);
        reject(new TransportError('The receiver\u2019s answer was cut off.'));
      });
    });
    req.end(body);
  });
