import type { Range } from '@codemirror/state';
import { Decoration, type DecorationSet, type EditorView, ViewPlugin, type ViewUpdate } from '@codemirror/view';

import { type PlaceholderKind, scanPlaceholders } from '@/lib/invoke/script-parameters';

/**
 * `{{…}}` marked as the operator types, by the same scan that finds the script's parameters, so
 * what looks like a parameter is one. Each kind has a title as well as a colour, and the ones
 * that stay as written are underlined, so colour is not the only signal.
 */
const MARKS: Record<PlaceholderKind, Decoration> = {
  custom: Decoration.mark({
    class: 'cm-parameter rounded-sm bg-accent-100 text-accent-900 dark:bg-accent-900/60 dark:text-accent-100',
    attributes: { title: 'Parameter: given a value when the script runs' },
  }),
  builtin: Decoration.mark({
    class: 'cm-parameter rounded-sm bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
    attributes: { title: 'Built-in parameter: Cloud Assistant fills it in on each instance' },
  }),
  store: Decoration.mark({
    class: 'cm-parameter rounded-sm bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100',
    attributes: { title: 'From the OOS Parameter Store: the instance reads it when the script runs' },
  }),
  literal: Decoration.mark({
    class: 'cm-parameter-literal underline decoration-amber-500 decoration-wavy decoration-1 underline-offset-2',
    attributes: { title: 'Not a parameter: stays in the script as written' },
  }),
};

function placeholderDecorations(view: EditorView): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  const text = view.state.doc.toString();
  for (const placeholder of scanPlaceholders(text)) ranges.push(MARKS[placeholder.kind].range(placeholder.from, placeholder.to));
  return Decoration.set(ranges);
}

export const parameterHighlight = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = placeholderDecorations(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged) this.decorations = placeholderDecorations(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
