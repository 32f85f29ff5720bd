import type { InvokeDraft } from '@/lib/invoke/draft';

// Apart from draft.ts, so the form's first load can ask without bringing zod.

/** A draft targets tags (ResourceTag, resolved by Alibaba at call time) when it has any; otherwise its instance list. */
export function targetsTags(draft: Pick<InvokeDraft, 'resourceTags'>): boolean {
  return (draft.resourceTags?.length ?? 0) > 0;
}

/** A draft runs an ad-hoc script (RunCommand) instead of a saved command (InvokeCommand). */
export function runsScript(draft: Pick<InvokeDraft, 'script'>): boolean {
  return draft.script !== undefined;
}
