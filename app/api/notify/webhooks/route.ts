import { z } from 'zod';

import { defineRoute } from '@/lib/auth/route';
import { getDb } from '@/lib/db';
import { readWebhookOptions } from '@/lib/notify/launch-deliveries';

/** The enabled webhooks a launch form may show (names and kinds only), for the notify picker. */
export const GET = defineRoute({ name: 'notify.webhooks', access: 'viewer', query: z.object({}) }, async () => ({ webhooks: await readWebhookOptions(await getDb()) }));
