/**
 * LOG_FORMAT=pretty: a JSON log line as a person reads it in a terminal,
 * `12:04:05.120 WARN  ecs call action=InvokeCommand outcome=Throttling reqId=…`. Not for collectors.
 */
const SKIP = new Set(['time', 'level', 'message', 'pid', 'hostname']);

export function prettyLine(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.replace(/\n$/, '');
  }
  const time = typeof record.time === 'string' ? record.time.slice(11, 23) : '';
  const level = String(record.level ?? '').toUpperCase().padEnd(5);
  const fields = Object.entries(record)
    .filter(([key]) => !SKIP.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return [time, level, String(record.message ?? ''), ...fields].filter(Boolean).join(' ');
}
