import { requestAction, toQueryParameters, type MaskedInvokeRequest } from '@/lib/invoke/request';

/**
 * The request as the official SDK sends it (reference §1b–1c): V3 signature, POST /, every
 * parameter in the query string, empty body. The per-call values (date, nonce, key ID,
 * signature) are shown as placeholders, so the preview is pure and leaks nothing.
 */
export interface HttpRequestPreview {
  method: 'POST';
  url: string;
  host: string;
  /** Every query parameter, not encoded, in the order sent. */
  query: Array<[string, string]>;
  headers: Array<[string, string]>;
  body: '';
}

export interface HttpPreviewOptions {
  /** host[:port] to show instead of the regional endpoint, e.g. the sandbox's. */
  endpoint?: string;
  protocol?: 'https' | 'http';
}

const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SIGNED_HEADERS = 'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version';

/** Regions whose ECS endpoint breaks the ecs.<region> pattern (the SDK's endpoint map). */
const ENDPOINT_EXCEPTIONS: Readonly<Record<string, string>> = {
  'cn-hangzhou': 'ecs-cn-hangzhou.aliyuncs.com',
};

export function ecsEndpoint(regionId: string): string {
  return ENDPOINT_EXCEPTIONS[regionId] ?? `ecs.${regionId}.aliyuncs.com`;
}

export function toHttpRequest(request: MaskedInvokeRequest, options: HttpPreviewOptions = {}): HttpRequestPreview {
  const host = options.endpoint ?? ecsEndpoint(request.RegionId);
  const query = toQueryParameters(request);
  // The SDK builds its URL with encodeURIComponent (reference §0.4): `! * ' ( )` travel raw;
  // only the signature's canonical form encodes them.
  const search = query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  return {
    method: 'POST',
    url: `${options.protocol ?? 'https'}://${host}/?${search}`,
    host,
    query,
    headers: [
      ['host', host],
      ['x-acs-action', requestAction(request)],
      ['x-acs-version', '2014-05-26'],
      ['x-acs-date', '<UTC time, yyyy-MM-ddTHH:mm:ssZ>'],
      ['x-acs-signature-nonce', '<unique nonce>'],
      ['x-acs-content-sha256', EMPTY_BODY_SHA256],
      ['accept', 'application/json'],
      ['authorization', `ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=${SIGNED_HEADERS},Signature=<signature>`],
    ],
    body: '',
  };
}

/** The preview as an HTTP/1.1 message, for copying. */
export function formatHttpRequest(preview: HttpRequestPreview): string {
  const target = preview.url.slice(preview.url.indexOf('/', preview.url.indexOf('//') + 2));
  const headers = preview.headers.map(([name, value]) => `${name}: ${value}`);
  return [`${preview.method} ${target} HTTP/1.1`, ...headers, '', preview.body].join('\n');
}
