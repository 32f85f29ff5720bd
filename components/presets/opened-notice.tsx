import { Link } from '@/components/ui/link';

import { Alert } from '@/components/ui/alert';
import { TimeAgo } from '@/components/ui/time-ago';

/**
 * Where the form came from: the current version or an older one, which secrets to type
 * again, and whether it could be checked against ECS.
 */
export function OpenedNotice({
  preset,
  shown,
  requiredSecrets,
  checkFailed,
  regionKnown,
}: {
  preset: { slug: string; current_version: number };
  shown: { version: number; created_by_username: string; created_at: string };
  requiredSecrets: readonly string[];
  checkFailed: string | null;
  regionKnown: boolean;
}) {
  const old = shown.version !== preset.current_version;
  return (
    <>
      <Alert tone={old ? 'warning' : 'info'} title={old ? `Opened from version ${shown.version} of ${preset.current_version}` : `Opened from preset version ${shown.version}`}>
        <p>
          Every field is filled in as {shown.created_by_username} saved it <TimeAgo iso={shown.created_at} />.
          {requiredSecrets.length ? (
            <>
              {' '}
              Secret values are never saved: enter <span className="font-mono">{requiredSecrets.join(', ')}</span> again.
            </>
          ) : null}
          {old ? (
            <>
              {' '}
              “Save changes” makes it the current version; <Link href={`/presets/${preset.slug}`}>open the current one</Link> instead.
            </>
          ) : null}
        </p>
      </Alert>
      {checkFailed ? (
        <Alert tone="warning" title="Could not compare with ECS">
          {checkFailed} The form opens as saved; the command list and the instance picker check each choice as they load.
        </Alert>
      ) : null}
      {!regionKnown ? (
        <Alert tone="warning" title="Region no longer offered">
          This preset runs in a region this dashboard is not set up for. Choose another region to continue.
        </Alert>
      ) : null}
    </>
  );
}
