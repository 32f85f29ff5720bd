import { z } from 'zod';

import { EVENT_KINDS, type EventKind } from './events';
import { WEBHOOK_KINDS } from './kinds';

/** The least a generic webhook's signing secret may be: a guessable one signs nothing. */
export const MIN_GENERIC_SECRET = 16;

/**
 * The webhook form, used by the browser and again by the server action. On an edit
 * (`webhookId` set) an empty URL or secret keeps the stored one: neither is ever sent back to
 * the browser, so it cannot be shown prefilled. Whether the URL's host is allowed is the
 * server's to say (it depends on WEBHOOK_ALLOW_PRIVATE_HOSTS and on DNS).
 */
export const webhookFormSchema = z
  .object({
    webhookId: z.uuid().optional(),
    name: z.string().trim().min(1, 'Name: required.').max(80, 'Name: at most 80 characters.'),
    kind: z.enum(WEBHOOK_KINDS, 'Kind: choose one.'),
    url: z
      .string()
      .trim()
      .max(2_000, 'URL: at most 2,000 characters.')
      .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), 'URL: must start with https://.'),
    secret: z.string().max(200, 'Secret: at most 200 characters.'),
    events: z.array(z.enum(EVENT_KINDS)).min(1, 'Events: choose at least one.'),
    scope: z.enum(['all', 'opt_in']),
    enabled: z.boolean(),
  })
  .superRefine((value, ctx) => {
    const creating = !value.webhookId;
    if (creating && value.url === '') ctx.addIssue({ code: 'custom', path: ['url'], message: 'URL: required.' });
    if (value.kind === 'generic' && value.secret !== '' && value.secret.length < MIN_GENERIC_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['secret'], message: `Signing secret: at least ${MIN_GENERIC_SECRET} characters.` });
    }
    if (creating && value.kind === 'generic' && value.secret === '') ctx.addIssue({ code: 'custom', path: ['secret'], message: 'Signing secret: required for a generic webhook.' });
  });

export type WebhookFormInput = z.input<typeof webhookFormSchema>;
export type WebhookFormValues = z.output<typeof webhookFormSchema>;

export const webhookIdSchema = z.object({ webhookId: z.uuid('Not a webhook ID.') });

/** The extra (opt-in) webhooks a launch or preset picks, by ID: what the launch input's `notify` takes. */
export const notifyIdsSchema = z.array(z.uuid('Notify: not a webhook ID.')).max(20, 'Notify: at most 20 webhooks.').default([]);

/** A webhook as the admin page shows it: no URL (a hint only), no secret (only whether one is set). */
export interface WebhookView {
  id: string;
  name: string;
  kind: (typeof WEBHOOK_KINDS)[number];
  urlHint: string;
  hasSecret: boolean;
  events: EventKind[];
  scope: 'all' | 'opt_in';
  enabled: boolean;
  updatedAt: string;
  updatedBy: string;
  lastDelivery: { status: string; statusCode: number | null; error: string | null; at: string } | null;
}

/** What the launch form's picker lists. */
export interface WebhookOption {
  id: string;
  name: string;
  kind: (typeof WEBHOOK_KINDS)[number];
  /** Sent for every launch anyway: shown, not pickable. */
  global: boolean;
}

/** A delivery as the launch page lists it. */
export interface DeliveryView {
  id: string;
  webhookName: string;
  event: EventKind;
  status: 'pending' | 'delivered' | 'failed' | 'cancelled';
  attempts: number;
  statusCode: number | null;
  error: string | null;
  nextAttemptAt: string | null;
  updatedAt: string;
  deliveredAt: string | null;
}

/** What the launch page's notifications section polls. */
export interface LaunchDeliveries {
  deliveries: DeliveryView[];
  /** The launch's status is final: its "finished" deliveries, if any, exist already. */
  final: boolean;
  /** Enabled webhooks that would hear of this launch: none and no deliveries, and the page says nothing. */
  webhooks: number;
}

export interface TestResult {
  delivered: boolean;
  statusCode: number | null;
  message: string;
}
