'use client';

import { Check, Copy } from 'lucide-react';
import { type ReactNode, useState } from 'react';

import { Button } from './button';
import { copyText } from './copy-text';

/**
 * Copies text (built at click time when given a function), then says so for two seconds,
 * visibly and to screen readers. `onCopied` gets the text, e.g. to show a link as well.
 */
export function CopyButton({
  text,
  label,
  icon = <Copy aria-hidden className="size-3.5" />,
  variant = 'secondary',
  size = 'sm',
  className,
  iconOnly = false,
  onCopied,
}: {
  text: string | (() => string);
  label: string;
  icon?: ReactNode;
  variant?: 'secondary' | 'ghost';
  size?: 'sm' | 'md';
  className?: string;
  /** Show only the icon; `label` becomes the accessible name. */
  iconOnly?: boolean;
  onCopied?: (text: string) => void;
}) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const value = typeof text === 'function' ? text() : text;
    if (await copyText(value)) {
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    }
    onCopied?.(value);
  };
  return (
    <Button variant={variant} size={size} className={className} onClick={() => void copy()} {...(iconOnly ? { 'aria-label': label, title: label } : {})}>
      {copied ? <Check aria-hidden className="size-3.5 text-emerald-600" /> : icon}
      {iconOnly ? null : label}
      <span aria-live="polite" className="sr-only">
        {copied ? 'Copied' : ''}
      </span>
    </Button>
  );
}
