'use client';

import { Menu, X } from 'lucide-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';

/**
 * On a phone the header keeps the logo, the mode and this button; the navigation, who is
 * signed in and Sign out open under it (the header hides the button from the md breakpoint up). It closes on Escape (focus back on the button),
 * and when a link is followed.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div>
      <Button
        ref={button}
        variant="ghost"
        size="sm"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? <X aria-hidden className="size-4" /> : <Menu aria-hidden className="size-4" />}
        Menu
      </Button>
      {open ? (
        // A followed link closes the menu (the header stays; the page under it changes).
        <div
          id={panelId}
          className="absolute inset-x-0 top-14 space-y-3 border-b border-line bg-surface px-4 py-3 shadow-md"
          onClick={(event) => {
            if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
          }}
        >
          {children}
        </div>
      ) : null}
    </div>
  );
}
