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

/** queued: nothing sent yet; sending: some sent; then sent, partial, failed, or halted by the error threshold or a stop. */
export type SendStatus = 'queued' | 'sending' | 'sent' | 'partial' | 'failed' | 'halted';
/** pending: waits for a dispatcher (one holds it while `lease_until` is ahead); skipped: never to be sent. */
export type BatchStatus = 'pending' | 'sent' | 'failed' | 'skipped';

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
  /** Bumped by every change to the launch, its batches or its instances: pages poll what changed since. */
  change_seq: Generated<number>;
  /** JSON RateControl, or null: every batch as fast as they can be sent. */
  rate_control: string | null;
  /** Why the remaining batches were not sent (error threshold, a stop), when they were not. */
  halt_reason: string | null;
  /** JSON InvokeRequest of every batch, without instances, token and secret values. */
  request_template: string | null;
  /** Encrypted secrets of unsent batches are erased then at the latest. */
  secrets_expire_at: string | null;
  /** When an operator stopped it: batches not sent yet are skipped, one on its way is stopped on arrival. */
  stopped_at: string | null;
  /** Null: no approval needed. Requested launches send nothing until approved; rejected and expired ones never do. */
  approval_state: ApprovalState | null;
  /** Why it needs approval, in words: "more than 50 instances; an instance tagged env=prod". */
  approval_reason: string | null;
  approval_by: string | null;
  approval_at: string | null;
  approval_comment: string | null;
  approval_expires_at: string | null;
}

export type ApprovalState = 'requested' | 'approved' | 'rejected' | 'expired';

export interface ApprovalRulesTable {
  id: string;
  region_id: string | null;
  min_instances: number | null;
  tag_key: string | null;
  tag_value: string | null;
  created_by_username: string;
  created_at: string;
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
  /** The dispatcher holding the batch, until when; an expired lease is taken over. */
  lease_owner: string | null;
  lease_until: string | null;
  /** A transient failure waits until then before the next attempt. */
  not_before: string | null;
  /** AES-GCM sealed secret parameter values, while the batch is unsent; erased once sent. */
  secret_box: string | null;
  /** When its instances were checked before sending; `instance_ids` is then exactly what it sends. */
  checked_at: string | null;
  change_seq: Generated<number>;
  /** When the observer next asks ECS about this batch's InvokeId, and the delay it last used. */
  observe_at: string | null;
  observe_delay_ms: Generated<number>;
}

/** A canary's pause, once reached (migration 0016): resumed or aborted by a person, or still waiting. */
export interface LaunchPausesTable {
  launch_id: string;
  /** The batch it holds back, 0-based. */
  before_batch: number;
  reached_at: string;
  resumed_by: string | null;
  resumed_at: string | null;
  aborted_by: string | null;
  aborted_at: string | null;
}

export interface LaunchInstancesTable {
  launch_id: string;
  instance_id: string;
  batch_index: number;
  status: string;
  exit_code: number | null;
  error_code: string;
  error_info: string;
  repeats: number;
  start_time: string | null;
  finish_time: string | null;
  stop_time: string | null;
  dropped: number;
  change_seq: number;
}

export interface LeasesTable {
  name: string;
  owner: string;
  until: string;
}

/** One token bucket of the ECS API's rate budget (migration 0015); times in epoch ms. */
export interface ApiBudgetTable {
  account_key: string;
  action: string;
  tokens: number;
  refilled_at: number;
  rate: number;
  burst: number;
  factor: Generated<number>;
  throttled_at: number | null;
}

export interface QuotaUsageTable {
  region_id: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  used: number;
}

export interface InvocationCacheTable {
  invoke_id: string;
  region_id: string;
  /** JSON of the invocation as last read. */
  body: string;
  fetched_at: string;
}

/** queued: waits for a reader; reading: one holds it (its lease); done or failed: finished. */
export type OutputReadState = 'queued' | 'reading' | 'done' | 'failed';

export interface OutputReadsTable {
  /** `launch:<launchId>` or `invoke:<invokeId>`. */
  scope: string;
  region_id: string;
  status: OutputReadState;
  /** JSON array of the InvokeIds to read, fixed when the read starts; read in this order. */
  invoke_ids: string | null;
  invocations_read: number;
  invocations_total: number;
  instances_read: number;
  /** The launch's change_seq when the read started (launch scopes): a later one makes the read stale. */
  launch_seq: number | null;
  requested_at: string;
  requested_by: string;
  started_at: string | null;
  finished_at: string | null;
  /** Alibaba's code (or ours) when the read failed. */
  error_code: string | null;
  error_message: string | null;
  /** The reader holding it, until when; an expired lease is taken over. */
  lease_owner: string | null;
  lease_until: string | null;
}

export interface OutputGroupsTable {
  scope: string;
  /** SHA-256 (hex) of the normalised output. */
  hash: string;
  /** The shared text, each instance's own identifiers as placeholders. */
  output: string;
  /** The most bytes Alibaba dropped from any member's output. */
  dropped: number;
  instance_count: number;
  /** JSON object: InvocationStatus → instances. */
  status_counts: string;
  /** Instances read before its first member: groups of equal size page in the order they were met. */
  first_seen: number;
}

export interface OutputMembersTable {
  scope: string;
  instance_id: string;
  hash: string;
  status: string;
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

/** A form shared as a short link (`/invoke?d=<id>`). */
export interface FormDraftsTable {
  /** 128 random bits, base64url: the link is the only way to it. */
  id: string;
  /** JSON of the preset payload, holding no secret value; null once the link has expired. */
  payload: string | null;
  created_by_username: string;
  created_at: string;
  expires_at: string;
}

/** A place launches' notifications are posted to; the URL and signing secret are sealed (AES-GCM). */
export interface WebhooksTable {
  id: string;
  name: string;
  /** generic | dingtalk | lark | slack */
  kind: string;
  url_box: string;
  /** The URL with its path and query masked: what the admin page shows. */
  url_hint: string;
  secret_box: string | null;
  /** JSON array of the event kinds it receives. */
  events: string;
  /** all: every launch; opt_in: only launches and presets that pick it. */
  scope: string;
  enabled: number;
  created_at: string;
  created_by_username: string;
  updated_at: string;
  updated_by_username: string;
}

export interface NotificationEventsTable {
  id: string;
  kind: string;
  dedupe_key: string;
  launch_id: string | null;
  /** JSON NotificationEvent; holds no secret. */
  payload: string;
  created_at: string;
}

/** pending: due at next_attempt_at (or held while lease_until is ahead); then delivered, failed or cancelled. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'cancelled';

export interface WebhookDeliveriesTable {
  id: string;
  event_id: string;
  webhook_id: string | null;
  webhook_name: string;
  launch_id: string | null;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  delivered_at: string | null;
}

export interface LaunchWebhooksTable {
  launch_id: string;
  webhook_id: string;
}

export interface PresetWebhooksTable {
  preset_id: string;
  webhook_id: string;
}

/** A region's fleet snapshot: its last read (and failure), and who asked for the next. */
export interface FleetReadsTable {
  region_id: string;
  read_at: string | null;
  duration_ms: number | null;
  instance_count: number | null;
  content_hash: string | null;
  changed_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  read_by: string | null;
  error_code: string | null;
  error_message: string | null;
  error_at: string | null;
  requested_at: string | null;
  viewed_at: string | null;
}

export interface FleetInstancesTable {
  region_id: string;
  sort_key: string;
  instance_id: string;
  /** JSON FleetInstance. */
  data: string;
}

export interface Database {
  presets: PresetsTable;
  preset_versions: PresetVersionsTable;
  form_drafts: FormDraftsTable;
  launches: LaunchesTable;
  approval_rules: ApprovalRulesTable;
  launch_batches: LaunchBatchesTable;
  launch_instances: LaunchInstancesTable;
  launch_pauses: LaunchPausesTable;
  leases: LeasesTable;
  api_budget: ApiBudgetTable;
  quota_usage: QuotaUsageTable;
  invocation_cache: InvocationCacheTable;
  output_reads: OutputReadsTable;
  output_groups: OutputGroupsTable;
  output_members: OutputMembersTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  webhooks: WebhooksTable;
  notification_events: NotificationEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  launch_webhooks: LaunchWebhooksTable;
  preset_webhooks: PresetWebhooksTable;
  fleet_reads: FleetReadsTable;
  fleet_instances: FleetInstancesTable;
}
