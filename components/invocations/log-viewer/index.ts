export type { AnsiColor, AnsiLine, AnsiSpan, AnsiStyle } from '@/components/invocations/log-viewer/ansi-types';
export type { LogViewerProps } from '@/components/invocations/log-viewer/log-viewer';
// Loaded on first use (lazy-log-viewer.tsx); the parser and its parts are imported from their own files.
export { LogViewer } from '@/components/invocations/log-viewer/lazy-log-viewer';
