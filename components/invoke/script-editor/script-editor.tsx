'use client';

import { Annotation, Compartment, EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLineGutter, lineNumbers, placeholder as placeholderText } from '@codemirror/view';
import { type RefObject, useEffect, useId, useImperativeHandle, useRef } from 'react';

import { editorHighlighting, editorTheme } from './editor-theme';
import { indentation, keyboard } from './keyboard';
import { languageFor } from './languages';
import { linkedLabel } from './linked-label';
import { pageNonce } from './page-nonce';
import { parameterHighlight } from './parameter-highlight';
import { KeyboardHint, ScriptFrame } from './script-frame';
import type { Handoff, ScriptEditorProps } from './types';

/** Marks the changes that come from the `value` prop, so they are not echoed to `onChange`. */
const fromProps = Annotation.define<boolean>();

/**
 * A script editor on CodeMirror 6: highlighting for shell, PowerShell and batch, line numbers,
 * Tab to indent (Escape, then Tab, to move on), and `{{parameter}}` placeholders marked as typed.
 * Load it through `LazyScriptEditor`: CodeMirror is not part of a page's first load.
 */
export function ScriptEditor({ ref, value, onChange, onBlur, type, id, invalid, disabled, placeholder, handoffRef, ...aria }: ScriptEditorProps & { handoffRef?: RefObject<Handoff | null> }) {
  const hintId = useId();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const parts = useRef({ language: new Compartment(), attributes: new Compartment(), editable: new Compartment(), placeholder: new Compartment() });
  const callbacks = useRef({ onChange, onBlur });
  const initialValue = useRef(value);
  const labelledBy = aria['aria-labelledby'];
  const describedBy = aria['aria-describedby'];

  useEffect(() => {
    callbacks.current = { onChange, onBlur };
  }, [onChange, onBlur]);

  useImperativeHandle(ref, () => ({ focus: () => view.current?.focus() }), []);

  // One editor for the component's life; the effects below reconfigure it as props change.
  useEffect(() => {
    const { language, attributes, editable, placeholder: placeholderPart } = parts.current;
    const nonce = host.current ? pageNonce(host.current.ownerDocument) : '';
    const editor = new EditorView({
      parent: host.current ?? undefined,
      state: EditorState.create({
        doc: initialValue.current,
        extensions: [
          nonce ? EditorView.cspNonce.of(nonce) : [],
          lineNumbers(),
          highlightActiveLineGutter(),
          keyboard(),
          editorTheme,
          editorHighlighting,
          parameterHighlight,
          language.of([]),
          attributes.of([]),
          editable.of([]),
          placeholderPart.of([]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((transaction) => transaction.annotation(fromProps))) {
              callbacks.current.onChange(update.state.doc.toString());
            }
          }),
          EditorView.domEventHandlers({ blur: () => void callbacks.current.onBlur?.() }),
        ],
      }),
    });
    view.current = editor;
    const caret = handoffRef?.current;
    if (caret) {
      const length = editor.state.doc.length;
      editor.dispatch({ selection: EditorSelection.single(Math.min(caret.anchor, length), Math.min(caret.head, length)) });
      editor.focus();
      handoffRef.current = null;
    }
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [handoffRef]);

  useEffect(() => {
    view.current?.dispatch({ effects: parts.current.language.reconfigure([languageFor(type), indentation(type)]) });
  }, [type]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const label = linkedLabel(editor, id, labelledBy);
    const attributes: Record<string, string> = { 'aria-describedby': [describedBy, hintId].filter(Boolean).join(' ') };
    if (id) attributes.id = id;
    if (label.labelledBy) attributes['aria-labelledby'] = label.labelledBy;
    if (invalid) attributes['aria-invalid'] = 'true';
    if (disabled) attributes['aria-disabled'] = 'true';
    editor.dispatch({ effects: parts.current.attributes.reconfigure(EditorView.contentAttributes.of(attributes)) });
    return label.release;
  }, [id, labelledBy, describedBy, hintId, invalid, disabled]);

  useEffect(() => {
    view.current?.dispatch({ effects: parts.current.editable.reconfigure(disabled ? [EditorView.editable.of(false), EditorState.readOnly.of(true)] : []) });
  }, [disabled]);

  useEffect(() => {
    view.current?.dispatch({ effects: parts.current.placeholder.reconfigure(placeholder ? placeholderText(placeholder) : []) });
  }, [placeholder]);

  // The form may change the script itself (a preset, a reset): take it without a loop back.
  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value }, annotations: fromProps.of(true) });
  }, [value]);

  return (
    <ScriptFrame type={type} invalid={invalid} disabled={disabled} hintId={hintId} hint={<KeyboardHint />}>
      <div ref={host} className="h-full" />
    </ScriptFrame>
  );
}
