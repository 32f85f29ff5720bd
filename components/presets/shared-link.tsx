'use client';

/** Links longer than this get cut by some chat tools and mail clients. */
const LONG_LINK = 2000;

/** The link just copied, selectable by hand, with what it carries. */
export function SharedLink({ link, kind }: { link: string; kind: 'preset' | 'form' }) {
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
          The form travels inside the link, secret values left out; it does not change when you edit the form.
          {link.length > LONG_LINK ? ` At ${link.length.toLocaleString('en-US')} characters it may be cut short by chat tools: save a preset for a short link.` : ''}
        </p>
      ) : null}
    </div>
  );
}
