import { type BatchRow, type LaunchRow } from '@/lib/db/launches';
import { describeTagRule } from '@/lib/invoke/tag-matches';

import type { RequestTemplate } from './batch-request';

/** What a launch's sending produced, as the form's result panel shows it. */
export interface LaunchResult {
  launchId: string;
  regionId: string;
  sendStatus: LaunchRow['send_status'];
  instanceCount: number;
  /** A tag target's rule (`env=prod, role=web`): the instances are those Alibaba found, counted as they report. */
  targetTags: string | null;
  /** Null when no approval rule applied; otherwise where the request stands (nothing is sent until approved). */
  approval: {
    state: 'requested' | 'approved' | 'rejected' | 'expired';
    reason: string;
    requestedBy: string;
    decidedBy: string | null;
    decidedAt: string | null;
    comment: string | null;
    expiresAt: string | null;
  } | null;
  batches: {
    index: number;
    instanceCount: number;
    status: BatchRow['status'];
    invokeId: string | null;
    requestId: string | null;
    errorCode: string | null;
    errorMessage: string | null;
    /** Its secret values are still kept sealed, so resending it needs none typed again. */
    secretsKept: boolean;
  }[];
}

export function launchResultOf(launch: LaunchRow, batches: BatchRow[]): LaunchResult {
  return {
    launchId: launch.id,
    regionId: launch.region_id,
    sendStatus: launch.send_status,
    instanceCount: launch.instance_count,
    targetTags: targetTagsOf(launch.request_template),
    approval: launch.approval_state
      ? {
          state: launch.approval_state,
          reason: launch.approval_reason ?? '',
          requestedBy: launch.created_by_username,
          decidedBy: launch.approval_by,
          decidedAt: launch.approval_at,
          comment: launch.approval_comment,
          expiresAt: launch.approval_expires_at,
        }
      : null,
    batches: batches.map((batch) => ({
      index: batch.batch_index,
      instanceCount: (JSON.parse(batch.instance_ids) as string[]).length,
      status: batch.status,
      invokeId: batch.invoke_id,
      requestId: batch.request_id,
      errorCode: batch.error_code,
      errorMessage: batch.error_message,
      secretsKept: batch.secret_box !== null,
    })),
  };
}

/**
 * Read from the request template, not the draft: pages poll this, and a draft can hold 10,000
 * instance IDs where the template holds none.
 */
function targetTagsOf(templateJson: string | null): string | null {
  try {
    const template = JSON.parse(templateJson ?? 'null') as Pick<RequestTemplate, 'request'> | null;
    const tags = template?.request.ResourceTag;
    return tags?.length ? describeTagRule(tags) : null;
  } catch {
    return null;
  }
}
