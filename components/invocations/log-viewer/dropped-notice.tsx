import { Alert } from '@/components/ui/alert';
import { formatBytes, formatNumber } from '@/lib/format';
import { DEFAULT_LIMITS } from '@/lib/invoke/limits';

/**
 * Said plainly because it is the complaint operators have about every run-command console:
 * output silently cut. Alibaba reports the discarded bytes as `Dropped`; they are gone.
 */
export function DroppedNotice({ droppedBytes }: { droppedBytes: number }) {
  return (
    <Alert tone="warning" title={<>Output cut by Alibaba Cloud: {formatBytes(droppedBytes)} dropped</>}>
      <p>
        Cloud Assistant keeps {formatBytes(DEFAULT_LIMITS.outputBytes)} of output per run and discarded the other{' '}
        <span className="tabular" title={`${formatNumber(droppedBytes)} bytes`}>
          {formatBytes(droppedBytes)}
        </span>
        ; they cannot be fetched later, so Copy and Download hold only what is shown here. To keep everything, run the
        command again with OSS output delivery.
      </p>
    </Alert>
  );
}
