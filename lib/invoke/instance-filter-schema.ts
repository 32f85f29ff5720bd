import { z } from 'zod';

import { KIND_FILTERS, OS_FILTERS } from '@/lib/invoke/instance-filter';

/** The rules of a kept instance search (instance-filter.ts), for the actions and stored payloads that parse one. */
export const instanceFilterSchema = z.object({
  query: z.string().max(500, 'Instance search: at most 500 characters.'),
  /** 'all' or a DescribeInstances status such as Running. */
  status: z.string().regex(/^(all|[A-Z][A-Za-z]{0,31})$/, 'Instance status filter: "all" or a status such as Running.'),
  os: z.enum(OS_FILTERS, { error: 'Instance OS filter: all, linux or windows.' }),
  /** Absent in searches kept before managed instances were listed: every kind. */
  kind: z.enum(KIND_FILTERS, { error: 'Instance kind filter: all, ecs or managed.' }).optional(),
});

export type InstanceFilter = z.infer<typeof instanceFilterSchema>;
