import { type BatchRow, type LaunchRow } from '@/lib/db/launches';
import { describeTagRule } from '@/lib/invoke/tag-matches';

/** What a launch's sending produced, as the form's result panel shows it. */
export interface LaunchResult {
  launchId: string;
  regionId: string;
  sendStatus: LaunchRow['send_status'];
  instanceCount: number;
  /** A tag target's rule (`env=prod, role=web`): the instances are those Alibaba found, counted as they report. */
  targetTags: string | null;
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
    targetTags: targetTagsOf(launch.draft),
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

function targetTagsOf(draftJson: string): string | null {
  try {
    const draft = JSON.parse(draftJson) as { resourceTags?: { key: string; value: string }[] };
    return draft.resourceTags?.length ? describeTagRule(draft.resourceTags) : null;
  } catch {
    return null;
  }
}
