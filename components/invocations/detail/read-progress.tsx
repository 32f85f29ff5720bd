import { formatCount } from '@/lib/format';
import { type OutputReadView } from '@/lib/launches/output-groups';

/** How far the server's background read of the outputs has got: "Read 12 of 200 InvokeIds". */
export function ReadProgress({ read }: { read: OutputReadView }) {
  const planned = read.status === 'reading' && read.invocationsTotal > 0;
  const words = planned ? `Read ${read.invocationsRead} of ${formatCount(read.invocationsTotal, 'InvokeId')}` : 'Waiting for the server to start reading…';
  return (
    <div role="status" className="space-y-1.5">
      <div
        role="progressbar"
        aria-label="InvokeIds read"
        aria-valuemin={0}
        aria-valuemax={Math.max(read.invocationsTotal, 1)}
        aria-valuenow={read.invocationsRead}
        aria-valuetext={words}
        className="h-2 overflow-hidden rounded-full bg-surface-2"
      >
        <div
          className="h-full bg-accent-600 transition-[width] duration-300"
          style={{ width: `${planned ? (read.invocationsRead / read.invocationsTotal) * 100 : 0}%` }}
        />
      </div>
      <p className="text-xs text-muted tabular">
        <span className="font-medium text-ink">{words}</span>
        {planned ? ` · ${formatCount(read.instancesRead, 'instance')} so far` : ''}
      </p>
      <p className="text-xs text-faint">The server reads each InvokeId&rsquo;s outputs once, a few calls a second, and groups them; the read goes on if you leave this page.</p>
    </div>
  );
}
