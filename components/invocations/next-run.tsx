import { formatRelative, formatUtc } from '@/lib/format';

/**
 * When a scheduled run comes, as of the page's render ("in 2 hr."), its exact UTC time on
 * hover. Worded on the server like the run itself: a page that lists runs is rendered fresh.
 */
export function NextRunTime({ iso, now }: { iso: string; now: Date }) {
  const date = new Date(iso);
  const text = date.getTime() - now.getTime() < 60_000 ? 'in under a minute' : formatRelative(date, now);
  return (
    <time dateTime={iso} title={formatUtc(date)}>
      {text}
    </time>
  );
}
