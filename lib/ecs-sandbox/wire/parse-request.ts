import type { IncomingMessage } from 'node:http';
import { decodePairs, type ParamPair } from './percent-encoding';

/** One HTTP request, read in full, before anything is verified. */
export interface ParsedRequest {
  method: string;
  /** Decoded path, e.g. `/` or `/_sandbox/reset`. */
  path: string;
  /** Decoded query pairs, in arrival order. */
  query: ParamPair[];
  /** Decoded `application/x-www-form-urlencoded` body pairs (empty for other bodies). */
  form: ParamPair[];
  /** Header values by lowercase name, repeated headers kept apart. */
  headers: Record<string, string[]>;
  body: Buffer;
  remoteAddress: string;
}

export class BodyTooLargeError extends Error {}

export async function readRequest(req: IncomingMessage, maxBodyBytes: number): Promise<ParsedRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) throw new BodyTooLargeError(`body over ${maxBodyBytes} bytes`);
    chunks.push(buffer);
  }
  const body = Buffer.concat(chunks);
  const rawUrl = req.url ?? '/';
  const questionMark = rawUrl.indexOf('?');
  const rawPath = questionMark === -1 ? rawUrl : rawUrl.slice(0, questionMark);
  const rawQuery = questionMark === -1 ? '' : rawUrl.slice(questionMark + 1);
  const headers: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(req.headersDistinct)) {
    if (values) headers[name.toLowerCase()] = values;
  }
  const contentType = headers['content-type']?.[0]?.toLowerCase() ?? '';
  const form = contentType.startsWith('application/x-www-form-urlencoded') ? decodePairs(body.toString('utf8')) : [];
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: safeDecode(rawPath),
    query: decodePairs(rawQuery),
    form,
    headers,
    body,
    remoteAddress: req.socket.remoteAddress ?? '',
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function firstHeader(request: ParsedRequest, name: string): string | undefined {
  return request.headers[name.toLowerCase()]?.[0];
}

/** Query and form parameters together (V2 signs both; V3 callers may use either). */
export function allParams(request: ParsedRequest): ParamPair[] {
  return [...request.query, ...request.form];
}
