import { summariseReasons, type SelectionProblems } from '@/components/invoke/instance-picker/selection';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatCount, formatNumber } from '@/lib/format';

const SHOWN_IDS = 3;

/**
 * Problems with choices made earlier: instances that became ineligible when the operator
 * changed the command or schedule, and IDs (say from a preset) that the region no longer lists.
 */
export function SelectionNotices({
  problems,
  disabled,
  onRemove,
}: {
  problems: SelectionProblems;
  disabled: boolean;
  onRemove: (instanceIds: readonly string[]) => void;
}) {
  const { ineligible, missing } = problems;
  if (ineligible.length === 0 && missing.length === 0) return null;
  return (
    <div className="space-y-2">
      {ineligible.length > 0 ? (
        <Alert tone="warning" live className="items-center py-2 [&>div]:flex-1">
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1.5">
            <p>
              <span className="font-semibold">
                {formatCount(ineligible.length, 'selected instance')} {ineligible.length === 1 ? 'is' : 'are'} no longer eligible:
              </span>{' '}
              <span className="opacity-90">{summariseReasons(ineligible)}. The command cannot run there as chosen.</span>
            </p>
            <Button size="sm" disabled={disabled} onClick={() => onRemove(ineligible.map((item) => item.instanceId))}>
              Remove them
            </Button>
          </div>
        </Alert>
      ) : null}
      {missing.length > 0 ? (
        <Alert tone="warning" live className="items-center py-2 [&>div]:flex-1">
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1.5">
            <p>
              <span className="font-semibold">
                {formatCount(missing.length, 'selected instance')} {missing.length === 1 ? 'is' : 'are'} not in this region
              </span>{' '}
              <span className="opacity-90">
                (<span className="font-mono text-xs">{missing.slice(0, SHOWN_IDS).join(', ')}</span>
                {missing.length > SHOWN_IDS ? ` and ${formatNumber(missing.length - SHOWN_IDS)} more` : ''}); released, or
                from another region.
              </span>
            </p>
            <Button size="sm" disabled={disabled} onClick={() => onRemove(missing)}>
              Remove
            </Button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}
