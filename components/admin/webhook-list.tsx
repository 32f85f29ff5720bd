'use client';

import { BellOff, Pencil, Send, Trash2, Webhook } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { TimeAgo } from '@/components/ui/time-ago';
import { type ActionResult } from '@/lib/action-result';
import { EVENT_LABELS } from '@/lib/notify/events';
import { KIND_LABELS } from '@/lib/notify/kinds';
import type { TestResult, WebhookView } from '@/lib/notify/schema';

import { type SaveWebhook, WebhookForm } from './webhook-form';

export interface WebhookActions {
  saveWebhook: SaveWebhook;
  deleteWebhook: (input: { webhookId: string }) => Promise<ActionResult<{ name: string }>>;
  testWebhook: (input: { webhookId: string }) => Promise<ActionResult<TestResult>>;
}

export function WebhookList({ webhooks, actions }: { webhooks: WebhookView[]; actions: WebhookActions }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [editing, setEditing] = useState<WebhookView | null>(null);
  const [deleting, setDeleting] = useState<WebhookView | null>(null);
  const [tested, setTested] = useState<{ id: string; tone: 'success' | 'danger'; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (webhooks.length === 0) {
    return (
      <EmptyState icon={<Webhook />} title="No webhooks yet">
        Add one to post launch results to DingTalk, Lark / Feishu, Slack or an endpoint of your own.
      </EmptyState>
    );
  }

  const test = (webhook: WebhookView) =>
    startTransition(async () => {
      setTested(null);
      const result = await actions.testWebhook({ webhookId: webhook.id });
      if (!result.ok) setTested({ id: webhook.id, tone: 'danger', text: result.message });
      else setTested({ id: webhook.id, tone: result.data.delivered ? 'success' : 'danger', text: result.data.message });
      router.refresh();
    });

  const remove = (webhook: WebhookView) =>
    startTransition(async () => {
      setError(null);
      const result = await actions.deleteWebhook({ webhookId: webhook.id });
      if (!result.ok) setError(result.message);
      setDeleting(null);
      router.refresh();
    });

  return (
    <div>
      {error ? (
        <Alert tone="danger" live className="m-4">
          {error}
        </Alert>
      ) : null}
      <ul aria-label="Webhooks" className="divide-y divide-line">
        {webhooks.map((webhook) => (
          <li key={webhook.id} aria-label={webhook.name} className="space-y-2 px-5 py-4">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0 space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-ink">{webhook.name}</span>
                  <Badge tone="accent">{KIND_LABELS[webhook.kind]}</Badge>
                  <Badge tone={webhook.scope === 'all' ? 'info' : 'neutral'}>{webhook.scope === 'all' ? 'All launches' : 'Opt-in'}</Badge>
                  {webhook.enabled ? null : (
                    <Badge tone="warning">
                      <BellOff aria-hidden className="size-3" />
                      Off
                    </Badge>
                  )}
                </div>
                <div className="font-mono text-xs break-all text-muted">
                  {webhook.urlHint}
                  {webhook.hasSecret ? <span className="font-sans"> · {webhook.kind === 'generic' ? 'signed' : 'sign secret set'}</span> : null}
                </div>
                <div className="text-xs text-muted">{webhook.events.map((event) => EVENT_LABELS[event]).join(' · ')}</div>
              </div>
              <div className="flex flex-wrap gap-1.5">
                <Button size="sm" onClick={() => test(webhook)} disabled={pending} aria-label={`Send a test to ${webhook.name}`}>
                  <Send aria-hidden className="size-3.5" />
                  Send test
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setEditing(webhook)} aria-label={`Edit ${webhook.name}`}>
                  <Pencil aria-hidden className="size-3.5" />
                  Edit
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setDeleting(webhook)} aria-label={`Delete ${webhook.name}`}>
                  <Trash2 aria-hidden className="size-3.5" />
                  Delete
                </Button>
              </div>
            </div>
            <LastDelivery webhook={webhook} />
            {tested?.id === webhook.id ? (
              <Alert tone={tested.tone} live>
                {tested.text}
              </Alert>
            ) : null}
          </li>
        ))}
      </ul>
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={`Edit ${editing?.name ?? ''}`} description="Leave the URL and secret empty to keep the saved ones.">
        {editing ? (
          <WebhookForm
            key={editing.id}
            save={actions.saveWebhook}
            initial={editing}
            onSaved={() => {
              setEditing(null);
              router.refresh();
            }}
          />
        ) : null}
      </Dialog>
      <Dialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.name ?? ''}?`}
        description="Deliveries still waiting for it are cancelled; those already made stay listed on their launches."
        footer={
          <>
            <Button onClick={() => setDeleting(null)}>Keep it</Button>
            <Button variant="danger" disabled={pending} onClick={() => deleting && remove(deleting)} data-autofocus>
              Delete webhook
            </Button>
          </>
        }
      />
    </div>
  );
}

function LastDelivery({ webhook }: { webhook: WebhookView }) {
  const last = webhook.lastDelivery;
  if (!last) return <p className="text-xs text-faint">No deliveries yet.</p>;
  const code = last.statusCode === null ? '' : ` (${last.statusCode})`;
  const words: Record<string, string> = { delivered: `Delivered${code}`, failed: `Failed${code}`, pending: `Retrying${code}`, cancelled: 'Cancelled' };
  return (
    <p className="text-xs text-muted">
      Last delivery: <span className={last.status === 'delivered' ? 'text-emerald-700 dark:text-emerald-400' : last.status === 'failed' ? 'text-rose-700 dark:text-rose-400' : ''}>{words[last.status] ?? last.status}</span>
      {last.error && last.status !== 'delivered' ? ` — ${last.error}` : null} · <TimeAgo iso={last.at} />
    </p>
  );
}
