import type { Generated } from 'kysely';

/**
 * The database's tables as Kysely sees them. Both SQLite and PostgreSQL run the same
 * migrations, so the types stay portable: times are ISO-8601 UTC strings (they sort
 * correctly as text), booleans are 0/1 integers, structured values are JSON text.
 */

import { type Role } from '@/lib/accounts/roles';

export type { Role };

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  disabled: number;
  created_at: string;
  updated_at: string;
  last_sign_in_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  user_agent: string | null;
}

export interface LoginThrottleTable {
  /** `user:<name>` or `ip:<address>`. */
  key: string;
  failures: number;
  first_failure_at: string;
  locked_until: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  target: string | null;
  /** JSON text; never holds secrets. */
  detail: string | null;
  /** The client address (TRUSTED_PROXIES decides which header to believe), when known. */
  source_ip: string | null;
  user_agent: string | null;
}

export type SendStatus = 'sending' | 'sent' | 'partial' | 'failed';
export type BatchStatus = 'pending' | 'sent' | 'failed';

export interface LaunchesTable {
  id: string;
  created_at: string;
  created_by: string;
  created_by_username: string;
  region_id: string;
  command_id: string;
  command_name: string;
  command_type: string;
  repeat_mode: string;
  frequency: string | null;
  instance_count: number;
  batch_count: number;
  /** JSON of the launch draft with secret parameter values blanked. */
  draft: string;
  send_status: SendStatus;
  /** Aggregate InvocationStatus as last seen (Pending until first polled). */
  status: string;
  status_updated_at: string | null;
  preset_id: string | null;
}

export interface LaunchBatchesTable {
  id: string;
  launch_id: string;
  batch_index: number;
  region_id: string;
  client_token: string;
  /** JSON array of instance IDs. */
  instance_ids: string;
  status: BatchStatus;
  invoke_id: string | null;
  request_id: string | null;
  error_code: string | null;
  error_message: string | null;
  attempts: number;
  sent_at: string | null;
  updated_at: string;
  /** The invocation's aggregate InvocationStatus as last seen, or Expired once Alibaba forgot it. */
  invocation_status: string | null;
  /** JSON InvocationSnapshot: what the review page shows when the API no longer knows the InvokeId. */
  snapshot: string | null;
  snapshot_at: string | null;
}

export interface PresetsTable {
  id: string;
  slug: string;
  name: string;
  description: string;
  current_version: number;
  created_at: string;
  created_by_username: string;
  updated_at: string;
  updated_by_username: string;
  deleted_at: string | null;
  deleted_by_username: string | null;
}

export interface PresetVersionsTable {
  id: Generated<number>;
  preset_id: string;
  version: number;
  name: string;
  description: string;
  /** JSON of the preset payload; holds no secret value. */
  payload: string;
  /** What this version changed, in words ("Created", "Renamed", "Restored version 2"). */
  change: string;
  created_at: string;
  created_by_username: string;
}

export interface Database {
  presets: PresetsTable;
  preset_versions: PresetVersionsTable;
  launches: LaunchesTable;
  launch_batches: LaunchBatchesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
}
