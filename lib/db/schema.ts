import type { Generated } from 'kysely';

/**
 * The database's tables as Kysely sees them. Both SQLite and PostgreSQL run the same
 * migrations, so the types stay portable: times are ISO-8601 UTC strings (they sort
 * correctly as text), booleans are 0/1 integers, structured values are JSON text.
 */

export type Role = 'viewer' | 'operator' | 'admin';

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
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
}
