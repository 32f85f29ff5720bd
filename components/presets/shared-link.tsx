'use client';

import { formatUtc } from '@/lib/format';

/** The link just copied, selectable by hand, with what it carries. */
export function SharedLink({ link, kind, expiresAt }: { link: string; kind: 'preset' | 'form'; expiresAt?: string | undefined }) {
  return (
    <div className="space-y-1.5">
      <label className="block space-y-1">
        <span className="text-xs text-muted">{kind === 'preset' ? 'Preset link' : 'Link to this form'}</span>
        <input
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="block h-8 w-full rounded-md border border-line bg-surface-2 px-2 font-mono text-xs text-ink"
          data-testid={kind === 'preset' ? 'preset-link' : 'form-link'}
        />
      </label>
      {kind === 'form' ? (
        <p className="text-xs text-muted">
          The form as it is now, secret values left out; later edits are not in it.
          {expiresAt ? (
            <>
              {' '}
              It opens until <time dateTime={expiresAt}>{formatUtc(new Date(expiresAt)).slice(0, 10)}</time>; save a preset to keep it longer.
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
