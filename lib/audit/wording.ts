import { formLinkPath } from '@/lib/presets/share-state';

/**
 * How the admin page words an audit entry: "<actor> <verb> <target> (<note>)". Failed
 * sign-ins name the account tried and why it failed; only admins read this, so saying that
 * an account does not exist leaks nothing to whoever typed it.
 */
export interface AuditWords {
  actor: string;
  verb: string;
  /** Shown as typed (monospace), linked when it has a page. */
  target: string | null;
  note: string | null;
}

export interface AuditLine {
  action: string;
  actorUsername: string | null;
  target: string | null;
  /** JSON text, as stored. */
  detail: string | null;
}

const VERBS: Record<string, string> = {
  'auth.sign_in': 'signed in',
  'auth.sign_out': 'signed out',
  'user.create': 'created account',
  'user.role': 'changed the role of',
  'user.password_reset': 'reset the password of',
  'user.disable': 'disabled',
  'user.enable': 'enabled',
  'launch.create': 'launched',
  'launch.resend_batch': 'resent a batch of launch',
  'launch.stop': 'stopped launch',
  'launch.halt': 'held back the rest of launch',
  'launch.reschedule': 'changed the schedule of launch',
  'launch.approve': 'approved launch',
  'launch.reject': 'rejected launch',
  'launch.approval-expired': 'let expire, unapproved, launch',
  'launch.pause': 'paused, for a person to look, launch',
  'launch.resume': 'resumed launch',
  'launch.abort': 'aborted launch',
  'approval-rule.create': 'added an approval rule',
  'approval-rule.delete': 'removed an approval rule',
  'invocation.stop': 'stopped',
  'invocation.reschedule': 'changed the schedule of',
  'preset.create': 'saved preset',
  'preset.save': 'changed preset',
  'preset.rename': 'renamed preset',
  'preset.restore': 'restored a version of preset',
  'preset.delete': 'deleted preset',
  'form.share': 'shared a form link',
  'command.create': 'saved command',
  'command.modify': 'changed command',
  'command.delete': 'deleted command',
  'audit.export': 'exported the audit log',
  'webhook.create': 'added webhook',
  'webhook.change': 'changed webhook',
  'webhook.delete': 'deleted webhook',
};

/** Every action the log words, with its verb: the admin page's action filter offers these. */
export function auditActions(): { action: string; verb: string }[] {
  return [...Object.entries(VERBS), ['auth.sign_in_failed', 'failed to sign in'] as const].map(([action, verb]) => ({ action, verb }));
}

const SIGN_IN_NOTES: Record<string, string> = {
  'wrong-password': 'wrong password',
  'account-disabled': 'the account is disabled',
};

export function auditWords(entry: AuditLine): AuditWords {
  if (entry.action === 'auth.sign_in_failed') return failedSignIn(entry.target, readDetail(entry.detail));
  return { actor: entry.actorUsername ?? 'system', verb: VERBS[entry.action] ?? entry.action, target: entry.target, note: noteOf(entry.action, readDetail(entry.detail)) };
}

/** A schedule change says what it was and what it is now. */
function noteOf(action: string, detail: Record<string, unknown>): string | null {
  if (action.endsWith('.reschedule')) return scheduleNote(detail);
  // Approvals: the decision's comment, the rule in words, or that a launch waits for a second operator.
  if (action === 'launch.approve' || action === 'launch.reject') return typeof detail.comment === 'string' ? detail.comment : null;
  if (action.startsWith('approval-rule.')) return typeof detail.rule === 'string' ? detail.rule : null;
  if (action === 'launch.create' && typeof detail.approval === 'string') return `approval ${detail.approval}`;
  if (action === 'launch.pause' || action === 'launch.resume' || action === 'launch.abort') return canaryNote(detail);
  return null;
}

/** A canary's results when it paused, was resumed or aborted: "after batch 1: 5 ran, 5 succeeded, 0 failed; 115 left". */
function canaryNote(detail: Record<string, unknown>): string | null {
  const { afterBatch, ran, succeeded, failed, remaining } = detail;
  if (typeof afterBatch !== 'number' || typeof ran !== 'number') return null;
  return `after batch ${afterBatch}: ${ran} ran, ${String(succeeded)} succeeded, ${String(failed)} failed; ${String(remaining)} ${detail.batchesNotSent === undefined ? 'left' : 'not sent'}`;
}

function scheduleNote(detail: Record<string, unknown>): string | null {
  return typeof detail.from === 'string' && typeof detail.to === 'string' ? `${detail.from || 'none'} → ${detail.to}` : null;
}

function failedSignIn(name: string | null, detail: Record<string, unknown>): AuditWords {
  if (detail.reason === 'throttled') {
    const wait = typeof detail.retryAfterSeconds === 'number' ? `; locked for ${detail.retryAfterSeconds} s` : '';
    return { actor: 'Sign-in refused', verb: 'as', target: name, note: `too many failed attempts${wait}` };
  }
  if (detail.why === 'no-such-account') return { actor: 'Failed sign-in', verb: 'as an unknown account', target: name === null ? null : `«${name}»`, note: null };
  const note = typeof detail.why === 'string' ? (SIGN_IN_NOTES[detail.why] ?? null) : null;
  return { actor: 'Failed sign-in', verb: 'as', target: name, note };
}

/** Where an entry's target can be opened: launches, InvokeIds, presets and shared forms have pages. */
export function auditTargetHref(action: string, target: string): string | null {
  if (action.startsWith('launch.')) return `/invocations/launches/${encodeURIComponent(target)}`;
  if (action === 'invocation.stop' || action === 'invocation.reschedule') return `/invocations/${encodeURIComponent(target)}`;
  if (action.startsWith('preset.')) return `/presets/${encodeURIComponent(target)}`;
  if (action === 'form.share') return formLinkPath(encodeURIComponent(target));
  if (action === 'webhook.create' || action === 'webhook.change') return '/admin/notifications';
  if (action === 'command.create' || action === 'command.modify') return `/commands/${encodeURIComponent(target)}`;
  return null;
}

function readDetail(detail: string | null): Record<string, unknown> {
  try {
    const parsed: unknown = detail ? JSON.parse(detail) : null;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
