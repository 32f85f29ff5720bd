import { textStream } from './stream';

export type ExportFormat = 'csv' | 'json';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

/**
 * A file to save, streamed: the browser downloads it under `fileStem.<format>` instead of
 * showing it, nothing caches it (it may hold addresses and outputs), and it is never sniffed
 * into something else. `headers` adds what the export wants to say before its body (paging).
 */
export function downloadResponse(format: ExportFormat, fileStem: string, body: AsyncIterable<string>, headers: Record<string, string> = {}): Response {
  const name = `${fileStem.replace(/[^\w.-]+/g, '-')}.${format}`;
  return new Response(textStream(body), {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}
