export { type AnsiColor, type AnsiLine, type AnsiSpan, type AnsiStyle } from '@/components/invocations/log-viewer/ansi-types';
export { LogViewer, type LogViewerProps } from '@/components/invocations/log-viewer/log-viewer';
export { parseAnsi } from '@/components/invocations/log-viewer/parse-ansi';
