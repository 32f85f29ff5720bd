import { z } from 'zod';

import { INSTANCE_ID_PATTERN, INVOKE_ID_PATTERN } from '@/lib/invoke/ids';

export { regionIdSchema } from '@/lib/invoke/region';

/** Shapes of what the review pages pass in URLs: an InvokeId and an instance ID. Regions: lib/invoke/region.ts. */
export const invokeIdSchema = z.string().regex(INVOKE_ID_PATTERN, 'InvokeId: it starts with t- followed by letters and digits, like t-hz0jdf1a2b3c.');
export const instanceIdSchema = z.string().regex(INSTANCE_ID_PATTERN, 'Instance: an instance ID such as i-uf6abc123, or a managed instance ID such as mi-hz01abc123.');
