'use client';

import { Check, Link2 } from 'lucide-react';
import { useState } from 'react';

import { Button } from '@/components/ui/button';

/**
 * Copies a link built at click time (from the page's own origin), then says so. `onCopied`
 * gets the text, so the caller can show it or warn about its length.
 */
export function CopyLinkButton({
  getLink,
  label,
  onCopied,
  variant = 'secondary',
  size = 'md',
  className,
}: {
  getLink: () => string;
  label: string;
  onCopied?: (link: string) => void;
  variant?: 'secondary' | 'ghost';
  size?: 'sm' | 'md';
  className?: string;
}) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const link = getLink();
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (permission denied, insecure origin): the caller still shows the link to copy by hand.
    }
    onCopied?.(link);
  };
  return (
    <Button variant={variant} size={size} className={className} onClick={() => void copy()}>
      {copied ? <Check aria-hidden className="size-3.5 text-emerald-600" /> : <Link2 aria-hidden className="size-3.5" />}
      {label}
      <span aria-live="polite" className="sr-only">
        {copied ? 'Link copied' : ''}
      </span>
    </Button>
  );
}

/** Absolute URL of an app path, as the browser sees the app (behind any proxy). */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}
