'use client';

import { useQuery } from '@tanstack/react-query';
import { BellRing } from 'lucide-react';

import { getJson } from '@/components/invoke/use-launch-data';
import { Card, CardHeader } from '@/components/ui/card';
import { TimeAgo } from '@/components/ui/time-ago';
import { EVENT_LABELS } from '@/lib/notify/events';
import type { DeliveryView, LaunchDeliveries as Answer } from '@/lib/notify/schema';

import { cn } from '@/lib/cn';
import { type StatusTone } from '@/lib/launches/status';

import { TONE_CLASSES } from '../status-badge';

/** A delivery's state in the colours every status badge uses, with its own words. */
const TONES: Record<DeliveryView['status'], StatusTone> = { delivered: 'success', failed: 'failed', pending: 'pending', cancelled: 'stopped' };
const WORDS: Record<DeliveryView['status'], string> = { delivered: 'Delivered', failed: 'Failed', pending: 'Waiting', cancelled: 'Cancelled' };

/** Ask again while something is on its way, or while the launch runs and someone is listening. */
export function deliveriesPollDelay(answer: Answer): number | false {
  if (answer.deliveries.some((delivery) => delivery.status === 'pending')) return 2_000;
  return !answer.final && answer.webhooks > 0 ? 3_000 : false;
}

/**
 * Who was told about this launch: each webhook delivery with its status, the receiver's
 * response code and the last error. Nothing when no webhook listens to this launch.
 */
export function LaunchDeliveries({ launchId }: { launchId: string }) {
  const query = useQuery({
    queryKey: ['launch-deliveries', launchId],
    queryFn: ({ signal }) => getJson<Answer>(`/api/launches/${launchId}/deliveries`, signal),
    refetchInterval: (state) => (state.state.data ? deliveriesPollDelay(state.state.data) : false),
  });
  const answer = query.data;
  if (!answer || (answer.webhooks === 0 && answer.deliveries.length === 0)) return null;
  const { deliveries } = answer;
  return (
    <Card className="mt-6" aria-labelledby="launch-notifications">
      <CardHeader
        title={<span id="launch-notifications">Notifications</span>}
        description={
          deliveries.length
            ? `${deliveries.length} webhook deliver${deliveries.length === 1 ? 'y' : 'ies'}.`
            : `${answer.webhooks} webhook${answer.webhooks === 1 ? '' : 's'} will hear when this launch finishes.`
        }
      />
      {deliveries.length ? (
        <div className="overflow-x-auto">
          <table aria-label="Webhook deliveries" className="w-full text-left text-[13px]">
            <thead className="border-b border-line text-xs text-muted">
              <tr>
                <th scope="col" className="px-5 py-2.5 font-medium">Webhook</th>
                <th scope="col" className="px-3 py-2.5 font-medium max-sm:hidden">Event</th>
                <th scope="col" className="px-3 py-2.5 font-medium">Status</th>
                <th scope="col" className="px-3 py-2.5 font-medium">Response</th>
                <th scope="col" className="px-5 py-2.5 font-medium max-sm:hidden">When</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {deliveries.map((delivery) => (
                <DeliveryRow key={delivery.id} delivery={delivery} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="flex items-center gap-2 px-5 py-4 text-sm text-muted">
          <BellRing aria-hidden className="size-4" />
          Nothing sent yet.
        </p>
      )}
    </Card>
  );
}

function DeliveryRow({ delivery }: { delivery: DeliveryView }) {
  const attempts = delivery.attempts > 1 ? `After ${delivery.attempts} attempts` : '';
  const retrying = delivery.status === 'pending' && delivery.attempts > 0;
  return (
    <tr className="align-top">
      <td className="px-5 py-3">
        <div className="font-medium text-ink">{delivery.webhookName}</div>
        <div className="text-xs text-muted sm:hidden">{EVENT_LABELS[delivery.event]}</div>
      </td>
      <td className="px-3 py-3 text-muted max-sm:hidden">{EVENT_LABELS[delivery.event]}</td>
      <td className="px-3 py-3">
        <DeliveryBadge status={delivery.status} label={retrying ? 'Retrying' : WORDS[delivery.status]} />
        {retrying || attempts ? (
          <div className="mt-1 text-xs text-muted">
            {retrying ? `${delivery.attempts} attempt${delivery.attempts === 1 ? '' : 's'} so far` : attempts}
            {delivery.nextAttemptAt && retrying ? (
              <>
                {' '}
                · next <TimeAgo iso={delivery.nextAttemptAt} />
              </>
            ) : null}
          </div>
        ) : null}
        {delivery.error && delivery.status !== 'delivered' ? <div className="mt-1 max-w-prose text-xs text-rose-700 dark:text-rose-400">{delivery.error}</div> : null}
      </td>
      <td className="px-3 py-3 font-mono text-xs tabular text-ink">{delivery.statusCode ?? '—'}</td>
      <td className="px-5 py-3 text-xs text-muted tabular max-sm:hidden">
        <TimeAgo iso={delivery.deliveredAt ?? delivery.updatedAt} />
      </td>
    </tr>
  );
}

function DeliveryBadge({ status, label }: { status: DeliveryView['status']; label: string }) {
  const { badge, icon: Icon } = TONE_CLASSES[TONES[status]];
  return (
    <span className={cn('inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset', badge)} data-status={status}>
      <Icon aria-hidden className="size-3" />
      {label}
    </span>
  );
}
