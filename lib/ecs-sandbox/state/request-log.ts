import { redactParams } from './redact';

/** One API call as the sandbox saw it (tests use the log to prove a call did or did not arrive). */
export interface RequestLogEntry {
  seq: number;
  /** Wall-clock time the request arrived, ISO 8601. */
  time: string;
  action: string;
  regionId: string;
  /** `OK`, an error code, or `ConnectionDropped` for an injected drop. */
  code: string;
  status: number;
  signature: 'v2' | 'v3' | 'none';
  method: string;
  requestId: string;
  durationMs: number;
  /** The operation's parameters (signature parameters left out), `Parameters` values masked. */
  params: Record<string, string>;
}

export interface RequestLogQuery {
  action?: string;
  code?: string;
  /** Only entries with seq greater than this. */
  since?: number;
  limit?: number;
}

/** The most recent calls, in memory only (not persisted), oldest first. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  constructor(private readonly capacity = 5_000) {}

  push(entry: Omit<RequestLogEntry, 'seq'>): RequestLogEntry {
    // Masked here, the one way in, so no caller can log a parameter value by mistake.
    const full = { ...entry, params: redactParams(entry.params), seq: ++this.seq };
    this.entries.push(full);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return full;
  }

  list(query: RequestLogQuery = {}): RequestLogEntry[] {
    const matching = this.entries.filter(
      (entry) =>
        (!query.action || entry.action === query.action) &&
        (!query.code || entry.code === query.code) &&
        (query.since === undefined || entry.seq > query.since),
    );
    return query.limit ? matching.slice(-query.limit) : matching;
  }

  /** Empty the log; sequence numbers keep counting so `since` stays meaningful. */
  clear(): void {
    this.entries = [];
  }

  get lastSeq(): number {
    return this.seq;
  }
}
