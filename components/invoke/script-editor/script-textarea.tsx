'use client';

import { type RefObject, useId, useImperativeHandle, useLayoutEffect, useRef } from 'react';

import { ScriptFrame } from './script-frame';
import type { Handoff, ScriptEditorProps } from './types';

interface ScriptTextareaProps extends ScriptEditorProps {
  /** Loading: the editor is on its way; plain: it could not load, this is the editor. */
  status: 'loading' | 'plain';
  handoffRef: RefObject<Handoff | null>;
}

/**
 * The script as plain text: rendered by the server and shown while the editor loads (typing
 * already works), or for good if it cannot load. Same frame, same size, same gutter width.
 */
export function ScriptTextarea({ ref, value, onChange, onBlur, type, id, invalid, disabled, placeholder, status, handoffRef, ...aria }: ScriptTextareaProps) {
  const hintId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => textarea.current?.focus() }), []);

  // Runs before the text area leaves the page, while it still has focus: the editor that takes
  // its place picks up the caret there, so an operator typing early does not lose their place.
  useLayoutEffect(() => {
    const element = textarea.current;
    return () => {
      if (element && element.ownerDocument.activeElement === element) {
        handoffRef.current = { anchor: element.selectionStart, head: element.selectionEnd };
      }
    };
  }, [handoffRef]);

  const describedBy = [aria['aria-describedby'], hintId].filter(Boolean).join(' ');
  return (
    <ScriptFrame type={type} invalid={invalid} disabled={disabled} hintId={hintId} hint={status === 'loading' ? 'Loading the editor…' : 'Plain text'}>
      <div className="flex h-full">
        <div aria-hidden="true" className="w-9 shrink-0 border-r border-line bg-surface-2" />
        <textarea
          ref={textarea}
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          aria-labelledby={aria['aria-labelledby']}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          disabled={disabled}
          placeholder={placeholder}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          wrap="off"
          className="h-full min-w-0 flex-1 resize-none bg-transparent py-2 pr-3 pl-2 font-mono text-[13px] leading-[1.6] text-ink placeholder:text-faint focus:outline-none disabled:cursor-not-allowed"
        />
      </div>
    </ScriptFrame>
  );
}
