import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { indentUnit } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';

import type { CommandType } from '@/lib/invoke/types';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

/**
 * Tab indents, so a keyboard user needs a way out: Escape lets the next Tab or Shift-Tab move
 * focus on, for as long as it takes (CodeMirror's own Escape allows only two seconds). Any
 * other key, or leaving the editor, gives Tab back to indenting.
 */
const escapeLetsTabLeave = EditorView.domEventHandlers({
  keydown(event, view) {
    if (event.key === 'Escape') view.setTabFocusMode(true);
    else if (event.key !== 'Tab' && !MODIFIERS.has(event.key)) view.setTabFocusMode(false);
    return false;
  },
  blur(_event, view) {
    view.setTabFocusMode(false);
    return false;
  },
});

/** PowerShell's habit is four spaces; shell and batch scripts usually indent by two. */
export function indentFor(type: CommandType): string {
  return type === 'RunPowerShellScript' ? '    ' : '  ';
}

export function keyboard(): Extension {
  return [escapeLetsTabLeave, history(), keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab])];
}

export function indentation(type: CommandType): Extension {
  return indentUnit.of(indentFor(type));
}
