import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/**
 * The editor in the app's colours. Surfaces come from the CSS variables in app/globals.css and
 * tokens from Tailwind classes with `dark:` variants, so both follow the operating system's
 * theme the way the rest of the app does. The frame around it draws the border and focus ring.
 */
export const editorTheme = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--surface)', color: 'var(--ink)', fontSize: '13px' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.6', overflow: 'auto' },
  '.cm-content': { padding: '8px 0', caretColor: 'var(--ink)' },
  '.cm-content:focus-visible': { outline: 'none' },
  '.cm-line': { padding: '0 12px 0 8px' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--ink)', borderLeftWidth: '2px' },
  '.cm-gutters': { backgroundColor: 'var(--surface-2)', color: 'var(--faint)', borderRight: '1px solid var(--line)' },
  '.cm-lineNumbers .cm-gutterElement': { minWidth: '2.25rem', padding: '0 8px 0 6px', fontVariantNumeric: 'tabular-nums' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: 'var(--ink)', fontWeight: '600' },
  '.cm-placeholder': { color: 'var(--faint)', fontStyle: 'normal' },
  // A placeholder reads in its own colour even inside a string or a comment.
  '.cm-parameter *': { color: 'inherit', fontStyle: 'normal' },
  // Selections in the accent, strong enough to see on both themes.
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: 'color-mix(in srgb, #6366f1 28%, transparent)',
  },
});

const styles = HighlightStyle.define([
  { tag: [tags.comment, tags.meta], class: 'text-faint italic' },
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.modifier], class: 'font-medium text-accent-700 dark:text-accent-300' },
  { tag: [tags.string, tags.special(tags.string), tags.quote], class: 'text-emerald-700 dark:text-emerald-300' },
  { tag: [tags.special(tags.variableName), tags.variableName, tags.definition(tags.variableName)], class: 'text-sky-700 dark:text-sky-300' },
  { tag: tags.standard(tags.variableName), class: 'text-cyan-800 dark:text-cyan-300' },
  { tag: [tags.number, tags.atom, tags.bool], class: 'text-amber-700 dark:text-amber-300' },
  { tag: [tags.operator, tags.punctuation], class: 'text-muted' },
  { tag: tags.attributeName, class: 'text-muted' },
  { tag: tags.labelName, class: 'font-medium text-rose-700 dark:text-rose-300' },
  { tag: tags.invalid, class: 'underline decoration-rose-500 decoration-wavy' },
]);

export const editorHighlighting = syntaxHighlighting(styles);
