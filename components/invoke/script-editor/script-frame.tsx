import type { ReactNode } from 'react';

import { COMMAND_TYPE_LABELS } from '@/components/invoke/command-types';
import { cn } from '@/lib/cn';
import type { CommandType } from '@/lib/invoke/types';

interface ScriptFrameProps {
  type: CommandType;
  invalid?: boolean | undefined;
  disabled?: boolean | undefined;
  /** Id of the keyboard hint, for the editable element's description. */
  hintId: string;
  hint: ReactNode;
  children: ReactNode;
}

/**
 * The border, focus ring and footer around the script, the same for the plain text area shown
 * while the editor loads and for the editor itself, so nothing moves when one replaces the other.
 */
export function ScriptFrame({ type, invalid, disabled, hintId, hint, children }: ScriptFrameProps) {
  return (
    <div
      data-script-editor=""
      className={cn(
        'overflow-hidden rounded-md border border-line-strong bg-surface shadow-xs transition-colors focus-within:border-accent-500 focus-within:ring-3 focus-within:ring-accent-500/20',
        !disabled && !invalid && 'hover:border-faint',
        invalid && 'border-rose-500 focus-within:border-rose-500 focus-within:ring-rose-500/20',
        disabled && 'cursor-not-allowed opacity-70',
      )}
    >
      <div className="h-64 sm:h-72">{children}</div>
      <div className="flex h-7 items-center justify-between gap-3 overflow-hidden border-t border-line bg-surface-2/60 px-3 text-xs whitespace-nowrap text-muted">
        <span className="font-medium">{COMMAND_TYPE_LABELS[type].long}</span>
        <span id={hintId} className="truncate">
          {hint}
        </span>
      </div>
    </div>
  );
}

export function KeyboardHint() {
  return (
    <>
      {/* Phones rarely have a Tab key: there the hint keeps only the way out. */}
      <span className="hidden sm:inline">
        <Key>Tab</Key> indents ·{' '}
      </span>
      <Key>Esc</Key> then <Key>Tab</Key> moves on
    </>
  );
}

function Key({ children }: { children: ReactNode }) {
  return <kbd className="rounded border border-line bg-surface px-1 font-sans text-[11px] text-ink">{children}</kbd>;
}
