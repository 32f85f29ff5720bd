'use client';

import { useQuery } from '@tanstack/react-query';
import { Bell } from 'lucide-react';

import { getJson } from '@/components/invoke/use-launch-data';
import { KIND_LABELS } from '@/lib/notify/kinds';
import type { WebhookOption } from '@/lib/notify/schema';

/**
 * "Notify": the opt-in webhooks a launch or preset adds to the global ones, by ID (what the
 * launch input's `notify` takes). Loads the enabled webhooks itself, unless the page read them; shows nothing when there
 * are none. Global webhooks are listed as always notified, not pickable.
 */
export function WebhookPickerField({ value, onChange, disabled = false, initial }: { value: readonly string[]; onChange: (ids: string[]) => void; disabled?: boolean; initial?: WebhookOption[] | undefined }) {
  const query = useQuery({
    queryKey: ['notify-webhooks'],
    queryFn: ({ signal }) => getJson<{ webhooks: WebhookOption[] }>('/api/notify/webhooks', signal),
    staleTime: 60_000,
    // The page may have read them as it rendered.
    ...(initial && { initialData: { webhooks: initial } }),
  });
  const webhooks = query.data?.webhooks ?? [];
  if (webhooks.length === 0) return null;
  const global = webhooks.filter((webhook) => webhook.global);
  const optional = webhooks.filter((webhook) => !webhook.global);
  const toggle = (id: string, on: boolean) => onChange(on ? [...new Set([...value, id])] : value.filter((entry) => entry !== id));

  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="flex items-center gap-1.5 text-[13px] font-medium text-ink">
        <Bell aria-hidden className="size-3.5 text-muted" />
        Notify
      </legend>
      {global.length ? (
        <p className="text-xs text-muted">
          Always notified: {global.map((webhook) => webhook.name).join(', ')}.
        </p>
      ) : null}
      {optional.length ? (
        <div className="flex flex-wrap gap-x-4 gap-y-1.5">
          {optional.map((webhook) => (
            <label key={webhook.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={value.includes(webhook.id)}
                onChange={(event) => toggle(webhook.id, event.target.checked)}
                className="size-4 rounded border-line-strong accent-accent-600"
              />
              {webhook.name}
              <span className="text-xs text-muted">{KIND_LABELS[webhook.kind]}</span>
            </label>
          ))}
        </div>
      ) : (
        <p className="text-xs text-faint">No opt-in webhooks to add.</p>
      )}
    </fieldset>
  );
}
