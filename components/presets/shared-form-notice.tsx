import { Alert } from '@/components/ui/alert';
import { formatUtc } from '@/lib/format';
import { type OpenedFormLink } from '@/lib/presets/share-state';

const day = (iso: string) => formatUtc(new Date(iso)).slice(0, 10);

/** Above a form opened from a shared link: what it holds, or why it is empty. */
export function SharedFormNotice({ opened, secrets, ttlDays }: { opened: Exclude<OpenedFormLink, { kind: 'unknown' }>; secrets: string[]; ttlDays: number }) {
  if (opened.kind === 'expired') {
    return (
      <Alert tone="warning" live title="This form link has expired">
        {opened.sharedBy} shared it on <time dateTime={opened.sharedAt}>{day(opened.sharedAt)}</time> and it expired on <time dateTime={opened.expiredAt}>{day(opened.expiredAt)}</time> (form
        links open for {ttlDays} days); the form it held is erased. Ask for a new link, or for a preset, which does not expire. The form starts empty.
      </Alert>
    );
  }
  if (opened.kind === 'unreadable') {
    return (
      <Alert tone="warning" live title="This shared link could not be read">
        It may have been cut short when it was copied. The form starts empty.
      </Alert>
    );
  }
  const by = opened.sharedBy && opened.sharedAt ? (
    <>
      {' '}
      Shared by {opened.sharedBy} on <time dateTime={opened.sharedAt}>{day(opened.sharedAt)}</time>.
    </>
  ) : null;
  return (
    <Alert tone="info" title="Opened from a shared link">
      Every field is filled in as it was shared.{by}
      {secrets.length ? ` Secret values are never shared: enter ${secrets.join(', ')} again.` : ''}
    </Alert>
  );
}
