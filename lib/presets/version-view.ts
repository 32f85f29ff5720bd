import { describePayload, type PayloadRow } from './describe';
import { diffContent, type FieldChange, type PresetContentView } from './diff';
import { readStoredPayload } from './payload';

/** One entry of a preset's history, ready to show: what it held and what it changed. */
export interface VersionView {
  version: number;
  name: string;
  description: string;
  change: string;
  createdBy: string;
  createdAt: string;
  current: boolean;
  /** Null when the stored payload cannot be read. */
  held: PayloadRow[] | null;
  /** Against the version before it; null for the first one or when either is unreadable. */
  changed: FieldChange[] | null;
  /** What restoring it would change in the current version; null for the current one. */
  restoreChanges: FieldChange[] | null;
}

interface VersionRowLike {
  version: number;
  name: string;
  description: string;
  payload: string;
  change: string;
  created_by_username: string;
  created_at: string;
}

/** `rows` newest first, as the database lists them. */
export function toVersionViews(rows: readonly VersionRowLike[], currentVersion: number): VersionView[] {
  const contents = new Map<number, PresetContentView | null>(
    rows.map((row) => {
      const payload = readStoredPayload(row.payload);
      return [row.version, payload ? { name: row.name, description: row.description, payload } : null];
    }),
  );
  const current = contents.get(currentVersion) ?? null;
  return rows.map((row, index) => {
    const content = contents.get(row.version) ?? null;
    const previousRow = rows[index + 1];
    const previous = previousRow ? contents.get(previousRow.version) ?? null : null;
    return {
      version: row.version,
      name: row.name,
      description: row.description,
      change: row.change,
      createdBy: row.created_by_username,
      createdAt: row.created_at,
      current: row.version === currentVersion,
      held: content ? describePayload(content.payload) : null,
      changed: content && previous ? diffContent(previous, content) : null,
      restoreChanges: content && current && row.version !== currentVersion ? diffContent(current, content) : null,
    };
  });
}
